import type { Browser } from 'playwright';

export interface FileBytes {
  file: string;
  raw: number;
  gzip: number;
}
export interface ResponseBytes {
  path: string;
  raw: number;
  gzip: number;
}
/** The repository root (ends with a path separator). */
export declare const ROOT: string;
/**
 * The drop-in module rebuilt with every geo/ data file empty: gzip of its .js and .css files, all
 * of them (workers apart), and, given a browser, those a bare map loads for its first view.
 */
export declare function measureLibraryAlone(browser?: Browser): Promise<{
  gzip: number;
  files: FileBytes[];
  workersGzip: number;
  workers: FileBytes[];
  firstView?: { gzip: number; files: ResponseBytes[] };
}>;
export declare function fileSize(path: string): { raw: number; gzip: number };
/** Plain Leaflet 1.9.4: leaflet.js + leaflet.css. */
export declare function leafletSize(): { raw: number; gzip: number };
/** Every same-origin response of a page until its markers and basemap show and the network idles. */
export declare function measureFirstView(
  browser: Browser,
  url: string,
  options: { markerSelector: string; markerCount: number; timeout?: number },
): Promise<{ gzip: number; raw: number; files: ResponseBytes[] }>;
/** The shipped drop-in module's first view on a page with one `<summit-map src>`: every script and stylesheet until markers and basemap show. */
export declare function measureShippedFirstView(browser: Browser, dist?: string): Promise<{ gzip: number; files: ResponseBytes[] }>;
