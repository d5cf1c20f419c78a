// The bench's same-page reference (scripts/bench/pages.mjs): the built story page with plain
// Leaflet's map in place of <summit-map>, so the bench can tell the page's own cost from the
// library's. Checked in the files it writes, without loading them.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PAGES, writePages } from '../../scripts/bench/pages.mjs';
import { DIST, ROOT } from './serve';

const folder = mkdtempSync(join(tmpdir(), 'bench-pages-'));
const placesFile = join(ROOT, 'geo', 'places.geojson');
const storyPage = readFileSync(join(DIST, 'index.html'), 'utf8');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("the bench's same-page reference", () => {
  it('is the story page with plain Leaflet in place of summit-map.js and its element', () => {
    writePages(folder, { placesFile, storyPage, scaleSizes: [] });
    const page = readFileSync(join(folder, PAGES.storyPageReference), 'utf8');
    // The page itself is kept: its stylesheet (inline since the build puts it there), headline and reading column.
    for (const kept of [
      '<style>:where(:root)',
      '<h1>Where the second Trump–Kim summit could happen</h1>',
      '<summit-article for="story-map">',
    ])
      expect(page).toContain(kept);
    expect(page).not.toContain('summit-map.js');
    expect(page).not.toContain('id="story-map"');
    expect(page).toContain('<script src="bench-leaflet/leaflet.js"></script>');
    // The map's box is the undefined tag, sized by the page's CSS as the element would be.
    expect(page).toMatch(
      /<summit-map style="display: block"><div id="map" style="height: var\(--summit-map-height\)"><\/div><\/summit-map>\n<script>\nconst places = /,
    );
    const { features } = JSON.parse(readFileSync(placesFile, 'utf8')) as { features: { properties: { name: string } }[] };
    for (const { properties } of features) expect(page).toContain(JSON.stringify(properties.name));
  });

  it('fails loudly when the story page no longer loads the module into #story-map', () => {
    // The module's loader (scripts/vite-story-pages-first-view.ts) gone, its preload left.
    const without = storyPage.replace(/<script type="module"[^>]*>[^<]*<\/script>/, '');
    expect(() => writePages(folder, { placesFile, storyPage: without, scaleSizes: [] })).toThrow(/no longer loads summit-map\.js/);
  });
});
