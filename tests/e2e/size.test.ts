// Size budgets on the build output and the bundled data, gzip-compressed as a server would send
// them (node:zlib, default level). Sizes are printed on every run.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT } from './serve';

const KB = 1024;

// Measured 2026-11-28 (vite 8.3 with minify, Leaflet 1.9.4, Lit 3.3): dist/summit-map.js was
// 176.2 KB gzipped with the map alone, 187 KB with the place list, the article, the timeline and
// the later-reporting layer (about 107 KB of it is the offline basemap). The budget is ~15% above
// that: 215 KB. A rise past it deserves a look before the budget moves.
const EMBED_BUDGET = 215 * KB;

// The data, measured at the same time: basemap.topo.json 108,547 + places.geojson 2,839 +
// article.json 2,675 = 114,061 bytes (111.4 KB) gzipped, each file compressed on its own.
const DATA_BUDGET = 150 * KB;
const DATA_FILES = ['geo/basemap/world.json', 'geo/places.geojson', 'geo/article.json'];

function gzipSize(path: string): { raw: number; gzip: number } {
  const bytes = readFileSync(path);
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

describe('size budgets', () => {
  it(`dist/summit-map.js is at most ${kb(EMBED_BUDGET)} gzipped`, () => {
    const file = join(DIST, 'summit-map.js');
    expect(existsSync(file), 'run `npm run build` first').toBe(true);
    const { raw, gzip } = gzipSize(file);
    console.log(
      `dist/summit-map.js: ${kb(raw)} raw, ${kb(gzip)} gzip (budget ${kb(EMBED_BUDGET)}, ${((gzip / EMBED_BUDGET) * 100).toFixed(0)}% used)`,
    );
    expect(gzip).toBeLessThanOrEqual(EMBED_BUDGET);
    expect(EMBED_BUDGET).toBeLessThanOrEqual(320 * KB);
  });

  it(`the basemap and story data are at most ${kb(DATA_BUDGET)} gzipped`, () => {
    let total = 0;
    for (const relative of DATA_FILES) {
      const { raw, gzip } = gzipSize(join(ROOT, relative));
      console.log(`${relative}: ${kb(raw)} raw, ${kb(gzip)} gzip`);
      total += gzip;
    }
    console.log(`basemap + story data: ${kb(total)} gzip (budget ${kb(DATA_BUDGET)}, ${((total / DATA_BUDGET) * 100).toFixed(0)}% used)`);
    expect(total).toBeLessThanOrEqual(DATA_BUDGET);
  });
});
