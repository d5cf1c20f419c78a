/**
 * The files a map shown without data of its own needs, each fetched once: the bundled story (a
 * file beside the module, so a map given data never fetches it) and the article's parser with the
 * quote check (fetched with the first article: a map given `src` alone never loads them). Once
 * loaded they are also kept at hand, so the element can take the bundled story within the update
 * that first renders it, as it did when the story was inside the module.
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
 * Settles once the bundled story and the article's code are in, if they were asked for and are
 * not in yet (bundled-story-early.ts asks as the drop-in module loads); undefined otherwise.
 */
export function bundledStoryArriving(): Promise<unknown> | undefined {
  if (!bundledStory || !articleCode || (bundledStoryLoaded && articleCodeLoaded)) return undefined;
  return Promise.allSettled([bundledStory, articleCode]);
}
