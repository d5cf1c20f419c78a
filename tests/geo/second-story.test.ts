// The second example story (stories/seascape-alaska): its data validates, every quote is word for word
// in the paragraph it cites, and nothing in it comes from the summit story.
import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type { Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readJson, readText } from '../fixtures/load';
import { itChecksExampleStory } from './example-story';
import { basemap, countriesOf, countryNamed } from './data';

const folder = 'stories/seascape-alaska';
const places = readJson(`${folder}/places.geojson`) as {
  roles: Record<string, unknown>;
  features: {
    id: string;
    geometry: Point;
    properties: { name: string; role: string; country?: string; quotes: { text: string; paragraph: number }[] };
  }[];
};
const article = readJson(`${folder}/article.json`) as { headline: string; paragraphs: string[]; related: string[] };

describe('the Seascape Alaska story', () => {
  itChecksExampleStory(folder, { places: 8, roles: ['focus-area', 'port-of-call', 'first-port', 'last-port'] });

  it('is the source text, paragraph for paragraph', () => {
    const lines = readText(`${folder}/source.txt`)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    expect(lines[0]).toBe(article.headline);
    // The date line under the headline is not a paragraph; the link line is `related`.
    expect(lines.slice(2)).toEqual([...article.paragraphs.slice(0, 2), ...article.related, ...article.paragraphs.slice(2)]);
  });

  it('puts each port in the United States on the basemap (within 10 km, for coastal towns)', () => {
    const usa = countryNamed(countriesOf(basemap), 'United States of America');
    for (const feature of places.features.filter((f) => f.properties.country)) {
      if (booleanPointInPolygon(feature.geometry, usa)) continue;
      expect(pointToPolygonDistance(feature.geometry, usa, { units: 'kilometers' }), feature.id).toBeLessThanOrEqual(10);
    }
  });

  it('shares no place and no text with the summit story', () => {
    const summit = readJson('geo/places.geojson') as { features: { id: string; properties: { name: string } }[] };
    const ids = new Set(places.features.map((feature) => feature.id));
    expect(summit.features.filter((feature) => ids.has(feature.id))).toEqual([]);
    const text = JSON.stringify([places, article]);
    for (const word of ['Hanoi', 'Trump', 'Kim', 'Bloomberg', 'Vietnam', 'summit']) expect(text).not.toContain(word);
  });
});
