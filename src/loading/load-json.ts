/** Fetches JSON for an element, turning every failure into a sentence a reader understands. */

/** How long a load may take by default before the element gives up (ms). */
export const DEFAULT_LOAD_TIMEOUT_MS = 15_000;
/** Larger files are refused rather than frozen on: the page must keep answering. */
export const MAX_JSON_BYTES = 50_000_000;
/** Datasets with more features are refused: beyond this a browser tab runs short of memory and time. */
export const MAX_FEATURES = 500_000;
/** Places validated per slice (one short task) when a large dataset is validated on the page. */
export const PLACES_PER_SLICE = 5_000;

const megabytes = (bytes: number) => `${Math.round(bytes / 1_000_000)} MB`;

/** Words naming where data came from: "at <url>" or nothing for data given as an object. */
const from = (url: string) => (url ? ` at ${url}` : '');

/** Throws the reader's sentence when a dataset has more features than the map shows. */
export function checkFeatureCount(json: unknown, what: string, url = ''): void {
  const features = (json as { features?: unknown } | null)?.features;
  if (!Array.isArray(features) || features.length <= MAX_FEATURES) return;
  throw new Error(
    `The ${what}${from(url)} has ${features.length.toLocaleString('en')} features; this map shows at most ${MAX_FEATURES.toLocaleString('en')}.`,
  );
}

/** Parses fetched bytes as JSON, or throws the reader's sentence. */
export function parseJsonBytes(bytes: ArrayBuffer, what: string, url: string): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch (error) {
    throw new Error(`The ${what}${from(url)} is not valid JSON.`, { cause: error });
  }
}

/**
 * @param signal aborts the load silently (a newer load or a disconnect): the promise rejects with the abort reason
 * @param timeoutMs after this the load fails with a plain-language message
 */
export async function loadJson(url: string, signal: AbortSignal, what: string, timeoutMs = DEFAULT_LOAD_TIMEOUT_MS): Promise<unknown> {
  const bytes = await loadJsonBytes(url, signal, what, timeoutMs);
  return parseJsonBytes(bytes, what, url);
}

/** The body of a JSON file, unparsed (so a worker can parse it), within the size limit. */
export async function loadJsonBytes(
  url: string,
  signal: AbortSignal,
  what: string,
  timeoutMs = DEFAULT_LOAD_TIMEOUT_MS,
): Promise<ArrayBuffer> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = AbortSignal.any([signal, timeout]);
  const fail = (message: string, cause?: unknown): never => {
    if (signal.aborted) throw signal.reason;
    throw new Error(message, { cause });
  };
  const seconds = Number((timeoutMs / 1000).toFixed(1));
  const timedOut = () => `The ${what} at ${url} did not arrive within ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`;
  let response: Response;
  try {
    response = await fetch(url, { signal: combined, credentials: 'same-origin' });
  } catch (error) {
    return fail(timeout.aborted ? timedOut() : `The ${what} at ${url} could not be reached.`, error);
  }
  if (!response.ok) return fail(`The ${what} at ${url} could not be loaded (HTTP ${response.status}).`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  const tooLarge = () => `The ${what} at ${url} is larger than ${megabytes(MAX_JSON_BYTES)}, too large to show here.`;
  if (declared > MAX_JSON_BYTES) {
    void response.body?.cancel();
    return fail(tooLarge());
  }
  try {
    return await readAtMost(response, MAX_JSON_BYTES, tooLarge);
  } catch (error) {
    if (error instanceof RangeError) return fail(error.message);
    return fail(timeout.aborted ? timedOut() : `The ${what} at ${url} could not be read.`, error);
  }
}

/** Reads a body, stopping as soon as it passes `limit` bytes (a server may not declare its length). */
async function readAtMost(response: Response, limit: number, tooLarge: () => string): Promise<ArrayBuffer> {
  const reader = response.body?.getReader();
  if (!reader) return new ArrayBuffer(0);
  const parts: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > limit) {
      void reader.cancel();
      throw new RangeError(tooLarge());
    }
    parts.push(value);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes.buffer;
}
