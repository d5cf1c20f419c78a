// The story pages' card and first view, written at build time by the static renderer (src/render/):
// a 1200×630 PNG beside each page, named in its og:image and twitter:image (summary_large_image)
// with an og:image:alt written from the story; and the story's first view inside the page's
// <summit-map> (with the article and the place list as text inside their elements), so that the
// reader sees the map at the first paint and without JavaScript.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { creditLine } from '../src/model/credit';
import { focusPositions, rankPlaces } from '../src/model/first-view';
import { firstViewMarkup, type FirstViewLayout } from '../src/render/first-view-markup';
import { basemapFrom, renderStory } from '../src/render/node';
import { checkedStory } from '../src/render/story-check';
import { escapeXml } from '../src/render/svg-writer';
import { storyPages } from './vite-story-pages';

const ROOT = resolve(import.meta.dirname, '..');

/**
 * The map's box on the story pages (src/story-page.css), inside its 1px border: at 1280×900 the
 * figure column of a 1080 px main (padding 20, grid 1fr 1.15fr, gap 32) is 539.17 wide and the map
 * 100vh − 96 px tall; at 390×844 the map is the phone's width less 12 px each side and 42vh tall.
 * tests/e2e/first-view.test.ts checks that the live map takes over from these at those sizes
 * within 3 px; other widths see the nearest picture scaled to their box.
 */
export const STORY_PAGE_LAYOUTS: FirstViewLayout[] = [
  { width: 537.17, height: 802, media: '(min-width: 601px)' },
  { width: 364, height: 352.48, media: '(max-width: 600px)', narrowViewport: true },
];

export const CARD = { width: 1200, height: 630, scale: 1, file: 'card.png' } as const;

export interface PageStory {
  places: unknown;
  article?: unknown;
}

/** The data a page's <summit-map> shows: its `src` and `article-src` beside the page, else the bundled story. */
function storyOf(html: string, page: string): PageStory {
  const tag = /<summit-map\b[^>]*>/.exec(html)?.[0];
  if (!tag) throw new Error(`${page}: no <summit-map> tag`);
  const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const read = (file: string) => JSON.parse(readFileSync(join(dirname(page), file), 'utf8')) as unknown;
  const src = attribute('src');
  if (!src)
    return {
      places: read(relative(dirname(page), join(ROOT, 'geo/places.geojson'))),
      article: read(relative(dirname(page), join(ROOT, 'geo/article.json'))),
    };
  const articleSrc = attribute('article-src');
  return { places: read(src), article: articleSrc ? read(articleSrc) : undefined };
}

/** Words for the card's alternative text: what the map shows, and from which story. */
async function cardAlt(story: PageStory): Promise<string> {
  const { story: parsed, article } = await checkedStory(story.places, story.article);
  const ranked = rankPlaces(parsed);
  const focus = new Set(focusPositions(parsed, ranked).map((position) => position.join()));
  const shown = ranked
    .filter(({ place }) => place.geometry.type === 'Point' && focus.has(place.geometry.coordinates.join()))
    .map(({ place }) => place.name);
  const names = shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : (shown[0] ?? 'the places');
  const source = article ? ` in ${creditLine(article)}` : '';
  return `Map of ${names}, with the key to its symbols: the places${source}.`;
}

/**
 * The page's first paint waits for nothing but its HTML (bench: `npm run bench:first-view`). Its
 * stylesheet (2.7 KB) goes inline, as a request of its own held the paint back by a round trip.
 * Its module is fetched and run only once the first view is on screen: run before the first
 * paint, its evaluation (20–35 ms in the bench) took that time from the paint, and even fetched
 * ahead (modulepreload, preload or prefetch) its request and parse held the paint back by 15–20 %
 * on two cores (docs/performance.md). The loader runs it at once where paint timing is missing or
 * the page is hidden, and after 1.5 s in any case.
 */
function paintFirst(
  html: string,
  page: string,
  bundle: Record<string, { type: string; source?: string | Uint8Array }> | undefined,
): string {
  let out = html.replace(/<link rel="stylesheet"(?: crossorigin)? href="\/([^"]+\.css)">/g, (link, file: string) => {
    const asset = bundle?.[file];
    if (asset?.type !== 'asset' || typeof asset.source !== 'string') return link;
    return `<style>${asset.source.trim()}</style>`;
  });
  const script = /<script type="module"\s+src="([^"]+)"><\/script>/.exec(out);
  if (!script) throw new Error(`${page}: no module script to run after the first paint`);
  const src = JSON.stringify(script[1]);
  const loader =
    `let run=()=>{run=()=>{};import(${src})};` +
    `if(document.visibilityState==='hidden'||!PerformanceObserver.supportedEntryTypes?.includes('paint'))run();` +
    `else{new PerformanceObserver((list)=>{if(list.getEntriesByName('first-contentful-paint').length)run()}).observe({type:'paint',buffered:true});setTimeout(()=>run(),1500)}`;
  out = out.replace(script[0], `<script type="module">${loader}</script>`);
  return out;
}

/** Inserts markup inside the first `<tag …>` element, which must be empty. */
function fill(html: string, tag: string, markup: string, page: string): string {
  const open = new RegExp(`(<${tag}\\b[^>]*>)(\\s*)(</${tag}>)`);
  if (!markup) return html;
  if (!open.test(html)) throw new Error(`${page}: no empty <${tag}> to put its first view in`);
  return html.replace(open, (_, start: string, _space: string, end: string) => `${start}${markup}${end}`);
}

/** What the build adds to a story page: the card's meta tags in the head, and the first view, article and place list as markup. */
export interface PageAdditions {
  story: PageStory;
  meta: string;
  map: string;
  article: string;
  placeList: string;
}

/**
 * The additions for the story page `filename` (absolute) whose HTML is `html`: computed from the
 * story its <summit-map> names, by the static renderer. `site`: the address the card is named at.
 */
export async function pageAdditions(html: string, filename: string, site = process.env.SUMMIT_MAP_SITE_URL ?? ''): Promise<PageAdditions> {
  const story = storyOf(html, filename);
  const page = relative(ROOT, filename);
  const { story: parsed, article } = await checkedStory(story.places, story.article);
  const markup = firstViewMarkup(parsed, article, basemapFrom(join(ROOT, 'geo/basemap')), STORY_PAGE_LAYOUTS);
  const cardUrl = `${site ? `${site.replace(/\/$/, '')}/${dirname(page) === '.' ? '' : `${dirname(page)}/`}` : ''}${CARD.file}`;
  const alt = escapeXml(await cardAlt(story));
  const meta = [
    `<meta property="og:image" content="${escapeXml(cardUrl)}" />`,
    `<meta property="og:image:type" content="image/png" />`,
    `<meta property="og:image:width" content="${CARD.width}" />`,
    `<meta property="og:image:height" content="${CARD.height}" />`,
    `<meta property="og:image:alt" content="${alt}" />`,
    '<meta name="twitter:card" content="summary_large_image" />',
    `<meta name="twitter:image" content="${escapeXml(cardUrl)}" />`,
    `<meta name="twitter:image:alt" content="${alt}" />`,
  ].join('\n    ');
  return { story, meta, map: markup.map, article: markup.article, placeList: markup.placeList };
}

/** The page with the build's additions put in: the meta tags before </head>, the markup inside its empty elements. */
export function withAdditions(html: string, additions: PageAdditions, page: string): string {
  let out = html.replace('</head>', `    ${additions.meta}\n  </head>`);
  out = fill(out, 'summit-map', additions.map, page);
  out = fill(out, 'summit-article', additions.article, page);
  return fill(out, 'summit-place-list', additions.placeList, page);
}

export function storyPagesFirstView(): Plugin {
  const pages = new Map<string, PageStory>();
  return {
    name: 'summit-map:story-pages-first-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, { filename, bundle }) {
        // Story pages only (stories/page-template.html), not the editor's page.
        if (!storyPages().some((entry) => resolve(ROOT, entry.html) === resolve(filename))) return html;
        const page = relative(ROOT, filename);
        const additions = await pageAdditions(html, filename);
        pages.set(page, additions.story);
        return paintFirst(withAdditions(html, additions, page), page, bundle);
      },
    },
    // After the HTML plugin's own generateBundle, which runs transformIndexHtml and so fills `pages`.
    generateBundle: {
      order: 'post',
      async handler() {
        for (const [page, story] of pages) {
          const card = await renderStory({
            ...story,
            width: CARD.width,
            height: CARD.height,
            scale: CARD.scale,
            format: 'png',
            basemapDir: join(ROOT, 'geo/basemap'),
          });
          this.emitFile({ type: 'asset', fileName: join(dirname(page), CARD.file), source: card.data });
        }
      },
    },
  };
}
