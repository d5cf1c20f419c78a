/**
 * Where the prepared basemap (world file and detail tiles) is fetched from by default: a folder
 * next to the running module, so one script tag (or one copied folder) is all an embedder needs.
 * - dev server and tests: the repository's geo/basemap/, two folders up from this file;
 * - built: dist/summit-map-basemap/, which vite.config.ts copies there and names per build
 *   (`./summit-map-basemap/` beside dist/summit-map.js, `../summit-map-basemap/` from dist/assets/).
 * The element's `basemap-src` attribute overrides it.
 */
declare const __SUMMIT_MAP_BASEMAP_PATH__: string | undefined;

// Not a string literal inside `new URL(…, import.meta.url)`, neither here nor in the built
// modules: Vite would try to bundle the folder as an asset (lib mode would inline it as a data
// URL), and every user's Vite build would warn that `../summit-map-basemap/` "doesn't exist at
// build time". A property read is what the builds do not fold back into a literal.
const folder = { path: typeof __SUMMIT_MAP_BASEMAP_PATH__ === 'string' ? __SUMMIT_MAP_BASEMAP_PATH__ : '../../geo/basemap/' };

export const defaultBasemapBase: URL = new URL(folder.path, import.meta.url);
