import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkFeatureCount, DEFAULT_LOAD_TIMEOUT_MS, loadJsonBytes, parseJsonBytes, PLACES_PER_SLICE } from '../loading/load-json';
import type { ParsedStoryInput } from '../loading/parsed-story-input';

// Large data only: its code (a worker's start, the slices) is fetched when first needed.
const largeData = () => import('../loading/parse-in-worker');

/**
 * Places files larger than this (about 25,000 places) are parsed and validated in a worker;
 * smaller ones on the page in slices, which is sooner than starting a worker for them.
 */
export const WORKER_MIN_BYTES = 4_000_000;

/** Whether a places dataset is large enough to be validated in slices, so as not to freeze the page. */
function isSliced(json: unknown): boolean {
  const features = (json as { features?: unknown } | null)?.features;
  return Array.isArray(features) && features.length > PLACES_PER_SLICE;
}

/** One input of an element: given as an object, as a URL, or neither (then the fallback, if any). */
export interface JsonSource {
  value?: unknown;
  url?: string;
  fallback?: unknown;
  /** Words for messages, e.g. "places data". */
  what: string;
  /**
   * A places dataset: a large one is validated here without freezing the page (in a worker, or
   * in slices) and comes back as a `ParsedStoryInput`; a small one comes back as JSON, as others do.
   */
  story?: boolean;
}

/** Whether a source is fetched: given as a URL only. */
const isFetched = (source: JsonSource): boolean => source.value === undefined && !!source.url;
/** A source that is not fetched: its value, or else its fallback. */
const given = (source: JsonSource): unknown => (source.value === undefined ? source.fallback : source.value);

/**
 * Loads an element's JSON inputs: a newer load cancels an older one, a disconnect cancels the
 * load in flight (the element loads again when re-attached), and a slow server meets a timeout.
 * `loading` is true while anything is fetched over the network.
 */
export class JsonSourceController implements ReactiveController {
  loading = false;
  private readonly host: ReactiveControllerHost;
  private readonly timeoutMs: () => number;
  private readonly onLargeStory: () => void;
  private abort?: AbortController;

  /**
   * @param onLargeStory a places dataset too large to validate at once is on its way (code it
   *   needs after can be fetched meanwhile)
   */
  constructor(host: ReactiveControllerHost, timeoutMs: () => number = () => DEFAULT_LOAD_TIMEOUT_MS, onLargeStory: () => void = () => {}) {
    this.host = host;
    this.timeoutMs = timeoutMs;
    this.onLargeStory = onLargeStory;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /**
   * Each source's JSON, in order; undefined when a newer load or a disconnect superseded this one.
   * Rejects with an Error whose message a reader understands.
   */
  async load(sources: readonly JsonSource[]): Promise<unknown[] | undefined> {
    this.cancel();
    const abort = (this.abort = new AbortController());
    this.setLoading(sources.some(isFetched));
    try {
      const values = await Promise.all(sources.map((source) => this.loadOne(source, abort.signal)));
      return abort.signal.aborted ? undefined : values;
    } catch (error) {
      if (abort.signal.aborted) return undefined;
      throw error;
    } finally {
      if (this.abort === abort) this.setLoading(false);
    }
  }

  private async loadOne(source: JsonSource, signal: AbortSignal): Promise<unknown> {
    if (!isFetched(source)) return source.story && source.value !== undefined ? this.storyInput(source.value, source.what) : given(source);
    const bytes = await loadJsonBytes(source.url!, signal, source.what, this.timeoutMs());
    if (source.story && bytes.byteLength > WORKER_MIN_BYTES) {
      this.onLargeStory();
      return (await largeData()).parseStoryBytes(bytes, signal, source.what, source.url!);
    }
    const json = parseJsonBytes(bytes, source.what, source.url!);
    return source.story ? this.storyInput(json, source.what, source.url) : json;
  }

  /**
   * Each source's JSON at once, when none is fetched and no places dataset is large enough to be
   * validated in slices (nor too large to show, which is larger still); then a load in flight is
   * cancelled, as `load` would. Otherwise undefined, and nothing changes: call `load`.
   */
  takeAtHand(sources: readonly JsonSource[]): unknown[] | undefined {
    if (sources.some(isFetched)) return undefined;
    if (sources.some((source) => source.story && isSliced(given(source)))) return undefined;
    this.cancel();
    return sources.map(given);
  }

  /** Stops the load in flight, if any; its promise resolves undefined. */
  cancel(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.setLoading(false);
  }

  private setLoading(loading: boolean): void {
    if (this.loading === loading) return;
    this.loading = loading;
    this.host.requestUpdate();
  }

  /** A places dataset as given: small ones as they are (parsed by the element), large ones validated in slices. */
  private storyInput(json: unknown, what: string, url = ''): unknown | Promise<ParsedStoryInput> {
    checkFeatureCount(json, what, url);
    if (!isSliced(json)) return json;
    this.onLargeStory();
    return largeData().then((code) => code.parseOnPage(json, what, url));
  }
}
