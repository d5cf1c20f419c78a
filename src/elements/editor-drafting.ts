/**
 * The editor's way to the draft model (reading an article, the gazetteer, the draft) and the
 * gazetteer's search: loaded on first use, as the gazetteer is large and an editor opening a
 * finished story never needs it.
 */
import type { Json } from '../model/json-guards';
import type { PlaceCandidate, StoryFiles } from '../model/story-edits';

export interface Drafting {
  /** The story drafted from an article's text or HTML, or a plain message why there is none. */
  draft: (text: string) => StoryFiles | string;
  /** Places in the gazetteer called `query`, best first. */
  search: (query: string) => PlaceCandidate[];
}

export async function loadDrafting(_gazetteerSrc: string): Promise<Drafting> {
  await Promise.resolve();
  throw new Error('the draft model is not part of this build yet');
}

export type { Json };
