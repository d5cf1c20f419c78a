// The second example story (stories/seascape-alaska): its data validates, every quote is word for word
// in the paragraph it cites, and nothing in it comes from the summit story.
import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import Ajv2020 from 'ajv/dist/2020';
import type { Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/model/article';
import { findMentions } from '../../src/model/mentions';
import { verifyQuotes } from '../../src/model/quotes';
import { parseStory } from '../../src/model/story';
import { readJson, readText } from '../fixtures/load';
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
const ajv = new Ajv2020({ allErrors: true, strict: false });

describe('the Seascape Alaska story', () => {
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
    expect(story.value.places).toHaveLength(8);
    expect(story.value.roles.map((role) => role.id)).toEqual(['first-port', 'port-of-call', 'last-port', 'focus-area']);
    expect(parseArticle(article).problems).toEqual([]);
  });

  it('quotes the article word for word, in the paragraph each quote cites', () => {
    const { value: story } = parseStory(places);
    const { value: parsedArticle } = parseArticle(article);
    const verified = verifyQuotes(story, parsedArticle);
    expect(verified.problems).toEqual([]);
    const quotes = places.features.flatMap((feature) => feature.properties.quotes);
    expect(quotes.length).toBeGreaterThanOrEqual(8);
    for (const quote of quotes) expect(article.paragraphs[quote.paragraph - 1], quote.text).toContain(quote.text);
    expect(verified.value.places.flatMap((place) => place.quotes)).toHaveLength(quotes.length);
  });

  it('is the source text, paragraph for paragraph', () => {
    const lines = readText(`${folder}/source.txt`)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    expect(lines[0]).toBe(article.headline);
    // The date line under the headline is not a paragraph; the link line is `related`.
    expect(lines.slice(2)).toEqual([...article.paragraphs.slice(0, 2), ...article.related, ...article.paragraphs.slice(2)]);
  });

  it('names every place in the article, so the article marks each one', () => {
    const { value: story } = parseStory(places);
    const { mentions, problems } = findMentions(article.paragraphs, story.places);
    expect(problems).toEqual([]);
    expect(new Set(mentions.map((mention) => mention.placeId))).toEqual(new Set(story.places.map((place) => place.id)));
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
