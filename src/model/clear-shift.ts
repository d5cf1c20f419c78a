/** The shift that brings a box clear of the overlays (src/leaflet/details-placement.ts), apart from framing.ts so that it loads with the details. */
import { intersects, type Point, type Rect } from './framing';

const contains = (outer: Rect, inner: Rect): boolean =>
  inner.x >= outer.x - 1e-6 &&
  inner.y >= outer.y - 1e-6 &&
  inner.x + inner.width <= outer.x + outer.width + 1e-6 &&
  inner.y + inner.height <= outer.y + outer.height + 1e-6;

/**
 * The smallest shift (dx, dy) that brings `subject` wholly inside `bounds` and clear of every
 * obstacle; null when no place in `bounds` is clear. Candidates are the current spot and every
 * position flush with an edge of the bounds or of an obstacle, which is where an optimum lies.
 */
export function clearShift(subject: Rect, obstacles: readonly Rect[], bounds: Rect): Point | null {
  const xs = new Set([subject.x, bounds.x, bounds.x + bounds.width - subject.width]);
  const ys = new Set([subject.y, bounds.y, bounds.y + bounds.height - subject.height]);
  for (const obstacle of obstacles) {
    xs.add(obstacle.x + obstacle.width).add(obstacle.x - subject.width);
    ys.add(obstacle.y + obstacle.height).add(obstacle.y - subject.height);
  }
  let best: Point | null = null;
  let bestCost = Infinity;
  for (const x of xs)
    for (const y of ys) {
      const moved = { ...subject, x, y };
      if (!contains(bounds, moved) || obstacles.some((obstacle) => intersects(moved, obstacle))) continue;
      const cost = Math.hypot(x - subject.x, y - subject.y);
      if (cost < bestCost) {
        bestCost = cost;
        best = { x: x - subject.x, y: y - subject.y };
      }
    }
  return best;
}
