/** dist/custom-elements.json, absolute. */
export declare const MANIFEST: string;
/** docs/api.md, absolute. */
export declare const API_PAGE: string;
/** docs/api.md's Markdown for a Custom Elements Manifest, Prettier-formatted. */
export declare function apiPage(manifest: unknown): Promise<string>;
