// The story pages: one template (stories/page-template.html, which says how to add a story or add
// something to every page) filled from each page's page.json. Served under `npm start`, written
// into dist/ by `npm run build`; there is no index.html on disk to keep in step.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, ViteDevServer } from 'vite';
import { checkStoryPage, renderStoryPage, type StoryPageAssets, type StoryPageData } from '../src/pages/story-page';

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

/** The sources under `npm start`; the build puts its own files in their place (vite.config.ts). */
export const SOURCE_ASSETS: StoryPageAssets = { stylesheet: '/src/story-page.css', module: '/src/embed.ts' };

/** Reads and checks a page.json; throws an Error naming the file and the field. */
export function readStoryPage(file: string): StoryPageData {
  const where = relative(ROOT, file) || file;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${where}: not readable as JSON (${(error as Error).message})`, { cause: error });
  }
  return checkStoryPage(json, where);
}

/** Under `npm start`, these names beside any page serve the sources they are built from. */
const BESIDE_THE_PAGE: Record<string, string> = { 'summit-map.js': '/src/embed.ts', 'story-page.css': '/src/story-page.css' };

/** The page (template filled) for one entry. */
function pageHtml(entry: StoryPageEntry): string {
  return renderStoryPage(readFileSync(TEMPLATE, 'utf8'), readStoryPage(entry.data), SOURCE_ASSETS);
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
