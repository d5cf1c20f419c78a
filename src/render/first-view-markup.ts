/**
 * The markup a page puts inside its `<summit-map>` (and `<summit-article>`, `<summit-place-list>`)
 * so that a reader sees the story before any script runs, and without one: the map's first view
 * as inline SVG in the element's light DOM, one picture per layout the page has (chosen by media
 * query), each place an element with `data-place="<id>"`; the key and credit as plain HTML; the
 * article and the place list as text.
 *
 * Light DOM rather than declarative shadow DOM: the element takes the SVG into its shadow root
 * through a named slot (`first-view`) and keeps it over the live map until that map has drawn its
 * markers, labels and basemap at the same pixels, then drops it (no jump, no blank frame). A
 * declarative shadow root would be emptied by Lit's attachShadow as the element upgrades, taking
 * the picture away before the live map is drawn; and light DOM needs no browser support beyond
 * inline SVG (RSS and email readers, CMS previews). Everything else in the light DOM disappears
 * by itself when the element upgrades, as an element without a slot for it does not render it.
 */
import { formatDate } from '../model/credit';
import type { Article, Story } from '../model/types';
import { creditsText } from './overlays';
import { PALETTES, PROPERTY_OF, type Palette, type ThemeName } from './palette';
import { renderSvg, type BasemapSource, type RenderedSvg } from './render-svg';
import { escapeXml } from './svg-writer';
import { symbolAt } from './symbols';

/** The element's typeface stack (theme.styles.ts `--_font`), so the picture's text looks like the map's. */
const ELEMENT_FONT = "var(--summit-map-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif)";

/** One size of the map on a page: its box in CSS pixels and the media query under which the page has it. */
export interface FirstViewLayout {
  /** The map's inner box (inside its border), in CSS pixels, as the browser lays it out. */
  width: number;
  height: number;
  /** When the page shows this layout ('' : always). */
  media: string;
  /** The page's viewport is a phone's (at most 600 px wide): the element's key is set smaller. */
  narrowViewport?: boolean;
}

export interface FirstViewMarkup {
  /** For inside `<summit-map>`. */
  map: string;
  /** For inside `<summit-article>` (empty without an article). */
  article: string;
  /** For inside `<summit-place-list>`. */
  placeList: string;
  /** Each layout's picture, for tests and the bench. */
  pictures: RenderedSvg[];
}

/** The palette keys the picture and its key and credit use, with the element's public property of each. */
const PAINTED: readonly (keyof Palette)[] = [
  'sea',
  'land',
  'tint',
  'border',
  'water',
  'label',
  'waterLabel',
  'halo',
  'ink',
  'muted',
  'surface',
];

/** `--_sea:var(--summit-map-sea,#15232e);…`: the element's private palette properties, as its theme.styles.ts sets them. */
function paletteProperties(theme: ThemeName): string {
  return PAINTED.map((key) => {
    const property = PROPERTY_OF[key];
    const fallback = key === 'water' ? 'var(--_sea)' : PALETTES[theme][key];
    return `${property}:var(--summit-map-${property.slice(3)},${fallback})`;
  }).join(';');
}

/**
 * The picture follows the element's theme before any script: its colours are the drawn theme's as
 * attributes (for readers without CSS), and CSS repaints each from the element's own private
 * properties (`--_sea`, …). Before the element is defined this style sets them (light, or dark
 * under `theme="dark"` or a dark `prefers-color-scheme`, as theme.styles.ts does); once it is
 * defined its shadow root's `:host` rules set them, so the picture keeps the live map's colours,
 * page overrides (`--summit-map-sea`, …) included, until it is dropped.
 */
function themeRules(theme: ThemeName): string {
  const drawn = PALETTES[theme];
  const svg = 'summit-map>svg[data-first-view]';
  const paint = (selector: string, property: 'fill' | 'stroke', key: keyof Palette) =>
    `${svg} ${selector}[${property}="${drawn[key]}"]{${property}:var(${PROPERTY_OF[key]})}`;
  const rules =
    `${svg}>rect{fill:var(--_sea)}` +
    paint('path', 'fill', 'land') +
    paint('path', 'fill', 'tint') +
    paint('path', 'fill', 'water') +
    paint('path', 'stroke', 'border') +
    paint('text', 'fill', 'label') +
    paint('text', 'stroke', 'land') +
    paint('text', 'stroke', 'tint') +
    paint('text', 'fill', 'waterLabel') +
    // The leaders of fanned-out markers (places-svg.ts).
    paint('path', 'stroke', 'ink') +
    // The place labels' group (the markers inside it carry their own colours).
    `${svg} g[stroke="${drawn.halo}"][fill="${drawn.ink}"]{fill:var(--_ink);stroke:var(--_halo)}`;
  const light = paletteProperties('light');
  const dark = paletteProperties('dark');
  return (
    `summit-map:not(:defined){${light}}summit-map[theme=dark]:not(:defined){${dark}}` +
    `@media screen and (prefers-color-scheme:dark){summit-map:not([theme=light]):not(:defined){${dark}}}${rules}`
  );
}

/** The box the element will have, reserved before it is defined (no layout shift when it is), its theme, and the layouts' choice. */
function styleElement(layouts: readonly FirstViewLayout[], theme: ThemeName): string {
  const choose = layouts
    .map((layout, i) => (layout.media ? `@media not all and ${layout.media}{summit-map>svg[data-first-view="${i}"]{display:none}}` : ''))
    .join('');
  return (
    `<style>summit-map:not(:defined){display:block;position:relative;overflow:hidden;contain:layout paint;height:var(--summit-map-height,480px);min-height:240px;font:14px/1.3 ${ELEMENT_FONT};color:var(--_ink);background:var(--_sea)}` +
    themeRules(theme) +
    'summit-map>svg[data-first-view]{position:absolute;inset:0;width:100%;height:100%;overflow:visible}' +
    'summit-map>.summit-map-key{position:absolute;top:8px;right:8px;max-width:calc(100% - 16px);margin:0;padding:0 8px;border-radius:4px;background:var(--_surface);color:var(--_ink);font-size:12.5px;line-height:1.2}' +
    'summit-map>.summit-map-key summary{line-height:30px;font-weight:600;cursor:pointer}summit-map>.summit-map-key ul{margin:0 0 6px;padding:0;list-style:none}' +
    'summit-map>.summit-map-key li{display:flex;align-items:center;gap:6px;margin:3px 0}' +
    'summit-map>.summit-map-credit{position:absolute;right:0;bottom:0;margin:0;padding:2px 6px;max-width:100%;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;font-size:10.5px;line-height:1.35;background:var(--_surface);color:var(--_muted)}' +
    // The article and the list as the elements set them (summit-article.styles.ts), so they keep their height as they upgrade.
    `summit-article:not(:defined),summit-article>article{display:block;font:18px/1.6 Georgia,'Times New Roman',serif}` +
    'summit-article>article>h2{margin:0 0 6px;font-size:26px;line-height:1.2}' +
    `summit-article>article>.byline,summit-article>article>.dateline{margin:0;font:14px/1.4 ${ELEMENT_FONT}}summit-article>article>.dateline{margin-bottom:18px}` +
    `summit-article>article>h3{margin:28px 0 8px;font:700 18px/1.3 ${ELEMENT_FONT}}summit-article>article>p.paragraph{margin:0 0 18px;padding:2px 0 2px 16px}` +
    // What is below the fold is not laid out or painted for the first frame, nor are the font sizes
    // only it uses looked up (each a round trip to the browser process); it still scrolls, and is
    // found by find-in-page. The sizes hold its place until it is drawn (median paragraph, list).
    'summit-article>article>p.paragraph{content-visibility:auto;contain-intrinsic-size:auto 180px}' +
    'summit-article>article>h3{content-visibility:auto;contain-intrinsic-size:auto 24px}' +
    'summit-place-list:not(:defined){display:block;content-visibility:auto;contain-intrinsic-size:auto 960px}' +
    `${choose}</style>`
  );
}

function keyElement(story: Story): string {
  if (!story.roles.length) return '';
  const rows = story.roles
    .map(
      (role) =>
        `<li><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">${symbolAt(role.symbol, role.color, 0, 0, 16)}</svg><span>${escapeXml(role.label)}</span></li>`,
    )
    .join('');
  return `<details class="summit-map-key"><summary>Key</summary><ul aria-label="Key to the map's symbols">${rows}</ul></details>`;
}

function articleMarkup(article: Article | undefined): string {
  if (!article) return '';
  const subheads = new Map(article.subheads.map((subhead) => [subhead.beforeParagraph, subhead.text]));
  const paragraphs = article.paragraphs
    .map(
      (text, i) => `${subheads.has(i + 1) ? `<h3>${escapeXml(subheads.get(i + 1)!)}</h3>` : ''}<p class="paragraph">${escapeXml(text)}</p>`,
    )
    .join('');
  const dateline = [article.publisher, article.date ? formatDate(article.date) : ''].filter(Boolean).join(', ');
  return (
    `<article><h2>${escapeXml(article.headline)}</h2>` +
    `${article.byline ? `<p class="byline">By ${escapeXml(article.byline)}</p>` : ''}${dateline ? `<p class="dateline">${escapeXml(dateline)}</p>` : ''}` +
    `${paragraphs}${article.credit ? `<p>${escapeXml(article.credit)}</p>` : ''}</article>`
  );
}

function placeListMarkup(story: Story): string {
  const groups = story.roles
    .map((role) => ({ role, places: story.places.filter((place) => place.role === role.id) }))
    .filter((group) => group.places.length > 0)
    .map(
      ({ role, places }) =>
        `<h3>${escapeXml(role.label)}</h3><ul>${places.map((place) => `<li>${escapeXml(place.name)}${place.site ? ` — ${escapeXml(place.site)}` : ''}</li>`).join('')}</ul>`,
    )
    .join('');
  return `<h2>Places in the story</h2>${groups}`;
}

/** The first view's markup for a page whose `<summit-map>` has the given layouts. */
export function firstViewMarkup(
  story: Story,
  article: Article | undefined,
  basemap: BasemapSource,
  layouts: readonly FirstViewLayout[],
  theme: ThemeName = 'light',
): FirstViewMarkup {
  const pictures = layouts.map((layout, i) =>
    renderSvg(story, article, basemap, {
      width: layout.width,
      height: layout.height,
      theme,
      overlays: 'element',
      narrowViewport: layout.narrowViewport,
      fontFamily: ELEMENT_FONT,
      // A box of another shape than the layout's shows more of the map around the same view.
      bleed: 0.1,
      // The world file (1:50m) below the basemap's last level, 1:10m as it is, which keeps the page's
      // HTML small (the summit's first view, at zoom 6, would carry 7 KB more); from that level on,
      // where the world file's coasts are a few straight lines (Kīlauea's island at zoom 8), its tiles.
      detailFrom: basemap.detail?.levels.at(-1)?.minZoom ?? Infinity,
      // Whole pixels and 1.5-pixel steps: the page carries the picture in its HTML, and the live
      // map's canvas replaces it once drawn.
      digits: 0,
      minStep: 1.5,
      idPrefix: `summit-map-fv${i}-`,
      attributes: {
        slot: 'first-view',
        'data-first-view': String(i),
        preserveAspectRatio: 'xMidYMid meet',
        'aria-hidden': 'true',
        focusable: 'false',
      },
    }),
  );
  const svgs = pictures.map((picture) => picture.svg.replace(/ width="[\d.]+" height="[\d.]+"/, '')).join('');
  const compact = layouts.every((layout) => layout.width < 600);
  const credit = `<p class="summit-map-credit">${escapeXml(creditsText(article, compact))}</p>`;
  return {
    map: styleElement(layouts, theme) + svgs + keyElement(story) + credit,
    article: articleMarkup(article),
    placeList: placeListMarkup(story),
    pictures,
  };
}
