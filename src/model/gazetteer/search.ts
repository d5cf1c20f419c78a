/** Looks names up in the gazetteer: exact names for the draft, prefixes for the editor's search box. */
import { nameKey } from './name-key';
import type { Candidate, Gazetteer } from './types';

/** Every entry called `name` (by its name or an alternate name), as indexes into `places`. */
export function lookUp(gazetteer: Gazetteer, name: string): readonly number[] {
  return gazetteer.byName.get(nameKey(name)) ?? [];
}

/** How much an entry weighs when several answer one query: countries, capitals, then by size. */
export function prominence(place: Candidate): number {
  const kind = place.kind === 'country' ? 1e10 : place.kind === 'capital' ? 1e8 : place.kind === 'state' ? 5e6 : 0;
  const natural = place.kind === 'sea' || place.kind === 'lake' || place.kind === 'river' || place.kind === 'mountain' ? 2e5 : 0;
  return kind + natural + place.population;
}

/**
 * Entries whose name (or an alternate name) equals the query or starts with it, exact matches
 * first, then by prominence. For the editor's search box: "hano" finds Hanoi.
 */
export function searchGazetteer(gazetteer: Gazetteer, query: string, { limit = 10 }: { limit?: number } = {}): Candidate[] {
  const key = nameKey(query);
  if (!key) return [];
  const exact = new Set(gazetteer.byName.get(key) ?? []);
  const prefixed = new Set<number>();
  if (key.length >= 2) {
    for (const [name, indexes] of gazetteer.byName) {
      if (name.startsWith(key) && name !== key) for (const index of indexes) if (!exact.has(index)) prefixed.add(index);
    }
  }
  const rank = (set: Set<number>) => [...set].sort((a, b) => prominence(gazetteer.places[b]!) - prominence(gazetteer.places[a]!));
  return [...rank(exact), ...rank(prefixed)].slice(0, limit).map((index) => ({ ...gazetteer.places[index]! }));
}
