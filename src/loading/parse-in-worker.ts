/**
 * Parses a large places file without freezing the page: in a module worker, the story coming
 * back in chunks each handled in its own short task; on the page in slices when no worker can
 * start (an old browser, a Content-Security-Policy or Trusted Types forbidding it, the script
 * served from another origin than the page).
 */
import { parseStory } from '../model/story';
import type { Problem, Story } from '../model/types';
import { checkFeatureCount, parseJsonBytes } from './load-json';
import { parseStoryInSlices } from './story-slices';
import { ParsedStoryInput } from './parsed-story-input';
import { decodePlaces, type PlacesChunk } from './story-transfer';
import { startWorker } from '../dom/start-worker';

export interface ParseRequest {
  bytes: ArrayBuffer;
  what: string;
  url: string;
}

export type ParseReply =
  | { kind: 'head'; head: Omit<Story, 'places'>; problems: string; chunks: number }
  | { kind: 'chunk'; chunk: PlacesChunk }
  | { kind: 'error'; message: string };

const startParseWorker = () =>
  startWorker(() => new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module', name: 'summit-map parse' }));

/** Parses and validates JSON bytes as a places dataset; rejects with the reader's sentence, or with `signal`'s reason. */
export async function parseStoryBytes(bytes: ArrayBuffer, signal: AbortSignal, what: string, url: string): Promise<ParsedStoryInput> {
  const worker = startParseWorker();
  const inWorker = worker ? await parseWith(worker, bytes, signal, what, url) : undefined;
  if (inWorker) return inWorker;
  signal.throwIfAborted();
  return parseOnPage(parseJsonBytes(bytes, what, url), what, url);
}

/** Validates a parsed dataset on the page, in slices. */
export async function parseOnPage(json: unknown, what: string, url = ''): Promise<ParsedStoryInput> {
  checkFeatureCount(json, what, url);
  const features = (json as { features?: unknown } | null)?.features;
  if (!Array.isArray(features)) return new ParsedStoryInput(parseStory(json));
  return new ParsedStoryInput(await parseStoryInSlices(json as { features: unknown[] }));
}

/** The parsed story, or undefined when the worker failed to start (then the page parses). */
function parseWith(
  worker: Worker,
  bytes: ArrayBuffer,
  signal: AbortSignal,
  what: string,
  url: string,
): Promise<ParsedStoryInput | undefined> {
  return new Promise((resolve, reject) => {
    let head: Extract<ParseReply, { kind: 'head' }> | undefined;
    const places: Story['places'] = [];
    let chunks = 0;
    const finish = () => {
      worker.terminate();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort);
    worker.addEventListener('error', () => {
      finish();
      resolve(undefined);
    });
    worker.addEventListener('message', (event: MessageEvent<ParseReply>) => {
      const message = event.data;
      if (message.kind === 'error') {
        finish();
        reject(new Error(message.message));
        return;
      }
      if (message.kind === 'head') head = message;
      else for (const place of decodePlaces(message.chunk)) places.push(place);
      if (message.kind === 'chunk') chunks++;
      if (!head || chunks < head.chunks) return;
      finish();
      resolve(new ParsedStoryInput({ value: { ...head.head, places }, problems: JSON.parse(head.problems) as Problem[] }));
    });
    // Copied, not transferred: if the worker fails to start, the page still has the bytes.
    worker.postMessage({ bytes, what, url } satisfies ParseRequest);
  });
}
