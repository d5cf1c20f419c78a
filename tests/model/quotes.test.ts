import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/model/article';
import { verifyQuotes } from '../../src/model/quotes';
import { parseStory } from '../../src/model/story';
import type { Article } from '../../src/model/types';
import { readJson, readText } from '../fixtures/load';

const article = parseArticle(readJson('geo/article.json'));
const story = parseStory(readJson('geo/places.geojson')).value;
const seed = readText('geo/source/article.txt');

describe('the bundled article', () => {
  it('parses without problems', () => {
    expect(article.problems).toEqual([]);
    expect(article.value).toMatchObject({
      publisher: 'Bloomberg',
      date: '2019-01-21',
      headline: 'Trump-Kim February Summit Expected to Take Place in Vietnam',
    });
  });

  it('has 15 paragraphs, each copied character for character from the seed text, in order', () => {
    const paragraphs = article.value!.paragraphs;
    expect(paragraphs).toHaveLength(15);
    let from = 0;
    for (const paragraph of paragraphs) {
      const at = seed.indexOf(paragraph, from);
      expect(at, paragraph.slice(0, 40)).toBeGreaterThanOrEqual(from);
      from = at + paragraph.length;
    }
  });

  it('leaves out the web page footer, the subhead and the links to other stories', () => {
    const text = article.value!.paragraphs.join('\n');
    for (const excluded of ['Leave a Reply', 'Swedish Resort', 'Read more:', 'QuickTake', 'To contact'])
      expect(text).not.toContain(excluded);
  });
});

describe('every quote in the bundled dataset is verbatim', () => {
  const quotes = story.places.flatMap((place) => place.quotes.map((quote) => ({ place: place.id, ...quote })));

  it('has quotes for every place', () => {
    for (const place of story.places) expect(place.quotes.length, place.id).toBeGreaterThan(0);
  });

  it.each(quotes)('$place ¶$paragraph', ({ text, paragraph }) => {
    expect(article.value!.paragraphs[paragraph - 1]).toContain(text);
  });

  it('verifyQuotes finds no problem', () => {
    expect(verifyQuotes(story, article.value).problems).toEqual([]);
  });
});

describe('verifyQuotes catches what is not verbatim', () => {
  const tiny: Article = {
    headline: 'H',
    byline: '',
    publisher: 'P',
    date: '2019-01-21',
    paragraphs: ['Alpha beta’s gamma.', 'Delta.'],
    subheads: [],
  };
  const withQuotes = (quotes: { text: string; paragraph: number }[]) => ({ ...story, places: [{ ...story.places[0]!, quotes }] });

  it('drops a quote cited to a paragraph that does not exist, keeping the place', () => {
    const { value, problems } = verifyQuotes(
      withQuotes([
        { text: 'Delta.', paragraph: 2 },
        { text: 'Delta.', paragraph: 3 },
      ]),
      tiny,
    );
    expect(value.places[0]!.quotes).toEqual([{ text: 'Delta.', paragraph: 2 }]);
    expect(problems[0]?.message).toMatch(/paragraph 3, but the article has 2/);
  });

  it('rejects a straight apostrophe where the article has a curly one, and the wrong paragraph', () => {
    const { value, problems } = verifyQuotes(
      withQuotes([
        { text: "beta's", paragraph: 1 },
        { text: 'Delta.', paragraph: 1 },
      ]),
      tiny,
    );
    expect(value.places[0]!.quotes).toEqual([]);
    expect(problems).toHaveLength(2);
  });

  it('leaves out every quote, with one problem, when the article has no paragraphs', () => {
    const { value, problems } = verifyQuotes(
      withQuotes([
        { text: 'Delta.', paragraph: 1 },
        { text: 'Alpha', paragraph: 1 },
      ]),
      { ...tiny, paragraphs: [] },
    );
    expect(value.places[0]!.quotes).toEqual([]);
    expect(problems).toEqual([
      { field: 'quotes', message: 'The article has no paragraphs, so its 2 quotes cannot be checked; they were left out.' },
    ]);
  });

  it('checks nothing without an article', () => {
    expect(verifyQuotes(withQuotes([{ text: 'anything', paragraph: 9 }]), undefined).problems).toEqual([]);
  });
});

describe('parseArticle', () => {
  it('reports an article without paragraphs, and a bad date and link', () => {
    const { value, problems } = parseArticle({ headline: 'H', date: '21/01/2019', url: 'javascript:alert(1)', paragraphs: [] });
    expect(problems.map((problem) => problem.field)).toEqual(['paragraphs', 'date', 'url']);
    expect(value?.url).toBeUndefined();
  });

  it('keeps an http(s) link', () => {
    expect(parseArticle({ headline: 'H', paragraphs: ['p'], url: 'https://example.com/a' }).value?.url).toBe('https://example.com/a');
  });

  it('rejects what is not an object', () => {
    expect(parseArticle([]).value).toBeUndefined();
  });
});
