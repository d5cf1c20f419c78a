/**
 * Which basemap names (countries, seas) to draw at a zoom, and where: greedy, in priority order,
 * each label shown only where its box fits the view, keeps a gap to the labels placed before it
 * and lies under none of the `obstacles` (what the map shows over its basemap: the places' markers
 * and labels, the overlays). A name whose spot is taken moves one line up or down, else it is left out.
 */
import { intersects, type Rect } from './framing';

export interface BasemapLabelCandidate {
  /** Box of the text in screen pixels. */
  box: Rect;
  /** Lower first. */
  priority: number;
}

/** Returns the candidates to draw (index, and the box where it goes), in drawing order. */
export function chooseBasemapLabels(
  candidates: readonly BasemapLabelCandidate[],
  view: Rect,
  obstacles: readonly Rect[] = [],
  gap = 4,
): { index: number; box: Rect }[] {
  const order = candidates.map((_, i) => i).sort((a, b) => candidates[a]!.priority - candidates[b]!.priority);
  const placed: Rect[] = [];
  const chosen: { index: number; box: Rect }[] = [];
  for (const index of order) {
    const at = candidates[index]!.box;
    for (const dy of [0, -at.height, at.height]) {
      const box = { ...at, y: at.y + dy };
      const padded = { x: box.x - gap, y: box.y - gap, width: box.width + 2 * gap, height: box.height + 2 * gap };
      const inView =
        box.x >= view.x && box.y >= view.y && box.x + box.width <= view.x + view.width && box.y + box.height <= view.y + view.height;
      // A name may come up to a place or an overlay (it is drawn under them), not under one:
      // its letters may touch them, and they start 2 px below the top of its line box (13 px for 11 px
      // type: the capitals' height and the descenders).
      const ink = { x: box.x + 1, y: box.y + 2, width: box.width - 2, height: box.height - 2 };
      if (!inView || placed.some((other) => intersects(padded, other)) || obstacles.some((other) => intersects(ink, other))) continue;
      placed.push(padded);
      chosen.push({ index, box });
      break;
    }
  }
  return chosen;
}
