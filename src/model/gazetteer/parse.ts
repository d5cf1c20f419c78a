/**
 * Reads the gazetteer file (format "summit-gazetteer@1", written by geo/scripts/build-gazetteer.mjs):
 * one entry a line, TAB-separated: name, kind, country, admin, lat, lon, population, alternate
 * names joined by "|". The first line names the format. Linear in the file's size.
 */
import { nameKey } from './name-key';
import { GAZETTEER_KINDS, type Candidate, type Gazetteer, type GazetteerKind } from './types';

export const GAZETTEER_FORMAT = '#summit-gazetteer@1';

const KINDS = new Set<string>(GAZETTEER_KINDS);
/** Most entries have no other name: one shared empty list rather than 140,000. */
const NONE: readonly string[] = Object.freeze([]);

/** Parses the gazetteer's text; throws an Error with a plain message when it is not one. */
export function parseGazetteer(text: string): Gazetteer {
  const header = text.slice(0, text.indexOf('\n'));
  if (header.trim() !== GAZETTEER_FORMAT)
    throw new Error(`This is not a summit-map gazetteer (its first line should be ${GAZETTEER_FORMAT}).`);
  const places: Candidate[] = [];
  const alternates: (readonly string[])[] = [];
  const byName = new Map<string, number[]>();
  const demonyms = new Map<string, string>();
  const countries = new Map<string, number>();
  const add = (key: string, at: number) => {
    const list = byName.get(key);
    if (!list) byName.set(key, [at]);
    else if (list[list.length - 1] !== at) list.push(at);
  };
  const index = (name: string, at: number) => {
    const key = nameKey(name);
    if (!key) return;
    add(key, at);
    // "The Hague", "The Gambia": found with or without the article ("in The Hague" reads "Hague").
    if (key.startsWith('the ')) add(key.slice(4), at);
  };
  let start = header.length + 1;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    if (!line) continue;
    const [name, kind, country = '', admin = '', lat, lon, population, names] = line.split('\t');
    if (!name || !kind) continue;
    if (kind === 'demonym') {
      demonyms.set(name, country);
      continue;
    }
    if (!KINDS.has(kind)) continue;
    const at = places.length;
    places.push({
      name,
      kind: kind as GazetteerKind,
      country,
      admin,
      lat: Number(lat),
      lon: Number(lon),
      population: Number(population) || 0,
    });
    const others = names ? names.split('|') : NONE;
    alternates.push(others);
    index(name, at);
    for (const other of others) index(other, at);
    if (kind === 'country') countries.set(name, at);
  }
  return { places, alternates, byName, demonyms, countries };
}
