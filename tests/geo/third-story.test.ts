// The third example story (stories/kilauea-summit-drive), at the scale of one park: its data
// validates, every quote is word for word in the paragraph it cites, the article is the source text,
// each place names where its coordinates come from, and the places lie within a few kilometres.
import { distance } from '@turf/turf';
import type { Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readJson, readText } from '../fixtures/load';
import { itChecksExampleStory } from './example-story';

const folder = 'stories/kilauea-summit-drive';
const places = readJson(`${folder}/places.geojson`) as {
  roles: Record<string, unknown>;
  features: {
    id: string;
    geometry: Point;
    properties: { name: string; role: string; source: string; quotes: { text: string; paragraph: number }[] };
  }[];
};
const article = readJson(`${folder}/article.json`) as { headline: string; paragraphs: string[] };

describe('the Kīlauea summit drive story', () => {
  itChecksExampleStory(folder, { places: 6, roles: ['vent', 'summit', 'closed-end', 'open-stop'] });

  it('is the source text, character for character', () => {
    const [headline, ...paragraphs] = readText(`${folder}/source.txt`).trimEnd().split('\n\n');
    expect(headline).toBe(article.headline);
    expect(paragraphs).toEqual(article.paragraphs);
  });

  it('says where each coordinate comes from, by a web address', () => {
    for (const feature of places.features) expect(feature.properties.source, feature.id).toMatch(/https?:\/\/\S+/);
  });

  it('is a local story: every place within 6 km of every other, on Hawaiʻi island', () => {
    for (const a of places.features)
      for (const b of places.features) expect(distance(a.geometry, b.geometry, { units: 'kilometers' }), `${a.id}–${b.id}`).toBeLessThan(6);
    for (const { id, geometry } of places.features) {
      const [lon, lat] = geometry.coordinates as [number, number];
      expect(lon, id).toBeGreaterThan(-155.3);
      expect(lon, id).toBeLessThan(-155.2);
      expect(lat, id).toBeGreaterThan(19.38);
      expect(lat, id).toBeLessThan(19.44);
    }
  });

  it('shares no place and no text with the other stories', () => {
    const ids = new Set(places.features.map((feature) => feature.id));
    for (const other of ['geo/places.geojson', 'stories/seascape-alaska/places.geojson']) {
      const features = (readJson(other) as { features: { id: string }[] }).features;
      expect(
        features.filter((feature) => ids.has(feature.id)),
        other,
      ).toEqual([]);
    }
    const text = JSON.stringify([places, article]);
    for (const word of ['Hanoi', 'Trump', 'Bloomberg', 'Vietnam', 'Alaska', 'NOAA']) expect(text).not.toContain(word);
  });
});
