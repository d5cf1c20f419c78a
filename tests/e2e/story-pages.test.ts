// The story pages share one template (stories/page-template.html) filled from each page's
// page.json by scripts/vite-story-pages.ts: the built pages are that template filled, a new
// story folder is a new page, and a bad page.json fails with its file and field named.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SOURCE_ASSETS, TEMPLATE, readStoryPage, storyPageInputs, storyPages } from '../../scripts/vite-story-pages';
import { pageAdditions, withAdditions } from '../../scripts/vite-story-pages-first-view';
import { storyPage } from '../../src/cli/story-page';
import { renderStoryPage as fill, type StoryPageData } from '../../src/pages/story-page';
import { DIST, ROOT } from './serve';

const template = readFileSync(TEMPLATE, 'utf8');
/** The template filled as `npm start` and the build fill it. */
const renderStoryPage = (html: string, page: StoryPageData) => fill(html, page, SOURCE_ASSETS);
const seascape = () => readStoryPage(join(ROOT, 'stories/seascape-alaska/page.json'));

/** A page's text without markup and with runs of white space as one space. */
const text = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('the story pages', () => {
  it('are the front page and each story folder with a page.json, and no page is written out by hand', () => {
    expect(storyPages().map((page) => page.html)).toEqual(expect.arrayContaining(['index.html', 'stories/seascape-alaska/index.html']));
    for (const page of storyPages()) expect(existsSync(join(ROOT, page.html)), page.html).toBe(false);
  });

  it('are built as the template filled from their page.json, with the build’s card meta and first view', async () => {
    for (const page of storyPages()) {
      const built = readFileSync(join(DIST, page.html), 'utf8');
      const filled = renderStoryPage(template, readStoryPage(page.data));
      // The build adds the card's meta tags and the pre-rendered first view, article and place list
      // (scripts/vite-story-pages-first-view.ts); those, computed here by the same renderer, and nothing else.
      const rendered = withAdditions(filled, await pageAdditions(filled, join(ROOT, page.html)), page.html);
      expect(rendered).not.toBe(filled);
      expect(text(built), page.html).toBe(text(rendered));
      // The same markup: every tag of the template, in order (the build only rewrites the script and stylesheet).
      const tags = (html: string) =>
        [...html.matchAll(/<(\/?[a-z][\w-]*)/g)].map((match) => match[1]).filter((tag) => tag !== 'script' && tag !== '/script');
      expect(
        tags(built).filter((tag) => !tag.includes('style') && tag !== 'link'),
        page.html,
      ).toEqual(tags(rendered).filter((tag) => !tag.includes('style') && tag !== 'link'));
    }
  });

  it('fill every slot: the page’s own title, headline, map attributes and palette', () => {
    const html = renderStoryPage(template, seascape());
    expect(html).not.toMatch(/\{\{|\}\}/);
    expect(html).not.toContain('TO ADD A STORY'); // the template's instructions stay out of the page
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<title>Seascape Alaska: NOAA’s 2023 deep-sea expeditions — summit-map example</title>');
    expect(html).toContain('<summit-map id="seascape-map" src="places.geojson" article-src="article.json" sync-hash></summit-map>');
    expect(html).toContain('<a href="#seascape-map">Skip to the map</a>');
    expect(html).toContain('<summit-article for="seascape-map"></summit-article>');
    expect(html).toMatch(/<style>:root \{ --ink: #15191c;[^<]*prefers-color-scheme: dark\) \{ :root \{ --ink: #e6e9eb;/);
    expect(html).not.toContain('<figcaption>');
  });

  it('escape text fields and attribute values; only sources are HTML', () => {
    const page = {
      ...seascape(),
      headline: 'Ports <b>&</b> "areas"',
      map: { id: 'm', src: 'a"b.geojson' },
      sources: ['<a href="x">x</a>'],
    };
    const html = renderStoryPage(template, page);
    expect(html).toContain('<h1>Ports &lt;b&gt;&amp;&lt;/b&gt; &quot;areas&quot;</h1>');
    expect(html).toContain('<summit-map id="m" src="a&quot;b.geojson"></summit-map>');
    expect(html).toContain('<p class="source"><a href="x">x</a></p>');
  });

  it('fail on a slot the template names that no page fills', () => {
    expect(() => renderStoryPage(`${template}{{ogImage}}`, seascape())).toThrow('no value for {{ogImage}}');
  });
});

describe('the page of a drafted story (summit-map draft, the editor’s export)', () => {
  const article = { headline: 'Lava <reaches> "the sea"', byline: 'A. Reporter', publisher: 'USGS', paragraphs: ['x'] };

  it('is the same template: the story pages’ header, skip links, article, list, map and sources, every slot filled', () => {
    const html = storyPage(article);
    expect(html).not.toMatch(/\{\{|\}\}/);
    expect(html).not.toContain('TO ADD A STORY');
    expect(html, 'no line left holding only an empty slot').not.toMatch(/^[ \t]+$/m);
    // Tag for tag the story pages' markup, without the parts a draft has none of (a dek, a credit line, a caption, a palette, links).
    const tags = (page: string) => [...page.matchAll(/<(\/?[a-z][\w-]*)/g)].map((match) => match[1]);
    const seascapePage = renderStoryPage(template, {
      ...seascape(),
      dek: undefined,
      credit: undefined,
      caption: undefined,
      palette: undefined,
      sources: ['one paragraph'],
    });
    expect(tags(html).filter((tag) => tag !== 'style' && tag !== '/style')).toEqual(tags(seascapePage));
    expect(html).toContain('<h1>Lava &lt;reaches&gt; &quot;the sea&quot;</h1>');
    // The article names its author and publisher under the headline: the page does not say them twice.
    expect(html).not.toContain('class="credit"');
    expect(html).toContain('<summit-map id="story-map" src="places.geojson" article-src="article.json" sync-hash></summit-map>');
    // The article's own headline, the same words as the page's, is for screen readers only.
    expect(html).toMatch(/<style>summit-article::part\(headline\) \{ position: absolute;[^<]*clip-path: inset\(50%\)/);
  });

  it('loads the drop-in module and the stylesheet from beside it, or from the given address', () => {
    expect(storyPage(article)).toContain('<link rel="stylesheet" href="./story-page.css" />');
    expect(storyPage(article)).toContain('<script type="module" src="./summit-map.js"></script>');
    const online = storyPage(article, 'https://example.org/summit-map/');
    expect(online).toContain('<script type="module" src="https://example.org/summit-map/summit-map.js"></script>');
  });
});

describe('a new story', () => {
  const root = mkdtempSync(join(tmpdir(), 'summit-map-stories-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is one folder with a page.json: it becomes a page of the build', () => {
    mkdirSync(join(root, 'stories', 'new-story'), { recursive: true });
    mkdirSync(join(root, 'stories', 'no-page'), { recursive: true }); // a folder without page.json is not a page
    writeFileSync(join(root, 'stories', 'page.json'), '{}');
    writeFileSync(join(root, 'stories', 'new-story', 'page.json'), '{}');
    expect(storyPageInputs(root)).toEqual({
      main: join(root, 'index.html'),
      'new-story': join(root, 'stories', 'new-story', 'index.html'),
    });
  });

  it('with a bad page.json fails, naming the file and the field', () => {
    const file = join(root, 'stories', 'new-story', 'page.json');
    const good = JSON.parse(readFileSync(join(ROOT, 'stories/seascape-alaska/page.json'), 'utf8')) as Record<string, unknown>;
    const write = (value: unknown) => writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
    write(good);
    expect(readStoryPage(file).headline).toBe(good.headline);
    write({ ...good, headlnie: 'x' });
    expect(() => readStoryPage(file)).toThrow(/new-story\/page\.json: unknown field "headlnie"/);
    write({ ...good, headline: undefined });
    expect(() => readStoryPage(file)).toThrow(/page\.json: "headline" must be text/);
    write({ ...good, map: { src: 'places.geojson' } });
    expect(() => readStoryPage(file)).toThrow(/"map" must be an object of attributes with an "id"/);
    write({ ...good, palette: { light: { ink: 'red' } } });
    expect(() => readStoryPage(file)).toThrow(/"palette" must be/);
    write('{ "title": ');
    expect(() => readStoryPage(file)).toThrow(/page\.json: not readable as JSON/);
  });
});
