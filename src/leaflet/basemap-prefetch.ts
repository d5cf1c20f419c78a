/**
 * The request for the basemap's names, started as a map is created, before the basemap's code (a
 * file of its own, fetched beside the module) has arrived to read them, so that they do not wait for
 * that code.
 * The basemap cache (basemap-cache.ts) takes a request over; a request nobody took is cancelled
 * when every map that started it has given up.
 */
/** The basemap's land below detail, in its folder (basemap-src). */
export const WORLD_FILE = 'world.json';
/** The basemap's names, at every zoom. */
export const LABELS_FILE = 'labels.json';

interface Prefetch {
  response: Promise<Response>;
  controller: AbortController;
  waiting: number;
}

const started = new Map<string, Prefetch>();

/** Starts fetching `url` unless it is on its way; returns the function that withdraws this caller's interest. */
export function prefetch(url: string): () => void {
  let entry = started.get(url);
  if (!entry) {
    const controller = new AbortController();
    const response = fetch(url, { signal: controller.signal });
    // Whoever takes it over handles a failure; a cancelled prefetch is nobody's error.
    response.catch(() => undefined);
    entry = { response, controller, waiting: 0 };
    started.set(url, entry);
  }
  const mine = entry;
  mine.waiting += 1;
  let withdrawn = false;
  return () => {
    if (withdrawn) return;
    withdrawn = true;
    mine.waiting -= 1;
    if (mine.waiting === 0 && started.get(url) === mine) {
      started.delete(url);
      mine.controller.abort();
    }
  };
}

/** The request for `url` started by `prefetch`, handed over once (with its controller), if any. */
export function takePrefetched(url: string): { response: Promise<Response>; controller: AbortController } | undefined {
  const entry = started.get(url);
  started.delete(url);
  return entry;
}
