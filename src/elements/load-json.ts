/** Fetches JSON for an element, turning every failure into a sentence a reader understands. */

/** How long a load may take by default before the element gives up (ms). */
export const DEFAULT_LOAD_TIMEOUT_MS = 15_000;
/** Larger files are refused rather than frozen on: the page must keep answering. */
export const MAX_JSON_BYTES = 50_000_000;

const megabytes = (bytes: number) => `${Math.round(bytes / 1_000_000)} MB`;

/**
 * @param signal aborts the load silently (a newer load or a disconnect): the promise rejects with the abort reason
 * @param timeoutMs after this the load fails with a plain-language message
 */
export async function loadJson(url: string, signal: AbortSignal, what: string, timeoutMs = DEFAULT_LOAD_TIMEOUT_MS): Promise<unknown> {
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
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return fail(timeout.aborted ? timedOut() : `The ${what} at ${url} could not be read.`, error);
  }
  if (text.length > MAX_JSON_BYTES) return fail(tooLarge());
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    return fail(`The ${what} at ${url} is not valid JSON.`, error);
  }
}
