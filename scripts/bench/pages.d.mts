/** Paths of the pages the bench serves (see pages.mjs). */
export const PAGES: {
  story: string;
  embed: string;
  reference: string;
  storyPageReference: string;
  scaleOurs: (count: number) => string;
  scaleReference: (count: number) => string;
};

/**
 * Writes every page and data file into `folder`: `storyPage` is the built story page's HTML (the
 * same-page reference is made from it); scale files only for the given sizes.
 */
export function writePages(folder: string, options: { placesFile: string; storyPage: string; scaleSizes: readonly number[] }): void;
