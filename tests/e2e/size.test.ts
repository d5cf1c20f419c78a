// The byte budget of issue 8, read from its one home (scripts/budget.mjs) and measured the way
// the bench measures it (scripts/bench/bytes.mjs): the library's code, as a bare map loads it
// for its first view and in all, and the story's first view as the browser loads it. Sizes are
// printed on every run.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGET_KB, KB, LIBRARY_CEILING_KB, formatKB } from '../../scripts/budget.mjs';
import { fileSize, measureFirstView, measureLibraryAlone, measureShippedFirstView } from '../../scripts/bench/bytes.mjs';
import { e2eSession, storyPlaces } from './browser';
import { DIST, ROOT } from './serve';

const session = e2eSession();
let library: Awaited<ReturnType<typeof measureLibraryAlone>>;
const list = (files: readonly { gzip: number }[], name: (file: never) => string) =>
  files.map((file) => `${name(file as never)} ${formatKB(file.gzip)}`).join(', ');

beforeAll(async () => {
  expect(existsSync(join(DIST, 'summit-map.js')), 'run `npm run build` first').toBe(true);
  library = await measureLibraryAlone(session.browser);
  console.log(`library, all: ${formatKB(library.gzip)} gzip: ${list(library.files, (f: { file: string }) => f.file)}`);
  console.log(`library, a bare map's first view: ${formatKB(library.firstView!.gzip)} gzip (target ${BUDGET_KB.library} KB)`);
});

describe('byte budget', () => {
  it("the module carries no story data: the bundled story is a file of its own, the inset's land a basemap file", () => {
    const shipped = readFileSync(join(DIST, 'summit-map.js'), 'utf8');
    const article = JSON.parse(readFileSync(join(ROOT, 'geo/article.json'), 'utf8')) as { paragraphs: string[] };
    const land = JSON.parse(readFileSync(join(ROOT, 'geo/basemap/locator-land.json'), 'utf8')) as { path: string };
    console.log(
      `dist/summit-map.js: ${formatKB(fileSize(join(DIST, 'summit-map.js')).raw)} raw, ${formatKB(fileSize(join(DIST, 'summit-map.js')).gzip)} gzip`,
    );
    // Words of the article's first paragraph (as JSON escapes them) and the start of the land's path.
    expect(shipped).not.toContain(JSON.stringify(article.paragraphs[0]!.slice(0, 60)).slice(1, -1));
    expect(shipped).not.toContain(land.path.slice(0, 40));
    expect(existsSync(join(DIST, 'summit-map-basemap', 'locator-land.json'))).toBe(true);
    // The library measured without data is the module as shipped, give or take the chunks' empty stand-ins.
    const rebuilt = library.files.find((file) => file.file === 'summit-map.js');
    expect(Math.abs(rebuilt!.gzip - fileSize(join(DIST, 'summit-map.js')).gzip)).toBeLessThan(0.2 * KB);
  });

  it("a bare map's first view loads its own module and the basemap's drawing code, not the companions' or the large-data code", () => {
    const loaded = library.firstView!.files.map((file) => file.path.replace(/-[\w-]{8}\.js$/, '.js'));
    expect(loaded.sort()).toEqual(['/summit-map-basemap-layer.js', '/summit-map.js']);
  });

  it(`a bare map's first view loads at most ${BUDGET_KB.library} KB of library code`, () => {
    console.log(`first view: ${list(library.firstView!.files, (f: { path: string }) => f.path)}`);
    expect(library.firstView!.gzip).toBeLessThanOrEqual(BUDGET_KB.library * KB);
  });

  it(`the library's first view as shipped (a page with one <summit-map src>) stays under ${BUDGET_KB.library} KB`, async () => {
    const shipped = await measureShippedFirstView(session.browser, DIST);
    console.log(
      `the library's first view as shipped: ${formatKB(shipped.gzip)} gzip (target ${BUDGET_KB.library} KB): ${list(shipped.files, (f: { path: string }) => f.path)}`,
    );
    // Every script it fetches is counted: the module as shipped and the basemap's drawing code, nothing else.
    expect(shipped.files.map((file) => file.path.replace(/-[\w-]{8}\.js$/, '.js')).sort()).toEqual([
      '/summit-map-basemap-layer.js',
      '/summit-map.js',
    ]);
    expect(shipped.gzip).toBeLessThanOrEqual(BUDGET_KB.library * KB);
  });

  it(`all library code, loaded or not, stays under ${LIBRARY_CEILING_KB.all} KB gzip (workers apart)`, () => {
    console.log(`workers (large data only): ${formatKB(library.workersGzip)} gzip in ${library.workers.map((f) => f.file).join(', ')}`);
    expect(library.gzip).toBeLessThanOrEqual(LIBRARY_CEILING_KB.all * KB);
  });

  it(`the story's first view stays under its target, ${BUDGET_KB.firstView} KB gzip, on the lighter detail level and without the world file`, async () => {
    const points = storyPlaces().features.filter((place) => place.geometry.type === 'Point').length;
    const view = await measureFirstView(session.browser, session.server.url('/'), {
      markerSelector: '.summit-marker',
      markerCount: points,
    });
    console.log(`first view: ${formatKB(view.gzip)} gzip: ${list(view.files, (f: { path: string }) => f.path)}`);
    // The story page gives no src: it, and only it, fetches the bundled story.
    expect(view.files.some((file) => /\/summit-map-default-story-[\w-]{8}\.js$/.test(file.path))).toBe(true);
    // At about zoom 6 (framing at any scale): the basemap's names and the zoom-6 level's tiles, not
    // the world file (whose land they hide) nor the 1:10m tiles (175 KB here).
    const basemap = view.files.map((file) => file.path).filter((path) => path.includes('/summit-map-basemap/'));
    expect(basemap).toContain('/summit-map-basemap/labels.json');
    expect(basemap).not.toContain('/summit-map-basemap/world.json');
    expect(basemap.filter((path) => /\/detail\/\d/.test(path))).toEqual([]);
    expect(basemap.filter((path) => path.includes('/detail/z6/')).length).toBeGreaterThan(0);
    expect(view.gzip).toBeLessThanOrEqual(BUDGET_KB.firstView * KB);
  });
});
