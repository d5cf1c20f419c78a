/**
 * Where the prepared basemap (world file and detail tiles) is fetched from by default: a folder
 * next to the running module, so one script tag (or one copied folder) is all an embedder needs.
 * - dev server and tests: the repository's geo/basemap/, two folders up from this file;
 * - built: dist/summit-map-basemap/, which vite.config.ts copies there and names per build
 *   (`./summit-map-basemap/` beside dist/summit-map.js, `../summit-map-basemap/` from dist/assets/).
 * The element's `basemap-src` attribute overrides it.
 */
declare const __SUMMIT_MAP_BASEMAP_PATH__: string | undefined;

// A variable, not a string literal, inside `new URL()`: Vite would otherwise try to bundle the
// folder as an asset (and lib mode would inline it as a data URL).
const path = typeof __SUMMIT_MAP_BASEMAP_PATH__ === 'string' ? __SUMMIT_MAP_BASEMAP_PATH__ : '../../geo/basemap/';

export const defaultBasemapBase: URL = new URL(path, import.meta.url);
