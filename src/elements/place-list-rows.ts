/**
 * The rows of a long place list (a heading per role, then its places, in role order) at fixed
 * heights: any row's position, and the rows near any scroll position, are computed per role
 * group, without an object per row and without measuring the DOM.
 */
import type { Place, Role, Story } from '../model/types';

export const HEADING_HEIGHT = 40;
export const PLACE_HEIGHT = 80;

export type ListRow =
  | { kind: 'heading'; role: Role; top: number }
  | { kind: 'place'; place: Place; top: number; /** 1-based, among all places */ position: number };

interface Group {
  role: Role;
  places: Place[];
  /** Index of the group's heading row. */
  firstRow: number;
  top: number;
  /** Places before this group. */
  before: number;
}

export interface ListRows {
  story: Story;
  groups: Group[];
  rowCount: number;
  total: number;
}

export function rowsOf(story: Story): ListRows {
  const byRole = new Map<string, Place[]>(story.roles.map((role) => [role.id, []]));
  for (const place of story.places) byRole.get(place.role)?.push(place);
  const groups: Group[] = [];
  let rowCount = 0;
  let total = 0;
  let before = 0;
  for (const role of story.roles) {
    const places = byRole.get(role.id)!;
    if (places.length === 0) continue;
    groups.push({ role, places, firstRow: rowCount, top: total, before });
    rowCount += 1 + places.length;
    total += HEADING_HEIGHT + places.length * PLACE_HEIGHT;
    before += places.length;
  }
  return { story, groups, rowCount, total };
}

/** The last group whose `key` is at most `value`. */
function groupAt(list: ListRows, key: 'firstRow' | 'top', value: number): Group {
  let low = 0;
  let high = list.groups.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (list.groups[middle]![key] <= value) low = middle;
    else high = middle - 1;
  }
  return list.groups[low]!;
}

export function rowAt(list: ListRows, index: number): ListRow {
  const group = groupAt(list, 'firstRow', index);
  const k = index - group.firstRow - 1;
  if (k < 0) return { kind: 'heading', role: group.role, top: group.top };
  return { kind: 'place', place: group.places[k]!, top: group.top + HEADING_HEIGHT + k * PLACE_HEIGHT, position: group.before + k + 1 };
}

export const rowHeight = (row: ListRow) => (row.kind === 'heading' ? HEADING_HEIGHT : PLACE_HEIGHT);

/** The row of a place, if listed (a walk through its role's places). */
export function rowOf(list: ListRows, place: Place | undefined): number | undefined {
  const group = place && list.groups.find((candidate) => candidate.role.id === place.role);
  const k = group ? group.places.indexOf(place!) : -1;
  return group && k >= 0 ? group.firstRow + 1 + k : undefined;
}

/** The row at `y` pixels from the top of the list (clamped to the list). */
function rowAtY(list: ListRows, y: number): number {
  const group = groupAt(list, 'top', Math.max(0, y));
  const inside = y - group.top - HEADING_HEIGHT;
  if (inside < 0) return group.firstRow;
  return Math.min(group.firstRow + group.places.length, group.firstRow + 1 + Math.floor(inside / PLACE_HEIGHT));
}

/** The rows [start, end) that overlap the band from `top` to `bottom` pixels. */
export function rowsAround(list: ListRows, top: number, bottom: number): [number, number] {
  if (list.rowCount === 0) return [0, 0];
  const start = rowAtY(list, top);
  return [start, Math.max(start + 1, Math.min(list.rowCount, rowAtY(list, bottom) + 1))];
}
