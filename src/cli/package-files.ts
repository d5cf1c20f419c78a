/**
 * The package's own files the command uses, found from the command's module: it runs from
 * dist/cli/ in the package (and from src/cli/ in the repository's tests), two folders below the
 * package's root either way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseGazetteer } from '../model/gazetteer/parse';
import type { Gazetteer } from '../model/gazetteer/types';
import { UsageError } from './io';

export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

const first = (...paths: string[]) => paths.map((path) => packageRoot + path).find((path) => existsSync(path));

/** The gazetteer file: in the package's dist/, or the repository's geo/gazetteer/. */
export function gazetteerPath(): string {
  const path = first('dist/summit-map-gazetteer/gazetteer.tsv.gz', 'geo/gazetteer/gazetteer.tsv.gz');
  if (!path)
    throw new UsageError('the gazetteer (dist/summit-map-gazetteer/gazetteer.tsv.gz) is missing from the package; reinstall summit-map.');
  return path;
}

export function loadGazetteerFile(path = gazetteerPath()): Gazetteer {
  return parseGazetteer(gunzipSync(readFileSync(path)).toString('utf8'));
}

/** What a story page needs beside it: the drop-in module (with its chunks and basemap) and the page's stylesheet. */
export function storyPageFiles(): { dist: string; stylesheet: string } | undefined {
  const dist = first('dist/summit-map.js');
  const stylesheet = first('dist/story-page.css', 'src/story-page.css');
  return dist && stylesheet ? { dist: dist.slice(0, -'summit-map.js'.length), stylesheet } : undefined;
}
