// The third example story (stories/kilauea-summit-drive), at the scale of one park: its data
// validates, every quote is word for word in the paragraph it cites, the article is the source text,
// each place names where its coordinates come from, and the places lie within a few kilometres.
import { distance } from '@turf/turf';
import Ajv2020 from 'ajv/dist/2020';
import type { Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/model/article';
import { findMentions } from '../../src/model/mentions';
import { verifyQuotes } from '../../src/model/quotes';
import { parseStory } from '../../src/model/story';
import { readJson, readText } from '../fixtures/load';

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
const ajv = new Ajv2020({ allErrors: true, strict: false });

describe('the Kīlauea summit drive story', () => {
  it('matches the places schema', () => {
    const validate = ajv.compile(readJson('geo/places.schema.json') as object);
    validate(places);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('matches the article schema, but for the date its source does not carry', () => {
    const validate = ajv.compile(readJson('geo/article.schema.json') as object);
    validate(article);
    const errors = (validate.errors ?? []).filter((error) => !(error.keyword === 'required' && error.params.missingProperty === 'date'));
    expect(errors).toEqual([]);
  });

  it('parses with no problems, with its own roles', () => {
    const story = parseStory(places);
    expect(story.problems).toEqual([]);
    expect(story.value.places).toHaveLength(6);
    expect(story.value.roles.map((role) => role.id)).toEqual(['vent', 'summit', 'closed-end', 'open-stop']);
    expect(parseArticle(article).problems).toEqual([]);
  });

  it('quotes the article word for word, in the paragraph each quote cites', () => {
    const { value: story } = parseStory(places);
    const { value: parsedArticle } = parseArticle(article);
    const verified = verifyQuotes(story, parsedArticle);
    expect(verified.problems).toEqual([]);
    const quotes = places.features.flatMap((feature) => feature.properties.quotes);
    expect(quotes.length).toBeGreaterThanOrEqual(6);
    for (const quote of quotes) expect(article.paragraphs[quote.paragraph - 1], quote.text).toContain(quote.text);
    expect(verified.value.places.flatMap((place) => place.quotes)).toHaveLength(quotes.length);
  });

  it('is the source text, character for character', () => {
    const [headline, ...paragraphs] = readText(`${folder}/source.txt`).trimEnd().split('\n\n');
    expect(headline).toBe(article.headline);
    expect(paragraphs).toEqual(article.paragraphs);
  });

  it('names every place in the article, so the article marks each one', () => {
    const { value: story } = parseStory(places);
    const { mentions, problems } = findMentions(article.paragraphs, story.places);
    expect(problems).toEqual([]);
    expect(new Set(mentions.map((mention) => mention.placeId))).toEqual(new Set(story.places.map((place) => place.id)));
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
