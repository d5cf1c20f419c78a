/**
 * The story pages' one template (stories/page-template.html), filled from a page's data: the
 * repository's pages (scripts/vite-story-pages.ts, from each page.json), the page `summit-map
 * draft` writes and the page the editor exports (src/cli/story-page.ts). No file access: the
 * callers read the template and the data.
 */
import { escapeXml } from '../render/svg-writer';

type Attributes = Record<string, string | true>;

/** A page's data (a page.json, as the template reads it). */
export interface StoryPageData {
  title: string;
  description: string;
  kicker: string;
  headline: string;
  /** The paragraph under the headline; none for a page without one (a draft). */
  dek?: string;
  /** The source's credit line; none where the article names no author, publisher or date. */
  credit?: string;
  /** <summit-map>'s attributes; `true` is an attribute without a value. `id` is required. */
  map: Attributes & { id: string };
  caption?: string;
  /** HTML: the paragraphs at the foot of the page. */
  sources: string[];
  /** CSS custom properties of story-page.css, for the light and the dark scheme. */
  palette?: { light: Record<string, string>; dark?: Record<string, string> };
  /** The article's own headline for screen readers only, where the page's headline is the same words (a draft). */
  hideArticleHeadline?: boolean;
}

/** Where the page's stylesheet and script are (the sources under `npm start`, files beside a drafted page). */
export interface StoryPageAssets {
  stylesheet: string;
  module: string;
}

const REQUIRED_TEXT = ['title', 'description', 'kicker', 'headline'] as const;
const OPTIONAL_TEXT = ['dek', 'credit', 'caption'] as const;
const FIELDS = new Set<string>([...REQUIRED_TEXT, ...OPTIONAL_TEXT, 'map', 'sources', 'palette', 'hideArticleHeadline']);

/** Checks a page's data; throws an Error naming `where` and the field. */
export function checkStoryPage(json: unknown, where: string): StoryPageData {
  const fail = (what: string): never => {
    throw new Error(`${where}: ${what} (see stories/page-template.html)`);
  };
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return fail('expected an object');
  const page = json as Record<string, unknown>;
  for (const key of Object.keys(page)) if (!FIELDS.has(key)) fail(`unknown field "${key}"`);
  for (const key of REQUIRED_TEXT) if (typeof page[key] !== 'string' || !(page[key] as string).trim()) fail(`"${key}" must be text`);
  for (const key of OPTIONAL_TEXT) if (page[key] !== undefined && typeof page[key] !== 'string') fail(`"${key}" must be text`);
  if (page.hideArticleHeadline !== undefined && typeof page.hideArticleHeadline !== 'boolean')
    fail('"hideArticleHeadline" must be true or false');
  const map = page.map as Record<string, unknown> | undefined;
  if (typeof map !== 'object' || map === null || typeof map.id !== 'string' || !/^[A-Za-z][\w-]*$/.test(map.id)) {
    fail('"map" must be an object of attributes with an "id" (letters, digits, "-" and "_")');
  }
  for (const [name, value] of Object.entries(map!)) {
    if (!/^[a-z][a-z0-9-]*$/.test(name) || (typeof value !== 'string' && value !== true))
      fail(`map attribute "${name}" must be text or true`);
  }
  if (!Array.isArray(page.sources) || !page.sources.every((source) => typeof source === 'string'))
    fail('"sources" must be a list of HTML paragraphs');
  const palette = page.palette as Record<string, unknown> | undefined;
  if (palette !== undefined) {
    const schemes = typeof palette === 'object' && palette !== null ? Object.entries(palette) : [];
    const valid =
      schemes.length > 0 &&
      schemes.every(
        ([scheme, values]) =>
          (scheme === 'light' || scheme === 'dark') &&
          typeof values === 'object' &&
          values !== null &&
          Object.entries(values).every(([name, value]) => /^--[\w-]+$/.test(name) && typeof value === 'string' && !/[;{}<]/.test(value)),
      );
    if (!valid) fail('"palette" must be {"light": {"--name": "value", …}, "dark": {…}}');
  }
  return page as unknown as StoryPageData;
}

/** A paragraph of text, or nothing for none. */
const paragraph = (className: string, text: string | undefined) => (text?.trim() ? `<p class="${className}">${escapeXml(text)}</p>` : '');

/** Each slot of the template for one page: text slots (`{{name}}`) are escaped, HTML slots (`{{{name}}}`) not. */
export function storyPageSlots(
  page: StoryPageData,
  assets: StoryPageAssets,
): { text: Record<string, string>; html: Record<string, string> } {
  const declarations = (values: Record<string, string>) =>
    Object.entries(values)
      .map(([name, value]) => `${name}: ${value};`)
      .join(' ');
  const palette = page.palette;
  const rules = [
    palette &&
      `:root { ${declarations(palette.light)} }${
        palette.dark ? ` @media screen and (prefers-color-scheme: dark) { :root { ${declarations(palette.dark)} } }` : ''
      }`,
    // The page's h1 is the headline: the article's own stays for screen readers only.
    page.hideArticleHeadline &&
      'summit-article::part(headline) { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }',
  ].filter(Boolean);
  const { id, ...attributes } = page.map;
  return {
    text: {
      title: page.title,
      description: page.description,
      kicker: page.kicker,
      headline: page.headline,
      mapId: id,
      stylesheet: assets.stylesheet,
      module: assets.module,
    },
    html: {
      pageStyle: rules.length ? `<style>${rules.join(' ')}</style>` : '',
      dek: paragraph('dek', page.dek),
      credit: paragraph('credit', page.credit),
      mapAttributes: [
        `id="${escapeXml(id)}"`,
        ...Object.entries(attributes).map(([name, value]) => (value === true ? name : `${name}="${escapeXml(value)}"`)),
      ].join(' '),
      caption: page.caption ? `<figcaption>${escapeXml(page.caption)}</figcaption>` : '',
      sources: page.sources.map((source) => `<p class="source">${source}</p>`).join('\n      '),
    },
  };
}

/**
 * The template filled for one page, without its leading comment and without the lines of slots
 * left empty (a page with no dek or caption). Throws on a slot the page has no value for.
 */
export function renderStoryPage(template: string, page: StoryPageData, assets: StoryPageAssets): string {
  const slots = storyPageSlots(page, assets);
  return template
    .replace(/^\s*<!--[\s\S]*?-->\s*/, '')
    .replace(/\{\{\{(\w+)\}\}\}|\{\{(\w+)\}\}/g, (_, html: string | undefined, text: string | undefined) => {
      const value = html !== undefined ? slots.html[html] : slots.text[text!];
      if (value === undefined) throw new Error(`stories/page-template.html: no value for {{${html ?? text}}} (see storyPageSlots())`);
      return html !== undefined ? value : escapeXml(value);
    })
    .replace(/^[ \t]+\n/gm, '');
}
