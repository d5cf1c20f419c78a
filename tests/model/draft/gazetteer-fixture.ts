/** The repository's gazetteer, parsed once per test file (about a second). */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseGazetteer } from '../../../src/model/gazetteer/parse';
import type { Gazetteer } from '../../../src/model/gazetteer/types';

let gazetteer: Gazetteer | undefined;

export function realGazetteer(): Gazetteer {
  gazetteer ??= parseGazetteer(
    gunzipSync(readFileSync(new URL('../../../geo/gazetteer/gazetteer.tsv.gz', import.meta.url))).toString('utf8'),
  );
  return gazetteer;
}
