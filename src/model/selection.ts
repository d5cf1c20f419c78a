/**
 * The selection's pure parts: which place is chosen (limited to the ids the data has) and how a
 * selection is written in a URL hash. The map element's SelectionController owns one
 * SelectionModel; every source of a selection goes through it.
 */

const HASH_KEY = 'place';

/**
 * The place id in a hash such as `#place=danang`; null when the hash is for something else
 * (`#top`, `#section-2`), which the map must leave alone; '' for an empty `#place=`.
 */
export function placeIdFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (!/^#?place=/.test(hash) && !hash.includes(`&${HASH_KEY}=`)) return null;
  return params.get(HASH_KEY) ?? null;
}

/** The hash for a place, keeping other `key=value` pairs of a parameter-style hash. */
export function hashForPlace(currentHash: string, id: string): string {
  const raw = currentHash.replace(/^#/, '');
  const params = new URLSearchParams(raw.includes('=') ? raw : '');
  if (id) params.set(HASH_KEY, id);
  else params.delete(HASH_KEY);
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** The one selected id, limited to known ids. */
export class SelectionModel {
  private current = '';
  private known = new Set<string>();

  get id(): string {
    return this.current;
  }

  /** Whether any id can be selected (data has arrived). */
  get hasIds(): boolean {
    return this.known.size > 0;
  }

  /** Sets the ids that can be selected; a selection that no longer exists is cleared. */
  setKnownIds(ids: Iterable<string>): void {
    this.known = new Set(ids);
    if (this.current && !this.known.has(this.current)) this.current = '';
  }

  /** Selects `id` ('' for none). Returns false, changing nothing, for an unknown id. */
  select(id: string): boolean {
    if (id !== '' && !this.known.has(id)) return false;
    this.current = id;
    return true;
  }
}
