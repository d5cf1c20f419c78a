/**
 * The editor's way to the draft model: reading an article's text, the offline gazetteer, the
 * draft, and the gazetteer's search. The gazetteer (a few MB) is fetched on first use only: an
 * editor opening a finished story never needs it.
 */
import { loadGazetteer, GAZETTEER_FILE } from '../gazetteer/load';
import { draftStory } from '../model/draft/draft-story';
import { nonLatinScript } from '../model/draft/input-checks';
import { readArticle } from '../model/draft/read-article';
import { searchGazetteer } from '../model/gazetteer/search';
import type { Gazetteer } from '../model/gazetteer/types';
import type { Json } from '../model/json-guards';
import type { PlaceCandidate, StoryFiles } from '../model/story-edits';
import type { Problem } from '../model/types';

/** What an article's text gives: the drafted story, or the plain message why there is none; notices about what was read. */
export type Drafted = { files: StoryFiles; notices: string[] } | { message: string };

/**
 * The gazetteer beside the editor's module (dist/summit-map-gazetteer/, which the package ships);
 * under `npm start` the repository's copy.
 */
export function defaultGazetteerUrl(): URL {
  // Through a variable: Vite would take `new URL('…', import.meta.url)` for an asset of the build.
  const module = import.meta.url;
  return import.meta.env.DEV
    ? new URL(`/geo/gazetteer/${GAZETTEER_FILE}`, location.href)
    : new URL(`./summit-map-gazetteer/${GAZETTEER_FILE}`, module);
}

export class Drafting {
  private gazetteer?: Promise<Gazetteer>;

  constructor(private readonly url: () => string) {}

  /** Reads the article (nothing in it runs: HTML is read as text), then drafts its places. */
  async draft(text: string): Promise<Drafted> {
    const read = readArticle(text);
    const messages = (problems: readonly Problem[]) => problems.map((problem) => problem.message);
    if (!read.article) return { message: messages(read.problems).join(' ') || 'The article could not be read.' };
    const gazetteer = await this.load();
    const { places } = draftStory(read.article, gazetteer);
    if (places.features.length === 0 && places.draft.unresolved.length === 0) {
      const script = nonLatinScript(read.article.paragraphs.join(' '));
      return {
        message: script
          ? `No place was found: the article is mostly in ${script}, and the gazetteer knows place names in Latin letters. Add places by searching for their English names after opening a story.`
          : 'No place was found in this article, so there is nothing to map. Is it the article you meant?',
      };
    }
    return { files: { article: read.article as unknown as Json, places: places as unknown as Json }, notices: messages(read.problems) };
  }

  /** Places in the gazetteer called `query` (or starting so), best first. */
  async search(query: string): Promise<PlaceCandidate[]> {
    return searchGazetteer(await this.load(), query);
  }

  /** Starts fetching the gazetteer ahead of a draft or search (the author is about to paste or search). */
  prepare(): void {
    this.load().catch(() => undefined);
  }

  private load(): Promise<Gazetteer> {
    if (!this.gazetteer) {
      this.gazetteer = loadGazetteer(this.url() || defaultGazetteerUrl());
      // A failed load is tried again next time.
      this.gazetteer.catch(() => (this.gazetteer = undefined));
    }
    return this.gazetteer;
  }
}
