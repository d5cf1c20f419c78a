import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LOAD_TIMEOUT_MS, loadJson } from './load-json';

/** One input of an element: given as an object, as a URL, or neither (then the fallback, if any). */
export interface JsonSource {
  value?: unknown;
  url?: string;
  fallback?: unknown;
  /** Words for messages, e.g. "places data". */
  what: string;
}

/**
 * Loads an element's JSON inputs: a newer load cancels an older one, a disconnect cancels the
 * load in flight (the element loads again when re-attached), and a slow server meets a timeout.
 * `loading` is true while anything is fetched over the network.
 */
export class JsonSourceController implements ReactiveController {
  loading = false;
  private readonly host: ReactiveControllerHost;
  private readonly timeoutMs: () => number;
  private abort?: AbortController;

  constructor(host: ReactiveControllerHost, timeoutMs: () => number = () => DEFAULT_LOAD_TIMEOUT_MS) {
    this.host = host;
    this.timeoutMs = timeoutMs;
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
    const fetched = sources.some((source) => source.value === undefined && source.url);
    this.setLoading(fetched);
    try {
      const values = await Promise.all(
        sources.map((source) =>
          source.value !== undefined
            ? source.value
            : source.url
              ? loadJson(source.url, abort.signal, source.what, this.timeoutMs())
              : source.fallback,
        ),
      );
      return abort.signal.aborted ? undefined : values;
    } catch (error) {
      if (abort.signal.aborted) return undefined;
      throw error;
    } finally {
      if (this.abort === abort) this.setLoading(false);
    }
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
}
