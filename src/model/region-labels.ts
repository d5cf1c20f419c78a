/**
 * Which region names (states, provinces, islands, ranges; src/model/region-format.ts) to draw,
 * and where: those meant for the zoom, states and provinces only in the story's own countries,
 * in rank order, each whole inside the view and over no box already taken (the country and sea
 * names, the places' markers and labels, the overlays) nor another region name. A name whose
 * point is taken moves, within its region's room, to the nearest free spot; else it is left out.
 */
import { intersects, type Rect } from './framing';
import type { RegionLabel } from './region-format';

export interface RegionChoice {
  labels: readonly RegionLabel[];
  zoom: number;
  /** A label's box in screen pixels (its text measured, centred on its projected point). */
  boxOf: (label: RegionLabel) => Rect;
  /** The visible part of the map, in the same pixels. */
  view: Rect;
  /** Boxes already taken: country and sea names, the places' markers and labels, overlays. */
  taken: readonly Rect[];
  /** Whether a state or province lies in one of the story's countries (others are not named); by default all do. */
  inStory?: (label: RegionLabel) => boolean;
  /** Pixels kept clear around each name. */
  gap?: number;
}

/** Where a name may go instead of on its point, nearest first, in steps of (half its width, a line). */
const MOVES: readonly (readonly [number, number])[] = [
  [0, 0],
  [0, -1],
  [0, 1],
  [-1, 0],
  [1, 0],
  [-1, -1],
  [1, -1],
  [-1, 1],
  [1, 1],
  [0, -2],
  [0, 2],
  [-2, 0],
  [2, 0],
  [0, -3],
  [0, 3],
];

/** The labels to draw, with their boxes, in drawing order. */
export function chooseRegionLabels({
  labels,
  zoom,
  boxOf,
  view,
  taken,
  inStory,
  gap = 4,
}: RegionChoice): { label: RegionLabel; box: Rect }[] {
  const shown = labels.filter((label) => zoom >= label.minZoom && zoom < label.maxZoom).sort((a, b) => a.rank - b.rank);
  const placed: Rect[] = [];
  const chosen: { label: RegionLabel; box: Rect }[] = [];
  const scale = 2 ** zoom;
  for (const label of shown) {
    const box = boxOf(label);
    const room = label.r * scale;
    // Far out of view, or (a state or province) outside the story's countries: not a candidate.
    const near =
      box.x + box.width + room >= view.x &&
      box.x - room <= view.x + view.width &&
      box.y + box.height + room >= view.y &&
      box.y - room <= view.y + view.height;
    if (!near || (label.kind === 'region' && inStory && !inStory(label))) continue;
    const step = [box.width / 2, box.height + gap];
    for (const [mx, my] of MOVES) {
      const [dx, dy] = [mx * step[0]!, my * step[1]!];
      if (Math.hypot(dx, dy) > room && (mx !== 0 || my !== 0)) continue;
      const at = { ...box, x: box.x + dx, y: box.y + dy };
      const inside = at.x >= view.x && at.y >= view.y && at.x + at.width <= view.x + view.width && at.y + at.height <= view.y + view.height;
      if (!inside) continue;
      const padded = { x: at.x - gap, y: at.y - gap, width: at.width + 2 * gap, height: at.height + 2 * gap };
      if (taken.some((other) => intersects(padded, other)) || placed.some((other) => intersects(padded, other))) continue;
      placed.push(padded);
      chosen.push({ label, box: at });
      break;
    }
  }
  return chosen;
}
