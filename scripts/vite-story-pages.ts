// The story pages: one template (stories/page-template.html, which says how to add a story or add
// something to every page) filled from each page's page.json. Served under `npm start`, written
// into dist/ by `npm run build`; there is no index.html on disk to keep in step.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, ViteDevServer } from 'vite';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const STORIES = join(ROOT, 'stories');
export const TEMPLATE = join(STORIES, 'page-template.html');

/** One page: where its data is, and the HTML file it becomes (relative to the project root). */
export interface StoryPageEntry {
  /** Its name in the build (`main` for the front page, else the story's folder name). */
  name: string;
  data: string;
  /** e.g. `index.html`, `stories/seascape-alaska/index.html`. */
  html: string;
}

/** The pages: stories/page.json is the front page; each stories/<name>/page.json a page at /stories/<name>/. */
export function storyPages(root = ROOT): StoryPageEntry[] {
  const stories = join(root, 'stories');
  const pages: StoryPageEntry[] = [{ name: 'main', data: join(stories, 'page.json'), html: 'index.html' }];
  for (const entry of readdirSync(stories, { withFileTypes: true })) {
    const data = join(stories, entry.name, 'page.json');
    if (entry.isDirectory() && existsSync(data)) pages.push({ name: entry.name, data, html: `stories/${entry.name}/index.html` });
  }
  return pages;
}

/** The build's HTML inputs (rolldownOptions.input), by name. */
export function storyPageInputs(root = ROOT): Record<string, string> {
  return Object.fromEntries(storyPages(root).map((page) => [page.name, join(root, page.html)]));
}

type Attributes = Record<string, string | true>;

/** A page.json, as the template reads it. */
export interface StoryPageData {
  title: string;
  description: string;
  kicker: string;
  headline: string;
  dek: string;
  credit: string;
  /** <summit-map>'s attributes; `true` is an attribute without a value. `id` is required. */
  map: Attributes & { id: string };
  caption?: string;
  /** HTML: the paragraphs at the foot of the page. */
  sources: string[];
  /** CSS custom properties of story-page.css, for the light and the dark scheme. */
  palette?: { light: Record<string, string>; dark?: Record<string, string> };
}

const REQUIRED_TEXT = ['title', 'description', 'kicker', 'headline', 'dek', 'credit'] as const;
const FIELDS = new Set<string>([...REQUIRED_TEXT, 'map', 'caption', 'sources', 'palette']);

/** Reads and checks a page.json; throws an Error naming the file and the field. */
export function readStoryPage(file: string): StoryPageData {
  const where = relative(ROOT, file) || file;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${where}: not readable as JSON (${(error as Error).message})`, { cause: error });
  }
  const fail = (what: string): never => {
    throw new Error(`${where}: ${what} (see stories/page-template.html)`);
  };
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return fail('expected an object');
  const page = json as Record<string, unknown>;
  for (const key of Object.keys(page)) if (!FIELDS.has(key)) fail(`unknown field "${key}"`);
  for (const key of REQUIRED_TEXT) if (typeof page[key] !== 'string' || !(page[key] as string).trim()) fail(`"${key}" must be text`);
  if (page.caption !== undefined && typeof page.caption !== 'string') fail('"caption" must be text');
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

/** Text as HTML, for content and double-quoted attribute values. */
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Each slot of the template for one page: text slots (`{{name}}`) are escaped, HTML slots (`{{{name}}}`) not. */
export function storyPageSlots(page: StoryPageData): { text: Record<string, string>; html: Record<string, string> } {
  const declarations = (values: Record<string, string>) =>
    Object.entries(values)
      .map(([name, value]) => `${name}: ${value};`)
      .join(' ');
  const palette = page.palette;
  const paletteStyle = palette
    ? `<style>:root { ${declarations(palette.light)} }${
        palette.dark ? ` @media screen and (prefers-color-scheme: dark) { :root { ${declarations(palette.dark)} } }` : ''
      }</style>`
    : '';
  const { id, ...attributes } = page.map;
  return {
    text: {
      title: page.title,
      description: page.description,
      kicker: page.kicker,
      headline: page.headline,
      dek: page.dek,
      credit: page.credit,
      mapId: id,
    },
    html: {
      paletteStyle,
      mapAttributes: [
        `id="${escapeHtml(id)}"`,
        ...Object.entries(attributes).map(([name, value]) => (value === true ? name : `${name}="${escapeHtml(value)}"`)),
      ].join(' '),
      caption: page.caption ? `<figcaption>${escapeHtml(page.caption)}</figcaption>` : '',
      sources: page.sources.map((source) => `<p class="source">${source}</p>`).join('\n      '),
    },
  };
}

/** The template filled for one page. Throws on a slot the page has no value for. */
export function renderStoryPage(template: string, page: StoryPageData): string {
  const slots = storyPageSlots(page);
  return template
    .replace(/^\s*<!--[\s\S]*?-->\s*/, '')
    .replace(/\{\{\{(\w+)\}\}\}|\{\{(\w+)\}\}/g, (_, html: string | undefined, text: string | undefined) => {
      const value = html !== undefined ? slots.html[html] : slots.text[text!];
      if (value === undefined) throw new Error(`stories/page-template.html: no value for {{${html ?? text}}} (see storyPageSlots())`);
      return html !== undefined ? value : escapeHtml(value);
    });
}

/** Under `npm start`, these names beside any page serve the sources they are built from. */
const BESIDE_THE_PAGE: Record<string, string> = { 'summit-map.js': '/src/embed.ts', 'story-page.css': '/src/story-page.css' };

/** The page (template filled) for one entry. */
function pageHtml(entry: StoryPageEntry): string {
  return renderStoryPage(readFileSync(TEMPLATE, 'utf8'), readStoryPage(entry.data));
}

/** The page a dev-server URL path asks for, if it is one of the story pages. */
function pageFor(pathname: string, pages: StoryPageEntry[]): StoryPageEntry | undefined {
  const path = decodeURIComponent(pathname).replace(/^\//, '');
  return pages.find((page) => path === page.html || `${path}index.html` === page.html);
}

/** The Vite plugin: the story pages as HTML entries of the build and pages of the dev server. */
export function storyPagesPlugin(): Plugin {
  let pages = storyPages();
  const byFile = () => new Map(pages.map((page) => [resolve(ROOT, page.html), page]));
  return {
    name: 'summit-map:story-pages',
    resolveId(id) {
      const file = resolve(ROOT, id);
      return byFile().has(file) ? file : null;
    },
    load(id) {
      const page = byFile().get(id);
      if (!page) return null;
      this.addWatchFile(TEMPLATE);
      this.addWatchFile(page.data);
      return pageHtml(page);
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add([TEMPLATE, join(STORIES, '**', 'page.json')]);
      const reload = (file: string) => {
        if (file === TEMPLATE || file.endsWith(`${sep}page.json`)) {
          pages = storyPages();
          server.ws.send({ type: 'full-reload' });
        }
      };
      server.watcher.on('change', reload).on('add', reload).on('unlink', reload);
      // A page of your own anywhere in the repository (docs/authoring.md, "Make the page") loads
      // summit-map.js and story-page.css from beside it, as on a site: here they are the sources.
      server.middlewares.use((request, _response, next) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        const name = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
        const source = BESIDE_THE_PAGE[name];
        if (source && !existsSync(join(ROOT, decodeURIComponent(url.pathname)))) request.url = source + url.search;
        next();
      });
      server.middlewares.use(async (request, response, next) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        const page = request.method === 'GET' || request.method === 'HEAD' ? pageFor(url.pathname, pages) : undefined;
        if (!page) {
          // A story's folder without its slash: the page's relative URLs (places.geojson) need it.
          if (!url.pathname.endsWith('/') && pageFor(`${url.pathname}/`, pages)) {
            response.statusCode = 301;
            response.setHeader('Location', `${url.pathname}/${url.search}`);
            return response.end();
          }
          return next();
        }
        try {
          const html = await server.transformIndexHtml(url.pathname, pageHtml(page), request.originalUrl);
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.setHeader('Cache-Control', 'no-cache');
          response.end(html);
        } catch (error) {
          next(error);
        }
      });
    },
  };
}

/**
 * The story pages' stylesheet in the drop-in build, as dist/story-page.css: the package exports it
 * (`summit-map/story-page.css`) for pages of one's own made like the story pages.
 */
export function storyPageStylesheet(): Plugin {
  return {
    name: 'summit-map:story-page-stylesheet',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'story-page.css', source: readFileSync(join(ROOT, 'src', 'story-page.css'), 'utf8') });
    },
  };
}
