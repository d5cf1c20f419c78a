/**
 * The parse worker: decodes, parses and validates a large places file off the page's thread,
 * then sends the story back in chunks that are cheap to receive (story-transfer.ts).
 * Messages: see parse-in-worker.ts.
 */
import { parseStory } from '../model/story';
import { checkFeatureCount, parseJsonBytes } from './load-json';
import { encodePlaces, PLACES_PER_CHUNK } from './story-transfer';
import type { ParseReply, ParseRequest } from './parse-in-worker';

const reply = (message: ParseReply, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.addEventListener('message', (event: MessageEvent<ParseRequest>) => {
  const { bytes, what, url } = event.data;
  try {
    const json = parseJsonBytes(bytes, what, url);
    checkFeatureCount(json, what, url);
    const { value, problems } = parseStory(json);
    const { places, ...head } = value;
    reply({ kind: 'head', head, problems: JSON.stringify(problems), chunks: Math.ceil(places.length / PLACES_PER_CHUNK) });
    for (let start = 0; start < places.length; start += PLACES_PER_CHUNK) {
      const chunk = encodePlaces(places.slice(start, start + PLACES_PER_CHUNK));
      reply({ kind: 'chunk', chunk }, [chunk.offsets.buffer]);
    }
  } catch (error) {
    reply({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
