// parseArticle (src/model/article.ts): what it keeps, what it reports, and that it never throws.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/model/article';
import { readJson } from '../fixtures/load';

const minimal = { headline: 'Headline', paragraphs: ['One.', 'Two.'] };
const fields = (input: unknown) => parseArticle(input).problems.map((problem) => problem.field);

describe('parseArticle', () => {
  it('needs only a headline and paragraphs: no date, byline, publisher or link', () => {
    const { value, problems } = parseArticle(minimal);
    expect(problems).toEqual([]);
    expect(value).toEqual({
      headline: 'Headline',
      byline: '',
      publisher: '',
      date: '',
      url: undefined,
      paragraphs: ['One.', 'Two.'],
      subheads: [],
      credit: undefined,
    });
  });

  it('agrees with the schema on what is required (geo/article.schema.json)', () => {
    const schema = readJson<{ required: string[] }>('geo/article.schema.json');
    expect(schema.required.sort()).toEqual(['headline', 'paragraphs']);
    for (const field of schema.required) {
      const input: Record<string, unknown> = { ...minimal };
      delete input[field];
      expect(fields(input), field).toContain(field);
    }
    for (const optional of ['date', 'byline', 'publisher', 'url', 'subheads', 'copyright']) {
      expect(fields({ ...minimal, [optional]: undefined }), optional).toEqual([]);
    }
  });

  it('keeps every field of a full article, trimmed, and the copyright as the credit', () => {
    const { value, problems } = parseArticle({
      ...minimal,
      headline: '  Headline  ',
      byline: ' By A ',
      publisher: 'Pub',
      date: '2019-01-21',
      url: 'https://example.com/story',
      copyright: ' ©2019 Pub ',
      subheads: [{ text: ' Part two ', beforeParagraph: 2 }],
      related: ['ignored'],
    });
    expect(problems).toEqual([]);
    expect(value).toMatchObject({
      headline: 'Headline',
      byline: 'By A',
      publisher: 'Pub',
      date: '2019-01-21',
      url: 'https://example.com/story',
      credit: '©2019 Pub',
      subheads: [{ text: 'Part two', beforeParagraph: 2 }],
    });
  });

  it('keeps a paragraph that is not text as an empty one, so later paragraph numbers still hold', () => {
    const { value, problems } = parseArticle({ headline: 'H', paragraphs: ['One.', 7, '  ', 'Four.'] });
    expect(value?.paragraphs).toEqual(['One.', '', '', 'Four.']);
    expect(problems).toEqual([
      { field: 'paragraphs.1', message: 'Paragraph 2 of the article is empty or not text.' },
      { field: 'paragraphs.2', message: 'Paragraph 3 of the article is empty or not text.' },
    ]);
  });

  it('reports, in words, an article with no paragraphs or headline', () => {
    const { value, problems } = parseArticle({ paragraphs: 'not a list' });
    expect(value?.paragraphs).toEqual([]);
    expect(problems).toEqual([
      { field: 'paragraphs', message: 'The article has no paragraphs, so quotes cannot be checked.' },
      { field: 'headline', message: 'The article has no headline.' },
    ]);
  });

  it('drops a date that is not an ISO day, and a link that is not http(s), saying why', () => {
    for (const date of ['21/01/2019', '2019-13-01', '2019-01-32', '2019-01', 20190121]) {
      const { value, problems } = parseArticle({ ...minimal, date });
      expect(value?.date, String(date)).toBe('');
      expect(problems, String(date)).toEqual([
        { field: 'date', message: `The article date "${String(date)}" is not an ISO date such as 2019-01-21.` },
      ]);
    }
    for (const url of ['javascript:alert(1)', 'ftp://example.com/a', 'https://exa mple.com', '//example.com/a', 42]) {
      const { value, problems } = parseArticle({ ...minimal, url });
      expect(value?.url, String(url)).toBeUndefined();
      expect(
        problems.map((problem) => problem.field),
        String(url),
      ).toEqual(['url']);
    }
  });

  it('reports text fields that are not text', () => {
    expect(fields({ ...minimal, byline: 3, publisher: ' ', copyright: ['x'] })).toEqual(['byline', 'publisher', 'copyright']);
  });

  it('keeps subheads before paragraphs that exist, and reports the others with the range', () => {
    const { value, problems } = parseArticle({
      ...minimal,
      subheads: [
        { text: 'Fine', beforeParagraph: 1 },
        { text: 'Past the end', beforeParagraph: 3 },
        { text: 'Zero', beforeParagraph: 0 },
        { text: 'Half', beforeParagraph: 1.5 },
        { beforeParagraph: 2 },
        'text',
      ],
    });
    expect(value?.subheads).toEqual([{ text: 'Fine', beforeParagraph: 1 }]);
    expect(problems.map((problem) => problem.field)).toEqual(['subheads.1', 'subheads.2', 'subheads.3', 'subheads.4', 'subheads.5']);
    expect(problems[0]!.message).toBe('Subhead 2 needs "text" and "beforeParagraph", a paragraph number from 1 to 2.');
    expect(fields({ ...minimal, subheads: { text: 'x' } })).toEqual(['subheads']);
  });

  it('never throws, and gives no article for what is not an object', () => {
    for (const input of [null, undefined, 'article', 42, [], [minimal]]) {
      const parsed = parseArticle(input);
      expect(parsed.value, JSON.stringify(input)).toBeUndefined();
      expect(parsed.problems).toEqual([{ message: 'The article is not a JSON object.' }]);
    }
    expect(() => parseArticle({ headline: {}, paragraphs: [null, {}, []], subheads: [null], date: {}, url: {} })).not.toThrow();
  });

  it('reads both bundled articles without a problem', () => {
    expect(parseArticle(readJson('geo/article.json')).problems).toEqual([]);
    const seascape = parseArticle(readJson('stories/seascape-alaska/article.json'));
    expect(seascape.problems).toEqual([]);
    expect(seascape.value?.date).toBe(''); // it has none, and needs none
  });
});
