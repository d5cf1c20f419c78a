// loadJson: every way a fetch of JSON can fail becomes a sentence a reader understands; a
// cancelled load stays a cancellation. Real fetches of data: URLs, and a stubbed fetch for
// answers no data: URL can give (an HTTP error, an unreachable server): no network.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadJson } from '../../src/loading/load-json';

const json = (text: string) => `data:application/json,${encodeURIComponent(text)}`;
const signal = () => new AbortController().signal;

/** The error a promise rejects with; fails the test if it resolves. */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the load to fail');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('loadJson', () => {
  it('returns the parsed JSON, fetched same-origin with the given signal', async () => {
    const fetchSpy = vi.spyOn(window, 'fetch');
    const abort = new AbortController();
    const url = json('{"type":"FeatureCollection","features":[]}');
    expect(await loadJson(url, abort.signal, 'places data')).toEqual({ type: 'FeatureCollection', features: [] });
    expect(fetchSpy).toHaveBeenCalledWith(url, { signal: abort.signal, credentials: 'same-origin' });
  });

  it('an HTTP error names the data, the URL and the status', async () => {
    vi.spyOn(window, 'fetch').mockResolvedValue(new Response('Not here', { status: 404, statusText: 'Not Found' }));
    await expect(loadJson('/missing.json', signal(), 'places data')).rejects.toThrow(
      'The places data at /missing.json could not be loaded (HTTP 404).',
    );
  });

  it('a body that is not JSON says so, keeping the parser’s error as the cause', async () => {
    const error = await rejection(loadJson(json('{"type": '), signal(), 'article'));
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe(`The article at ${json('{"type": ')} is not valid JSON.`);
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it('an unreachable server says it could not be reached, keeping the network error as the cause', async () => {
    const failure = new TypeError('Failed to fetch');
    vi.spyOn(window, 'fetch').mockRejectedValue(failure);
    const error = await rejection(loadJson('https://example.invalid/story.json', signal(), 'places data'));
    expect(error.message).toBe('The places data at https://example.invalid/story.json could not be reached.');
    expect(error.cause).toBe(failure);
  });

  it('a load cancelled before it starts or while it runs rejects with the AbortError itself, not a message for the reader', async () => {
    const before = new AbortController();
    before.abort();
    await expect(loadJson(json('{}'), before.signal, 'places data')).rejects.toMatchObject({ name: 'AbortError' });

    const during = new AbortController();
    const pending = loadJson(json('{}'), during.signal, 'places data');
    during.abort();
    const error = await rejection(pending);
    expect(error.name).toBe('AbortError');
    expect(error.message).not.toMatch(/could not be reached/);
  });
});
