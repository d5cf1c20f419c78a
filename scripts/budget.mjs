// The byte budget of summit-map, in one place (issue 8 item 2). Every size check and report
// imports it: tests/e2e/size.test.ts, the bench, and the basemap build and test.
// Unit: KB = 1000 bytes of gzip, compressed with node:zlib at its default level, each file on
// its own, as a web server would send it.
import { gzipSync } from 'node:zlib';

export const KB = 1000;

export const BUDGET_KB = Object.freeze({
  /**
   * Library code (Lit, Leaflet, our code and CSS; no story data, no basemap files) that a bare
   * map loads for its first view. The drop-in module fetches the rest (the companions, large-data
   * code, the outcome layer) from files beside it only when a page needs them.
   */
  library: 70,
  /** The story's first view: library, places, article and the basemap it first shows. */
  firstView: 150,
});

/**
 * All of the library's code, loaded or not (workers apart): it has no target of its own, but
 * tests/e2e/size.test.ts keeps it from growing. 98 KB until issue 19 and the editor; raised to
 * 105 KB (104.1 KB measured on 6 December) because the integrated features are code that loads
 * only when used (the place editor's edit handler, online tiles, clustering, the framing at any
 * scale), and because taking the bundled story and the article's checks out of the first view
 * makes them chunks of their own, each repeating its imports (about 0.8 KB). None of it is in a
 * bare map's first view, which has its own limit below. Raised to 105.3 KB (105.2 KB measured) by
 * the basemap's detail levels (see shippedFirstView).
 */
export const LIBRARY_CEILING_KB = Object.freeze({
  all: 105.3,
  /**
   * The library's first view as shipped (issue 17's measure: dist/summit-map.js as built, on a
   * page with one `<summit-map src>`, plus every script it fetches until markers and basemap
   * show, and the network has been quiet for 500 ms). Its target is BUDGET_KB.library (70 KB),
   * not met: 75.2 KB on 6 December, after the integration of framing at any scale, the editor's
   * `editable` hook and the pre-rendered first view's hand-over (83.2 KB before the bundled story
   * became a file of its own, fetched only without `src`, the article's checks came with the first
   * article, and the inset's land became a basemap file fetched after the first paint). Since the
   * measure counts what loads by itself after the first paint, only code loaded on a reader's
   * first action could leave it: keyboard, touch, fan-out, print, popups and full screen are about
   * 3.4 KB in all, short of the 5.2 KB needed. Held here so that it does not grow. Raised from 75.5
   * to 75.6 (75.59 measured) by the basemap's detail levels (issue 19): choosing the level of a zoom,
   * the index's tile bitmaps, the names as a file of their own and the world file fetched only below
   * detail are 0.33 KB of the basemap's code, which took 185 KB of data out of the story page's
   * first view.
   */
  shippedFirstView: 75.6,
});

// The story page's first view meets its target (BUDGET_KB.firstView) again: 141.9 KB on 6 December
// (326.6 KB before). Framing at any scale opens the desktop story page at about zoom 6 on the three
// Vietnamese venues; from zoom 5 the offline basemap now draws lighter detail levels (Natural Earth
// 1:10m simplified to half a pixel for zooms 5 to 6 and 6 to 7, 25.5 KB for that view instead of
// 175 KB of 1:10m tiles) and no world file (its names are labels.json, 5 KB): docs/performance.md.
// No ceiling is held above the target any more; tests/e2e/size.test.ts enforces 150 KB.

/** What the first view leaves for data (places, article, the first basemap file): 80 KB. */
export const FIRST_VIEW_DATA_KB = BUDGET_KB.firstView - BUDGET_KB.library;

/** Gzip size in bytes of a buffer or string. */
export function gzipBytes(content) {
  return gzipSync(typeof content === 'string' ? Buffer.from(content) : content).length;
}

/** "12.3 KB" for a byte count. */
export function formatKB(bytes) {
  return `${(bytes / KB).toFixed(1)} KB`;
}
