import type { ReactiveControllerHost } from 'lit';
import { kindOf, loadAreaCode } from '../model/geometry';
import type { Mention } from '../model/mentions';
import type { Outcome } from '../model/outcome';
import { emptyStory, parseStory } from '../model/story';
import type { Article, Problem, Story } from '../model/types';
import { problemFrom } from '../elements/error-reporter';
import { nextPaint } from '../dom/after-paint';
import { JsonSourceController, type JsonSource } from './json-source';
import { ParsedStoryInput } from '../loading/parsed-story-input';
import { articleCodeAtHand, bundledStoryAtHand, loadArticleCode, loadBundledStory, type ArticleCode } from '../loading/bundled-story-code';

/** What the map was given: each input as an object, a URL, or neither (the bundled story). */
export interface StoryInputs {
  places?: unknown;
  src: string;
  article?: unknown;
  articleSrc: string;
  outcome?: unknown;
  outcomeSrc: string;
  loadTimeout: number;
}

export interface StoryDataCallbacks {
  inputs: () => StoryInputs;
  /** New places (and article) were accepted: draw them. */
  onStory: () => void;
  /** The outcome layer changed (or went). */
  onOutcome: () => void;
  /**
   * Something was rejected or did not load (problems may be empty: then nothing is reported).
   * `forReaders: false`: a problem for the page's author only (no note on the map).
   */
  report: (summary: string, problems: readonly Problem[], forReaders?: boolean) => void;
  /** A places dataset too large to validate at once is on its way: code it needs after can be fetched meanwhile. */
  onLargeStory?: () => void;
}

/**
 * The story a map shows (a reactive controller's helper, holding two loaders): loads its places, article and outcome layer ("What happened next"),
 * validates them, checks the quotes against the article and keeps what is valid. Data rejected in
 * full leaves the story shown before; a newer input wins over an older, slower one.
 */
export class StoryDataController {
  /** The validated places and roles (empty until data is accepted). */
  story: Story = emptyStory();
  article?: Article;
  outcome?: Outcome;
  private readonly host: ReactiveControllerHost;
  private readonly callbacks: StoryDataCallbacks;
  private readonly storySource: JsonSourceController;
  private readonly outcomeSource: JsonSourceController;
  private mentionsFound?: Mention[];
  /** The mention finder's code (model/mentions.ts), fetched for maps whose popups cite paragraphs. */
  private mentionCode?: Promise<unknown>;
  private mentionFinder?: typeof import('../model/mentions');
  /** Counts loads of the story, so that data waiting for its areas' code is not taken once a newer load began. */
  private generation = 0;

  constructor(host: ReactiveControllerHost, callbacks: StoryDataCallbacks) {
    this.host = host;
    this.callbacks = callbacks;
    this.storySource = new JsonSourceController(host, () => callbacks.inputs().loadTimeout, callbacks.onLargeStory);
    // Its two loaders are the host's controllers: a disconnect cancels what they fetch.
    this.outcomeSource = new JsonSourceController(host, () => callbacks.inputs().loadTimeout);
  }

  /** True while places or the article are fetched over the network. */
  get loading(): boolean {
    return this.storySource.loading;
  }

  /**
   * The paragraphs of the article that mention a place, for the popups' links: found when first
   * asked, none until the finder's code has loaded (see prepareMentions).
   */
  paragraphsMentioning(placeId: string): number[] {
    const finder = this.mentionFinder;
    if (!finder) {
      void this.prepareMentions();
      return [];
    }
    const paragraphs = this.article?.paragraphs ?? [];
    // The linked <summit-article> reports mention problems; here they only feed the popups' links.
    this.mentionsFound ??= paragraphs.length ? finder.findMentions(paragraphs, this.story.places).mentions : [];
    return finder.paragraphsMentioning(this.mentionsFound, placeId);
  }

  /** Fetches the mention finder's code, once: a map without paragraph links never loads it. */
  prepareMentions(): Promise<unknown> {
    // Not found beside the module: the popups go without paragraph links.
    this.mentionCode ??= import('../model/mentions').then(
      (code) => (this.mentionFinder = code),
      () => undefined,
    );
    return this.mentionCode;
  }

  /** Settles when the latest load of the story has been taken or turned down. */
  private storySettled: Promise<void> = Promise.resolve();

  loadStory(): Promise<void> {
    this.storySettled = this.loadStoryNow();
    return this.storySettled;
  }

  private async loadStoryNow(): Promise<void> {
    this.generation += 1;
    const generation = this.generation;
    const inputs = this.callbacks.inputs();
    const bundled = inputs.places === undefined && !inputs.src;
    const ownArticle = inputs.article !== undefined || !!inputs.articleSrc;
    // Fetched side by side with the data that needs it.
    if (ownArticle) void loadArticleCode().catch(() => undefined);
    try {
      // At hand when the element's first update waited for it (SummitMap.scheduleUpdate): taken
      // within this update then, so the first render already shows the markers.
      const fallback = bundled
        ? (bundledStoryAtHand() ??
          (await loadBundledStory().catch((error: unknown) => {
            throw new Error(
              `The bundled story's file did not load (${String(error)}). Copy the summit-map-*.js files beside summit-map.js, or give the map its own data with src.`,
            );
          })))
        : undefined;
      if (generation !== this.generation) return;
      // The bundled story with its article was checked when it was built: taken as it is.
      if (fallback && !ownArticle) {
        this.storySource.cancel();
        return this.take(fallback.bundledStory, fallback.bundledArticle, [], true);
      }
      const sources: JsonSource[] = [
        {
          value: inputs.places,
          url: inputs.src,
          fallback: fallback && new ParsedStoryInput({ value: fallback.bundledStory, problems: [] }),
          what: 'places data',
          story: true,
        },
        { value: inputs.article, url: inputs.articleSrc, what: 'article' },
      ];
      // Nothing to fetch or slice: accepted now, within the caller's task (the element's update).
      const atHand = this.storySource.takeAtHand(sources);
      const loaded = atHand ?? (await this.storySource.load(sources));
      if (loaded) await this.accept(loaded[0], loaded[1]);
    } catch (error) {
      this.callbacks.report('The map data could not be loaded.', [problemFrom(error)]);
    }
  }

  async loadOutcome(): Promise<void> {
    // Not part of the first view: even starting its request would hold back the markers' paint.
    await nextPaint();
    const inputs = this.callbacks.inputs();
    const bundled = inputs.places === undefined && !inputs.src;
    const what = '"what happened next" data';
    try {
      // The bundled story's outcome is a file of its own, fetched after the markers' code.
      const fallback = bundled ? (await import('../data/default-outcome')).defaultOutcome : undefined;
      const loaded = await this.outcomeSource.load([{ value: inputs.outcome, url: inputs.outcomeSrc, fallback, what }]);
      if (!loaded) return;
      // Its parser comes with the first outcome data: a map given none never loads it.
      const { value, problems } =
        loaded[0] === undefined ? { value: undefined, problems: [] } : (await import('../model/outcome')).parseOutcome(loaded[0]);
      if (value || loaded[0] === undefined) this.outcome = value;
      this.host.requestUpdate();
      this.callbacks.onOutcome();
      await this.afterStory();
      this.callbacks.report('Some of the "what happened next" data was left out.', problems);
    } catch (error) {
      await this.afterStory();
      this.callbacks.report('The "what happened next" data could not be loaded.', [problemFrom(error)]);
    }
  }

  /** Once the story in hand is taken: taking new data clears the note, which must not take the outcome's with it. */
  private afterStory(): Promise<void> {
    return this.storySettled.catch(() => undefined);
  }

  private async accept(placesInput: unknown, articleInput: unknown): Promise<void> {
    // Without an article this runs to its end within the caller's task (before the element's first render).
    if (articleInput === undefined) return this.check(placesInput, undefined);
    const generation = this.generation;
    let code: ArticleCode;
    try {
      code = articleCodeAtHand() ?? (await loadArticleCode());
    } catch (error) {
      if (generation !== this.generation) return;
      // The places are still worth showing: without the article, and saying why.
      this.callbacks.report('The article could not be read; the map shows the places without it.', [problemFrom(error)]);
      return this.check(placesInput, undefined);
    }
    if (generation === this.generation) return this.check(placesInput, articleInput, code);
  }

  /** Validates the places, and the article and its quotes when there is one (`code`: their checks). */
  private check(placesInput: unknown, articleInput: unknown, code?: ArticleCode): Promise<void> | undefined {
    const parsedArticle = articleInput === undefined || !code ? undefined : code[0].parseArticle(articleInput);
    const parsedStory = placesInput instanceof ParsedStoryInput ? placesInput.parsed : parseStory(placesInput);
    const checked = code ? code[1].verifyQuotes(parsedStory.value, parsedArticle?.value) : { value: parsedStory.value, problems: [] };
    const problems: Problem[] = [...(parsedArticle?.problems ?? []), ...parsedStory.problems, ...checked.problems];
    if (checked.value.places.length === 0) {
      // Rejected in full: keep whatever was already on the map.
      this.callbacks.report('No place in the new data could be shown; the map keeps what it showed before.', problems);
      return undefined;
    }
    // Areas are anchored by code fetched with the first data that has them (a newer load wins the wait).
    const areaCode = checked.value.places.some((place) => kindOf(place) === 'area') ? loadAreaCode() : undefined;
    if (!areaCode) {
      this.take(checked.value, parsedArticle?.value, problems);
      return undefined;
    }
    const generation = this.generation;
    return areaCode.then(
      () => {
        if (generation === this.generation) this.take(checked.value, parsedArticle?.value, problems);
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        this.callbacks.report('The areas in the new data could not be drawn; the map keeps what it showed before.', [problemFrom(error)]);
      },
    );
  }

  /** `bundled`: the story that comes with the module, whose mentions its tests check (nothing to look up at run time). */
  private take(story: Story, article: Article | undefined, problems: readonly Problem[], bundled = false): void {
    this.story = story;
    this.article = article;
    this.mentionsFound = undefined;
    this.host.requestUpdate();
    this.callbacks.onStory();
    this.callbacks.report('Some of the map data was left out.', problems);
    if (!bundled && article?.paragraphs.length) void this.checkMentions(story, article);
  }

  /**
   * A place name or alias that matches nothing in the article is the author's to know (console
   * and summit-error, whether or not a <summit-article> shows the article), not the readers'.
   * Found after the first paint, with the finder's code fetched then.
   */
  private async checkMentions(story: Story, article: Article): Promise<void> {
    await nextPaint();
    await this.prepareMentions();
    const finder = this.mentionFinder;
    if (!finder || this.story !== story || this.article !== article) return;
    const { mentions, problems } = finder.findMentions(article.paragraphs, story.places);
    this.mentionsFound ??= mentions;
    this.callbacks.report('Some place names were not found in the article.', problems, false);
  }
}
