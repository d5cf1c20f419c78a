/**
 * Which basemap names (countries, seas) to draw at a zoom: greedy, in priority order, each label
 * shown only where its box fits the view, keeps a gap to the labels placed before it and lies
 * under none of the `obstacles` (what the map shows over its basemap: the places and the overlays).
 */
import { overlaps, type Rect } from './labels';

export interface BasemapLabelCandidate {
  /** Box of the text in screen pixels. */
  box: Rect;
  /** Lower first. */
  priority: number;
}

/** Returns the indexes of the candidates to draw, in drawing order. */
export function chooseBasemapLabels(
  candidates: readonly BasemapLabelCandidate[],
  view: Rect,
  obstacles: readonly Rect[] = [],
  gap = 4,
): number[] {
  const order = candidates.map((_, i) => i).sort((a, b) => candidates[a]!.priority - candidates[b]!.priority);
  const placed: Rect[] = [];
  const chosen: number[] = [];
  for (const i of order) {
    const { box } = candidates[i]!;
    const padded = { x: box.x - gap, y: box.y - gap, width: box.width + 2 * gap, height: box.height + 2 * gap };
    const inView =
      box.x >= view.x && box.y >= view.y && box.x + box.width <= view.x + view.width && box.y + box.height <= view.y + view.height;
    // A name may come up to a place or an overlay (it is drawn under them), not under one.
    if (!inView || placed.some((other) => overlaps(padded, other)) || obstacles.some((other) => overlaps(box, other))) continue;
    placed.push(padded);
    chosen.push(i);
  }
  return chosen;
}
