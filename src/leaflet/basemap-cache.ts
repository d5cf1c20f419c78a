/**
 * Basemap files fetched once per page and shared by every map on it: a bounded cache of
 * in-flight and decoded files, keyed by URL (never by element, so nothing outlives its map).
 * A request is cancelled when every map that asked for it has given up (AbortSignal); a failed
 * request is forgotten, so a later view may try again.
 */
import { takePrefetched } from './basemap-prefetch';

const MAX_ENTRIES = 48; // the world file, the index and a few views' worth of detail tiles

interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

const entries = new Map<string, Entry>();

function forget(url: string, entry: Entry): void {
  if (entries.get(url) === entry) entries.delete(url);
}

/** Drops the least recently used decoded files beyond MAX_ENTRIES; requests in flight stay. */
function trim(): void {
  for (const [url, entry] of entries) {
    if (entries.size <= MAX_ENTRIES) return;
    if (entry.settled) entries.delete(url);
  }
}

function start<T>(url: string, parse: (json: unknown) => T): Entry {
  // A request the map started before this code arrived (basemap-prefetch.ts) is taken over.
  const early = takePrefetched(url);
  const controller = early?.controller ?? new AbortController();
  const entry: Entry = {
    controller,
    waiting: 0,
    settled: false,
    promise: (early?.response ?? fetch(url, { signal: controller.signal })).then(readJsonFile).then(parse),
  };
  entry.promise.then(
    () => {
      entry.settled = true;
    },
    () => forget(url, entry),
  );
  return entry;
}

/** The body as JSON; else what came instead, in words: a status, or a page (Vite's dev server answers a missing file with its HTML and 200). */
async function readJsonFile(response: Response): Promise<unknown> {
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  const text = await response.text();
  if (/html/.test(response.headers.get('content-type') ?? '') || /^\s*</.test(text))
    throw new Error('the server sent an HTML page, not a basemap file');
  return JSON.parse(text) as unknown;
}

const abortError = () => new DOMException('The basemap request was cancelled.', 'AbortError');

/** Fetches and parses `url` once for the page; `signal` withdraws this caller's interest. */
export function loadShared<T>(url: string, parse: (json: unknown) => T, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(abortError());
  let entry = entries.get(url);
  if (entry) entries.delete(url); // re-inserted below as the most recently used
  entry ??= start(url, parse);
  entries.set(url, entry);
  trim();
  const shared = entry;
  if (shared.settled) return shared.promise as Promise<T>;
  shared.waiting += 1;
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const finish = (): boolean => {
      if (done) return false;
      done = true;
      shared.waiting -= 1;
      signal.removeEventListener('abort', onAbort);
      return true;
    };
    const onAbort = () => {
      if (!finish()) return;
      if (shared.waiting === 0 && !shared.settled) {
        shared.controller.abort();
        forget(url, shared);
      }
      reject(abortError());
    };
    signal.addEventListener('abort', onAbort);
    shared.promise.then(
      (value) => finish() && resolve(value as T),
      (error: unknown) => finish() && reject(error instanceof Error ? error : new Error(String(error))),
    );
  });
}

/** For tests: how many files the page holds or is fetching. */
export function sharedCacheSize(): number {
  return entries.size;
}

export const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';
