// The checks every example story under stories/ passes (tests/geo/second-story.test.ts,
// third-story.test.ts): its data matches the schemas (the article's date may be missing, as the
// schema allows), parses with its own roles, quotes its article word for word in the paragraph each
// quote cites, names every place in the text, and passes `summit-map check` (checkStory).
import Ajv2020 from 'ajv/dist/2020';
import { expect, it } from 'vitest';
import { parseArticle } from '../../src/model/article';
import { checkStory } from '../../src/model/draft/check-story';
import { findMentions } from '../../src/model/mentions';
import { verifyQuotes } from '../../src/model/quotes';
import { parseStory } from '../../src/model/story';
import { readJson } from '../fixtures/load';

interface ExampleFeatures {
  features: { properties: { quotes: { text: string; paragraph: number }[] } }[];
}

export function itChecksExampleStory(folder: string, expected: { places: number; roles: string[] }): void {
  const places = readJson(`${folder}/places.geojson`) as ExampleFeatures;
  const article = readJson(`${folder}/article.json`) as { headline: string; paragraphs: string[] };
  const ajv = new Ajv2020({ allErrors: true, strict: false });

  it('matches the places and article schemas', () => {
    for (const [schema, data] of [
      ['geo/places.schema.json', places],
      ['geo/article.schema.json', article],
    ] as const) {
      const validate = ajv.compile(readJson(schema) as object);
      validate(data);
      expect(validate.errors ?? [], schema).toEqual([]);
    }
  });

  it('parses with no problems, with its own roles', () => {
    const story = parseStory(places);
    expect(story.problems).toEqual([]);
    expect(story.value.places).toHaveLength(expected.places);
    expect(story.value.roles.map((role) => role.id)).toEqual(expected.roles);
    expect(parseArticle(article).problems).toEqual([]);
  });

  it('quotes the article word for word, in the paragraph each quote cites', () => {
    const { value: story } = parseStory(places);
    const verified = verifyQuotes(story, parseArticle(article).value);
    expect(verified.problems).toEqual([]);
    const quotes = places.features.flatMap((feature) => feature.properties.quotes);
    expect(quotes.length).toBeGreaterThanOrEqual(expected.places);
    for (const quote of quotes) expect(article.paragraphs[quote.paragraph - 1], quote.text).toContain(quote.text);
    expect(verified.value.places.flatMap((place) => place.quotes)).toHaveLength(quotes.length);
  });

  it('names every place in the article, so the article marks each one', () => {
    const { value: story } = parseStory(places);
    const { mentions, problems } = findMentions(article.paragraphs, story.places);
    expect(problems).toEqual([]);
    expect(new Set(mentions.map((mention) => mention.placeId))).toEqual(new Set(story.places.map((place) => place.id)));
  });

  it('passes `summit-map check` with no problem', () => {
    expect(checkStory(article, places).filter((problem) => problem.level !== 'notice')).toEqual([]);
  });
}
