/**
 * The rows of a long place list (role headings and places, in role order) with fixed heights, so
 * the rows near any scroll position are found by binary search without measuring the DOM.
 */
import type { Place, Role, Story } from '../model/types';

export const HEADING_HEIGHT = 40;
export const PLACE_HEIGHT = 80;

export type ListRow = { kind: 'heading'; role: Role } | { kind: 'place'; place: Place; /** 1-based, among all places */ position: number };

export interface ListRows {
  story: Story;
  rows: ListRow[];
  /** Top of each row from the top of the list, in pixels. */
  offsets: Float64Array;
  heights: Float64Array;
  total: number;
  /** Row of each place id. */
  rowOf: Map<string, number>;
}

export function rowsOf(story: Story): ListRows {
  const byRole = new Map<string, Place[]>(story.roles.map((role) => [role.id, []]));
  for (const place of story.places) byRole.get(place.role)?.push(place);
  const rows: ListRow[] = [];
  let position = 0;
  for (const role of story.roles) {
    const places = byRole.get(role.id)!;
    if (places.length === 0) continue;
    rows.push({ kind: 'heading', role });
    for (const place of places) rows.push({ kind: 'place', place, position: ++position });
  }
  const offsets = new Float64Array(rows.length);
  const heights = new Float64Array(rows.length);
  const rowOf = new Map<string, number>();
  let total = 0;
  rows.forEach((row, index) => {
    offsets[index] = total;
    heights[index] = row.kind === 'heading' ? HEADING_HEIGHT : PLACE_HEIGHT;
    total += heights[index]!;
    if (row.kind === 'place') rowOf.set(row.place.id, index);
  });
  return { story, rows, offsets, heights, total, rowOf };
}

/** The rows [start, end) that overlap the band from `top` to `bottom` pixels. */
export function rowsAround(list: ListRows, top: number, bottom: number): [number, number] {
  const first = (y: number) => {
    let low = 0;
    let high = list.rows.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (list.offsets[middle]! + list.heights[middle]! <= y) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const start = first(Math.max(0, top));
  const end = Math.max(start, Math.min(list.rows.length, first(bottom) + 1));
  return [start, end];
}
