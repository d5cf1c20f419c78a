/**
 * Where places that coincide on screen go (at the map's deepest zoom, or in print): on a ring
 * around their centre, each its own target. Pure numbers; loaded by the map only when needed.
 */
import type { Point } from './framing';

/** Places closer than this on screen at the deepest zoom are fanned out. */
export const COINCIDE_PX = 28;
/** Distance between any two places on a fan, along x or y, in pixels: a 24-pixel square target each, and a gap. */
export const FAN_PX = 32;
/** More places than this are not fanned (the search for coinciding ones is quadratic). */
export const FAN_MAX_PLACES = 1000;

/** A place on screen, most important first. */
export interface ScreenPlace {
  id: string;
  x: number;
  y: number;
}

/**
 * Where places that coincide on screen go: each group of places closer than `coincidePx` to one
 * another (in a chain) is spread on a ring around the group's centre, neighbours `fanPx` apart, in
 * the compass order of their true positions around that centre and turned to match their true
 * bearings as closely as it can (places at the very same point keep their order of importance, the
 * first on top). Returns each moved place's offset from its
 * true position, in pixels; a place that stands apart is not in the map. Quadratic in the number of
 * places given: more than FAN_MAX_PLACES (a clustered dataset's) are left where they are.
 */
export function fanOut(places: readonly ScreenPlace[], coincidePx = COINCIDE_PX, fanPx = FAN_PX): Map<string, Point> {
  if (places.length > FAN_MAX_PLACES) return new Map();
  const parent = places.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const near = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y) < coincidePx;
  for (let i = 0; i < places.length; i++)
    for (let j = i + 1; j < places.length; j++) if (near(places[i]!, places[j]!)) parent[root(j)] = root(i);
  let offsets = ringOffsets(places, root, fanPx);
  // A ring can land on a place that stood apart: that place joins the ring, until nothing overlaps.
  for (let round = 0; round < places.length; round++) {
    const at = places.map((place) => ({ x: place.x + (offsets.get(place.id)?.x ?? 0), y: place.y + (offsets.get(place.id)?.y ?? 0) }));
    let joined = false;
    for (let i = 0; i < places.length; i++)
      for (let j = i + 1; j < places.length; j++)
        if (root(i) !== root(j) && near(at[i]!, at[j]!)) {
          parent[root(j)] = root(i);
          joined = true;
        }
    if (!joined) break;
    offsets = ringOffsets(places, root, fanPx);
  }
  return offsets;
}

/** Each group of two or more (by `root`) on a ring around its centre, neighbours `fanPx` apart. */
function ringOffsets(places: readonly ScreenPlace[], root: (i: number) => number, fanPx: number): Map<string, Point> {
  const groups = new Map<number, ScreenPlace[]>();
  places.forEach((place, i) => {
    const key = root(i);
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(place);
  });
  const offsets = new Map<string, Point>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const cx = group.reduce((sum, place) => sum + place.x, 0) / group.length;
    const cy = group.reduce((sum, place) => sum + place.y, 0) / group.length;
    // True bearings around the centre; a place at the centre itself has none (it sorts first).
    const bearing = (place: ScreenPlace) => (place.x === cx && place.y === cy ? -Math.PI / 2 : Math.atan2(place.y - cy, place.x - cx));
    const ring = [...group].sort((first, second) => bearing(first) - bearing(second)); // stable: importance breaks ties
    const step = (2 * Math.PI) / ring.length;
    // The turn of the ring closest to the true bearings: the circular mean of each place's difference.
    const differences = ring.map((place, k) => bearing(place) - step * k);
    const cos = differences.reduce((sum, difference) => sum + Math.cos(difference), 0);
    const sin = differences.reduce((sum, difference) => sum + Math.sin(difference), 0);
    const turn = Math.hypot(cos, sin) < 1e-9 ? -Math.PI / 2 : Math.atan2(sin, cos);
    const angles = ring.map((_, k) => turn + step * k);
    // Markers are squares: any two on the ring are at least fanPx apart along x or y, whatever the
    // turn (a chord of fanPx on a diagonal would let two squares of 24 px overlap).
    let closest = Infinity;
    for (let i = 0; i < angles.length; i++)
      for (let j = i + 1; j < angles.length; j++)
        closest = Math.min(
          closest,
          Math.max(Math.abs(Math.cos(angles[i]!) - Math.cos(angles[j]!)), Math.abs(Math.sin(angles[i]!) - Math.sin(angles[j]!))),
        );
    const radius = Math.max(fanPx / closest, fanPx / 2);
    ring.forEach((place, k) => {
      const angle = angles[k]!;
      offsets.set(place.id, { x: cx + radius * Math.cos(angle) - place.x, y: cy + radius * Math.sin(angle) - place.y });
    });
  }
  return offsets;
}
