/** Fetches JSON for an element, turning every failure into a sentence a reader understands. */
export async function loadJson(url: string, signal: AbortSignal, what: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new Error(`The ${what} at ${url} could not be reached.`, { cause: error });
  }
  if (!response.ok) throw new Error(`The ${what} at ${url} could not be loaded (HTTP ${response.status}).`);
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`The ${what} at ${url} is not valid JSON.`, { cause: error });
  }
}
