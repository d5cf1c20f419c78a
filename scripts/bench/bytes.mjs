// Byte measurements against the one budget (scripts/budget.mjs), shared by the bench and
// tests/e2e/size.test.ts. All gzip sizes are per file, summed.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipBytes } from '../budget.mjs';
import { installProbe } from './probe.mjs';
import { serveFolders } from './server.mjs';

const require = createRequire(import.meta.url);
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA_FOLDER = join(ROOT, 'geo') + sep;
/** The bundled story's module, parsed from geo/ by the build (BUNDLED_STORY_ID of scripts/vite-bundled-story.ts). */
const BUNDLED_STORY_ID = 'virtual:summit-map-bundled-story';

const filesUnder = (folder) =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));

/**
 * Library code alone: the drop-in module built again (vite build --mode embed, the project's own
 * config) into a temp folder with every file under geo/ (places, article, outcome, basemap)
 * replaced by an empty value (the bundled story too, which the build parses from there), then the gzip of the .js and .css files it emits. Data files the
 * build copies beside the module are not code and are not counted.
 *   gzip/files: every file a page may load (the map's module, the companions', the large-data
 *     and basemap code), workers apart (workersGzip/workers: large data only).
 *   firstView (given a browser): the code a bare map actually loads for its first view, a page
 *     with `<summit-map src="places.geojson">` over that build, until its markers and basemap
 *     show and the network is idle.
 */
export async function measureLibraryAlone(browser) {
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), 'summit-map-library-'));
  const emptyData = {
    name: 'bench:empty-story-data',
    enforce: 'pre',
    load(id) {
      // The bundled story as the build parses it from geo/ (scripts/vite-bundled-story.ts): data too.
      if (id === `\0${BUNDLED_STORY_ID}`) return 'export const story = null;\nexport const article = null;';
      const [path, query = ''] = id.split('?');
      if (!path.startsWith(DATA_FOLDER) || path.includes(`${sep}scripts${sep}`)) return null;
      if (/(^|&)raw\b/.test(query)) return 'export default "null";';
      if (/(^|&)url\b/.test(query)) return 'export default "";';
      // An empty object for JSON (the module still runs: the bare map's first view is measured).
      return extname(path) === '.json' && !query ? '{}' : 'export default null;';
    },
  };
  // Vite picks the packages' production builds (Lit's, for one) only when NODE_ENV says so;
  // under Vitest it says "test".
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  let server;
  try {
    await build({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      mode: 'embed',
      logLevel: 'silent',
      plugins: [emptyData],
      build: { outDir, emptyOutDir: true, copyPublicDir: false, reportCompressedSize: false },
    });
    const isCode = (file) => ['.js', '.mjs', '.css'].includes(extname(file));
    // The story pages' stylesheet (summit-map/story-page.css) is emitted beside the module but is a page's, not the library's.
    const all = filesUnder(outDir)
      .filter((file) => isCode(file) && !file.endsWith('story-page.css'))
      .map((file) => ({ file: relative(outDir, file), raw: readFileSync(file).length, gzip: gzipBytes(readFileSync(file)) }));
    // Worker files load only for large data (a parse over 1 MB, more than 1,000 points); they are
    // counted apart from what every page loads.
    const isWorker = (file) => /-worker\.js$/.test(file.file);
    const files = all.filter((file) => !isWorker(file));
    const workers = all.filter(isWorker);
    const sum = (list) => list.reduce((total, file) => total + file.gzip, 0);
    let firstView;
    if (browser) {
      const places = JSON.parse(readFileSync(join(DATA_FOLDER, 'places.geojson'), 'utf8'));
      writeFileSync(join(outDir, 'places.geojson'), JSON.stringify(places));
      writeFileSync(
        join(outDir, 'bare-map.html'),
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bare map</title></head>\n' +
          '<body><script type="module" src="summit-map.js"></script><summit-map src="places.geojson"></summit-map></body></html>\n',
      );
      server = await serveFolders([outDir]);
      const markerCount = places.features.filter((place) => place.geometry.type === 'Point').length;
      const view = await measureFirstView(browser, `${server.origin}/bare-map.html`, { markerSelector: '.summit-marker', markerCount });
      const code = view.files.filter((file) => isCode(file.path));
      firstView = { gzip: sum(code), files: code };
    }
    return { gzip: sum(files), files, workersGzip: sum(workers), workers, firstView };
  } finally {
    await server?.close();
    process.env.NODE_ENV = nodeEnv;
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    rmSync(outDir, { recursive: true, force: true });
  }
}

/**
 * The library's first view as a page gets it (issue 17): the shipped drop-in module (dist/), on a
 * page with one `<summit-map src="places.geojson">`, and every script and stylesheet that page
 * fetches until its markers and basemap show: the module as shipped (whatever it carries), the
 * basemap's drawing code, and anything else it asks for by then. Data (the places, world.json) is
 * not code and is not counted.
 */
export async function measureShippedFirstView(browser, dist = join(ROOT, 'dist')) {
  const folder = mkdtempSync(join(tmpdir(), 'summit-map-bare-'));
  let server;
  try {
    const places = JSON.parse(readFileSync(join(DATA_FOLDER, 'places.geojson'), 'utf8'));
    writeFileSync(join(folder, 'places.geojson'), JSON.stringify(places));
    writeFileSync(
      join(folder, 'bare-map.html'),
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bare map</title></head>\n' +
        '<body><script type="module" src="summit-map.js"></script><summit-map src="places.geojson"></summit-map></body></html>\n',
    );
    server = await serveFolders([folder, dist]);
    const markerCount = places.features.filter((place) => place.geometry.type === 'Point').length;
    const view = await measureFirstView(browser, `${server.origin}/bare-map.html`, { markerSelector: '.summit-marker', markerCount });
    const code = view.files.filter((file) => ['.js', '.mjs', '.css'].includes(extname(file.path)));
    return { gzip: code.reduce((sum, file) => sum + file.gzip, 0), files: code };
  } finally {
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Raw and gzip size of one file. */
export function fileSize(path) {
  const bytes = readFileSync(path);
  return { raw: bytes.length, gzip: gzipBytes(bytes) };
}

/** Plain Leaflet 1.9.4 as a page loads it: dist/leaflet.js + dist/leaflet.css. */
export function leafletSize() {
  const folder = dirname(require.resolve('leaflet/dist/leaflet.js'));
  const parts = ['leaflet.js', 'leaflet.css'].map((file) => fileSize(join(folder, file)));
  return { raw: parts[0].raw + parts[1].raw, gzip: parts[0].gzip + parts[1].gzip };
}

/**
 * The first view of a page: every response from the page's own origin (HTML, scripts, styles,
 * data, basemap files) until its markers and basemap are shown and the network has been idle
 * for 500 ms, gzip per response. `markerSelector`/`markerCount` as for the story load.
 *
 * The page's responses are only noted (their URLs); their bytes are fetched again from the same
 * static server once the page is done. Asking the browser for a body (`response.body()`) instead
 * fails now and then on a busy machine ("No data found for resource with given identifier": the
 * browser has already let the body go), and such a promise, left behind, is an unhandled rejection.
 */
export async function measureFirstView(browser, url, { markerSelector, markerCount, timeout = 30_000 }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const origin = new URL(url).origin;
  const loaded = [];
  try {
    const page = await context.newPage();
    await page.addInitScript(installProbe, { markerSelector, markerCount, pollBasemap: true });
    page.on('response', (response) => {
      if (new URL(response.url()).origin === origin && response.status() === 200) loaded.push(response.url());
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      () =>
        (window.__bench.markersAt !== undefined || performance.getEntriesByName('summit-map:markers').length > 0) &&
        (window.__bench.basemapAt !== undefined || performance.getEntriesByName('summit-map:basemap').length > 0),
      undefined,
      { timeout },
    );
    await page.waitForLoadState('networkidle');
    const bytes = new Map();
    for (const address of new Set(loaded)) {
      const response = await context.request.get(address);
      if (!response.ok()) throw new Error(`measureFirstView: ${address} answered ${response.status()} when fetched again`);
      bytes.set(address, await response.body());
    }
    const files = loaded.map((address) => {
      const body = bytes.get(address);
      return { path: new URL(address).pathname, raw: body.length, gzip: gzipBytes(body) };
    });
    return { gzip: files.reduce((sum, file) => sum + file.gzip, 0), raw: files.reduce((sum, file) => sum + file.raw, 0), files };
  } finally {
    await context.close();
  }
}
