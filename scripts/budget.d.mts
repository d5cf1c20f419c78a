/** 1000: budgets are in KB of gzip. */
export declare const KB: number;
/** Library code of a bare map's first view, and the story's first view, in KB of gzip. */
export declare const BUDGET_KB: Readonly<{ library: number; firstView: number }>;
/** What the size test enforces for the library today: a bare map's first view, and all its code (workers apart). */
export declare const LIBRARY_CEILING_KB: Readonly<{ firstView: number; all: number }>;
/** First view minus library: room for places, article and the first basemap file, in KB of gzip. */
export declare const FIRST_VIEW_DATA_KB: number;
/** Gzip size in bytes (node:zlib default level). */
export declare function gzipBytes(content: Uint8Array | string): number;
/** "12.3 KB" for a byte count. */
export declare function formatKB(bytes: number): string;
