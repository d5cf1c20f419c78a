/**
 * Loads the offline gazetteer in a browser (the editor) or in Node 20 with fetch: the gzip'd file
 * that the package ships in dist/summit-map-gazetteer/ (geo/gazetteer/ in the repository). A
 * server that sends it with `Content-Encoding: gzip` has the browser unpack it already: both work.
 * Never loaded by the map or a story page.
 */
import { parseGazetteer } from '../model/gazetteer/parse';
import type { Gazetteer } from '../model/gazetteer/types';

/** The file's name in the package's folder dist/summit-map-gazetteer/. */
export const GAZETTEER_FILE = 'gazetteer.tsv.gz';

export async function loadGazetteer(url: string | URL, { signal }: { signal?: AbortSignal } = {}): Promise<Gazetteer> {
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new Error(`The gazetteer could not be loaded from ${String(url)}: ${(error as Error).message}`, { cause: error });
  }
  if (!response.ok) throw new Error(`The gazetteer could not be loaded from ${String(url)} (HTTP ${response.status}).`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // Vite's dev and preview servers answer a missing file with the site's page and 200.
  if (/html/.test(response.headers.get('content-type') ?? '') || /^\s*</.test(new TextDecoder().decode(bytes.subarray(0, 64))))
    throw new Error(
      `The gazetteer could not be loaded from ${String(url)}: the server sent a web page, not the gazetteer file. Serve the package's summit-map-gazetteer folder at that address, or give the file's address.`,
    );
  return parseGazetteer(await gazetteerText(bytes));
}

/** The gazetteer's text from its file's bytes, gzip'd or not. */
export async function gazetteerText(bytes: Uint8Array): Promise<string> {
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  if (!gzip) return new TextDecoder().decode(bytes);
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

export { parseGazetteer, type Gazetteer };
