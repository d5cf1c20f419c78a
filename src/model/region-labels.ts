/**
 * Which region names (states, provinces, islands, ranges; src/model/region-format.ts) to draw:
 * those meant for the zoom, whole inside the view, in rank order, each only where it lies over no
 * name already placed (the country and sea names come first), no place's marker or label, no
 * overlay and no other region name.
 */
import { overlaps, type Rect } from './labels';
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
  /** Pixels kept clear around each name. */
  gap?: number;
}

/** The labels to draw, with their boxes, in drawing order. */
export function chooseRegionLabels({ labels, zoom, boxOf, view, taken, gap = 4 }: RegionChoice): { label: RegionLabel; box: Rect }[] {
  const shown = labels.filter((label) => zoom >= label.minZoom && zoom < label.maxZoom).sort((a, b) => a.rank - b.rank);
  const placed: Rect[] = [];
  const chosen: { label: RegionLabel; box: Rect }[] = [];
  for (const label of shown) {
    const box = boxOf(label);
    const inView =
      box.x >= view.x && box.y >= view.y && box.x + box.width <= view.x + view.width && box.y + box.height <= view.y + view.height;
    if (!inView) continue;
    const padded = { x: box.x - gap, y: box.y - gap, width: box.width + 2 * gap, height: box.height + 2 * gap };
    if (taken.some((other) => overlaps(padded, other)) || placed.some((other) => overlaps(padded, other))) continue;
    placed.push(padded);
    chosen.push({ label, box });
  }
  return chosen;
}
