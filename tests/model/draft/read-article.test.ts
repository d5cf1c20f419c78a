import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/model/draft/read-article';
import { readJson } from '../../fixtures/load';

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(readJson('geo/article.schema.json') as object);

function read(input: string) {
  const { article, problems } = readArticle(input);
  expect(article, problems.map((p) => p.message).join('; ')).toBeDefined();
  validate(article);
  expect(validate.errors ?? []).toEqual([]);
  return { article: article!, problems };
}

describe('readArticle: plain text', () => {
  it('reads the headline, byline, date, paragraphs, subheads, "Read more" lines and the copyright apart', () => {
    const { article } = read(
      [
        'Lava Reaches the Sea Near Kapoho',
        '',
        'By Jane Doe and Ram Patel',
        'June 21, 2018',
        '',
        'HILO, Hawaii (Reuters) — Lava from fissure 8 reached the ocean south of Kapoho on Thursday.',
        '',
        'Read more: How Kīlauea’s eruption began',
        '',
        'Residents Wait',
        '',
        'Residents of Pāhoa waited at the shelter, officials said.',
        '',
        '© 2018 Reuters',
      ].join('\n'),
    );
    expect(article).toEqual({
      headline: 'Lava Reaches the Sea Near Kapoho',
      byline: 'Jane Doe and Ram Patel',
      publisher: 'Reuters',
      date: '2018-06-21',
      paragraphs: [
        'HILO, Hawaii (Reuters) — Lava from fissure 8 reached the ocean south of Kapoho on Thursday.',
        'Residents of Pāhoa waited at the shelter, officials said.',
      ],
      subheads: [{ text: 'Residents Wait', beforeParagraph: 2 }],
      related: ['Read more: How Kīlauea’s eruption began'],
      copyright: '© 2018 Reuters',
    });
  });

  it('invents nothing: no byline, date or publisher the text does not state', () => {
    const { article } = read('A headline\n\nOne paragraph about Hanoi.\n');
    expect(article).toEqual({ headline: 'A headline', paragraphs: ['One paragraph about Hanoi.'] });
  });

  it('takes single newlines between paragraphs as a CMS paste has them', () => {
    const { article } = read('Headline\nFirst paragraph ends here.\nSecond paragraph ends here.\n“A quote ends here.”\n');
    expect(article.paragraphs).toEqual(['First paragraph ends here.', 'Second paragraph ends here.', '“A quote ends here.”']);
  });

  it('joins the lines of a hard-wrapped paragraph with a space, and keeps CRLF files apart from nothing', () => {
    const { article } = read(
      'Headline\r\n\r\nHurricane Maria located about 390 miles south-southeast of Cape\r\nHatteras is moving north at 8 mph and will continue on this track the\r\nnext several days.\r\n',
    );
    expect(article.paragraphs).toEqual([
      'Hurricane Maria located about 390 miles south-southeast of Cape Hatteras is moving north at 8 mph and will continue on this track the next several days.',
    ]);
  });

  it('joins a hanging-indented line to the unfinished line above it, so no list item is cut in two', () => {
    const { article } = read(
      'Headline\n\n* WATCHES:\n    - A Storm Surge Watch is in effect for Craven\n    - A Tropical Storm Watch is in effect for\n      Carteret, Outer Banks Dare, and Outer Banks Hyde\n    - Nothing else.\n',
    );
    expect(article.paragraphs.join('\n')).toContain(
      '- A Tropical Storm Watch is in effect for Carteret, Outer Banks Dare, and Outer Banks Hyde',
    );
    expect(article.subheads ?? []).toEqual([]);
  });

  it('puts a dateline on a line of its own in front of the paragraph it opens', () => {
    const { article } = read('Headline\n\nHANOI, Vietnam —\nThe summit will take place in February.\n');
    expect(article.paragraphs).toEqual(['HANOI, Vietnam — The summit will take place in February.']);
  });

  it('reads the repository’s Bloomberg text as the article the map quotes', () => {
    const { article } = read(readFileSync('geo/source/article.txt', 'utf8'));
    const reference = readJson('geo/article.json') as { headline: string; paragraphs: string[] };
    expect(article.headline).toBe(reference.headline);
    expect(article.publisher).toBe('Bloomberg');
    // The same paragraphs the hand-built article has, in order, word for word.
    for (const paragraph of reference.paragraphs.slice(0, 14)) expect(article.paragraphs).toContain(paragraph);
    expect(article.related).toContain('Read more: What Does Kim Want? Trump’s Next Summit May Cost Him');
    expect(article.subheads).toContainEqual({ text: 'Swedish Resort', beforeParagraph: 10 });
  });
});

describe('readArticle: HTML', () => {
  const html = `<!doctype html><html><head><title>Page title</title><style>p { color: red }</style>
    <script>alert("head")</script></head><body>
    <nav><a href="/">Home</a></nav>
    <h1 class="x">Kerry Visits <em>Tbilisi</em></h1>
    <p>By Jane Doe</p>
    <p onclick="alert('p')">Secretary Kerry arrived in Tbilisi &amp; met the <b>prime minister</b>&nbsp;today.</p>
    <script>document.write('<p>injected</p>')</script>
    <h2>Warsaw next</h2>
    <p>He goes on to Warsaw.<img src=x onerror="alert(1)"></p>
    <!-- <p>a comment</p> -->
    <footer><p>Footer text</p></footer>
    </body></html>`;

  it('keeps the text only: headline, byline, paragraphs and subheads, entities decoded', () => {
    const { article } = read(html);
    expect(article).toEqual({
      headline: 'Kerry Visits Tbilisi',
      byline: 'Jane Doe',
      paragraphs: ['Secretary Kerry arrived in Tbilisi & met the prime minister\u00a0today.', 'He goes on to Warsaw.'],
      subheads: [{ text: 'Warsaw next', beforeParagraph: 2 }],
    });
  });

  it('lets no markup, script, style or event handler through, and says what it dropped', () => {
    const { article, problems } = read(html);
    const json = JSON.stringify(article);
    for (const bad of ['<', 'alert', 'onclick', 'onerror', 'injected', 'color: red', 'a comment', 'Footer', 'Home'])
      expect(json).not.toContain(bad);
    expect(problems).toEqual([{ level: 'notice', message: expect.stringMatching(/2 scripts and 2 event handlers.*none of them ran/) }]);
  });

  it('drops everything after an unclosed <script>', () => {
    const { article } = read('<h1>Headline</h1><p>Text in Hanoi.</p><script>while(1){}<p>after</p>');
    expect(article.paragraphs).toEqual(['Text in Hanoi.']);
  });
});

describe('readArticle: input it cannot use gets a plain message', () => {
  it.each([
    ['empty', '', /empty/],
    ['only white space', ' \n\t\n', /empty/],
    ['too long (5 MB)', `Headline\n\n${'word '.repeat(1_050_000)}`, /5\.3 million characters.*up to 1 million/],
    ['binary', 'PK\u0003\u0004\u0000\u0000binary', /not text: it looks like binary data/],
    ['a PDF', '%PDF-1.7\n1 0 obj', /PDF file/],
    ['a headline without paragraphs', 'Only a headline\n', /no paragraphs/],
  ])('%s', (_, input, message) => {
    const { article, problems } = readArticle(input);
    expect(article).toBeUndefined();
    expect(problems.map((p) => p.message).join(' ')).toMatch(message);
  });
});
