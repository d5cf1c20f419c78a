// The bundled story as the build gives it to the map (scripts/vite-bundled-story.ts): parsed and
// its quotes checked when the module is built, so that the map needs neither the article's parser
// nor the quote check to show it; a problem in it fails the build instead of reaching a reader.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledStorySource } from '../../scripts/vite-bundled-story';
import { parseArticle } from '../../src/model/article';
import { verifyQuotes } from '../../src/model/quotes';
import { parseStory } from '../../src/model/story';
import type { Article, Story } from '../../src/model/types';

const PLACES = 'geo/places.geojson';
const ARTICLE = 'geo/article.json';
const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const evaluate = (source: string): Promise<{ story: Story; article: Article }> =>
  import(`data:text/javascript,${encodeURIComponent(source)}`) as Promise<{ story: Story; article: Article }>;

describe('the bundled story module', () => {
  it('is the story and article as the map would have parsed and checked them', async () => {
    const { story, article } = await evaluate(bundledStorySource(PLACES, ARTICLE));
    const parsedArticle = parseArticle(read(ARTICLE)).value!;
    const checked = verifyQuotes(parseStory(read(PLACES)).value, parsedArticle);
    expect(checked.problems).toEqual([]);
    expect(story).toEqual(JSON.parse(JSON.stringify(checked.value)));
    expect(article).toEqual(JSON.parse(JSON.stringify(parsedArticle)));
    // Every quote is in the article, word for word, in the paragraph it names.
    for (const place of story.places)
      for (const quote of place.quotes) expect(article.paragraphs[quote.paragraph - 1], place.id).toContain(quote.text);
  });

  it('fails the build, naming the problem, when a quote is not in the article', () => {
    const places = read(PLACES) as { features: { properties: { quotes: { text: string; paragraph: number }[] } }[] };
    places.features[0]!.properties.quotes = [{ text: 'Words the article never printed', paragraph: 1 }];
    const folder = mkdtempSync(join(tmpdir(), 'bundled-story-'));
    writeFileSync(join(folder, 'places.geojson'), JSON.stringify(places));
    expect(() => bundledStorySource(join(folder, 'places.geojson'), ARTICLE)).toThrow(
      /The bundled story has problems:\n- .*not word for word/,
    );
  });
});
