/** 1000: budgets are in KB of gzip. */
export declare const KB: number;
/** Library code of a bare map's first view, and the story's first view, in KB of gzip. */
export declare const BUDGET_KB: Readonly<{ library: number; firstView: number }>;
/** What the size test enforces for all of the library's code (workers apart), which has no target of its own. */
export declare const LIBRARY_CEILING_KB: Readonly<{ all: number }>;
/** First view minus library: room for places, article and the first basemap file, in KB of gzip. */
export declare const FIRST_VIEW_DATA_KB: number;
/** Gzip size in bytes (node:zlib default level). */
export declare function gzipBytes(content: Uint8Array | string): number;
/** "12.3 KB" for a byte count. */
export declare function formatKB(bytes: number): string;
