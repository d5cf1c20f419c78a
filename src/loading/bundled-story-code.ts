/**
 * Code the map fetches only when it needs it, each file once: the bundled story (a file beside the
 * module, parsed and checked when it was built, so a map given data never fetches it) and the
 * article's parser with the quote check (fetched with the first article of the map's own: the
 * bundled story and a map given `src` alone never load them). Once loaded they are also kept at
 * hand, so the element can take the bundled story within the update that first renders it.
 */
type ArticleCode = [typeof import('../model/article'), typeof import('../model/quotes')];
type BundledStory = typeof import('../data/default-story');
export type { ArticleCode, BundledStory };

let articleCode: Promise<ArticleCode> | undefined;
let bundledStory: Promise<BundledStory> | undefined;
let articleCodeLoaded: ArticleCode | undefined;
let bundledStoryLoaded: BundledStory | undefined;

export const loadArticleCode = (): Promise<ArticleCode> =>
  (articleCode ??= Promise.all([import('../model/article'), import('../model/quotes')]).then((code) => (articleCodeLoaded = code)));

export const loadBundledStory = (): Promise<BundledStory> =>
  (bundledStory ??= import('../data/default-story').then((story) => (bundledStoryLoaded = story)));

/** The article's code if it has loaded, else undefined (nothing is fetched). */
export const articleCodeAtHand = (): ArticleCode | undefined => articleCodeLoaded;

/** The bundled story if it has loaded, else undefined (nothing is fetched). */
export const bundledStoryAtHand = (): BundledStory | undefined => bundledStoryLoaded;

/**
 * Settles once the bundled story is in, if it was asked for and is not in yet (bundled-story-early.ts
 * asks as the drop-in module loads); undefined otherwise.
 */
export const bundledStoryArriving = (): Promise<unknown> | undefined =>
  bundledStoryLoaded ? undefined : bundledStory?.catch(() => undefined);
