// `summit-map` and `summit-map/model` in plain Node, as a script or a build tool imports them (run
// `npm run build` first): nothing may touch `window` as the package loads. Node resolves the
// package's own name from inside it, through package.json `exports` (the "node" condition).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

async function node(script: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT });
  return stdout;
}

describe('the package in Node, without a browser', () => {
  it("imports 'summit-map': its parsers work, its elements are there", async () => {
    const out = await node(`
      import { parseStory, parseArticle, verifyQuotes, SummitMap, SummitSelectEvent } from 'summit-map';
      const story = parseStory({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [105.85, 21.03] }, properties: { name: 'Hanoi' } }] });
      console.log(JSON.stringify({ places: story.value.places.map((p) => p.id), element: typeof SummitMap, event: typeof SummitSelectEvent, article: typeof parseArticle, quotes: typeof verifyQuotes, window: typeof window }));
    `);
    expect(JSON.parse(out)).toEqual({
      places: ['hanoi'],
      element: 'function',
      event: 'function',
      article: 'function',
      quotes: 'function',
      window: 'undefined',
    });
  });

  it("imports 'summit-map/model' and drafts and checks a story with it", async () => {
    const out = await node(`
      import { readFileSync } from 'node:fs';
      import { gunzipSync } from 'node:zlib';
      import { readArticle, parseGazetteer, draftStory, checkStory, searchGazetteer } from 'summit-map/model';
      const gazetteer = parseGazetteer(gunzipSync(readFileSync('dist/summit-map-gazetteer/gazetteer.tsv.gz')).toString('utf8'));
      const { article } = readArticle('Talks in Hanoi\\n\\nThe talks will take place in Hanoi, officials in Seoul said.');
      const { places } = draftStory(article, gazetteer);
      console.log(JSON.stringify({ names: places.features.map((f) => f.properties.name), problems: checkStory(article, places), search: searchGazetteer(gazetteer, 'Saigon', { limit: 1 })[0].name }));
    `);
    expect(JSON.parse(out)).toEqual({ names: ['Hanoi', 'Seoul'], problems: [], search: 'Ho Chi Minh City' });
  });
});
