/**
 * The locator inset's geometry: which part of the world it shows (every place of the story,
 * with room around), where each place falls in it, and which places share one spot at its
 * scale (they become one target that leads to the group). Pure: pixels in, pixels out.
 */
import { project, type Point, type Rect } from './framing';
import type { Position } from './types';

/**
 * The inset's size on a wide map and on a narrow one, in pixels, inside its 1-pixel border: the
 * element draws it (src/elements/locator-inset.ts) and the static renderer frames the first view
 * clear of it (src/render/overlays.ts). Narrow: small enough that the overlays, the inset
 * included, cover at most 20 % of a phone's map.
 */
export const INSET_SIZE = { wide: [210, 104], narrow: [120, 54] } as const;
/** The inset's border (src/elements/summit-map-styles/inset.styles.ts), in pixels. */
export const INSET_BORDER = 1;

/** Places closer than this in the inset share one target. */
export const INSET_GROUP_PX = 14;
/** Room around the places, as a share of the inset's size. */
const MARGIN = 0.1;
/** The inset never shows less of the world than this, in zoom-0 pixels (about 45° of longitude). */
const MIN_SPAN = 32;

export interface InsetPlace {
  id: string;
  position: Readonly<Position>;
  /** Lower is more important: a group's target is its most important place. */
  rank: number;
}

export interface InsetFrame {
  /** The part of the zoom-0 world shown (an SVG viewBox). */
  view: Rect;
  /** Inset pixels per zoom-0 pixel. */
  scale: number;
}

/** Frames every place in an inset of `width` × `height` pixels, keeping the map's proportions. */
export function insetFrame(positions: readonly Readonly<Position>[], width: number, height: number): InsetFrame {
  const points = positions.map((position) => project(position));
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let spanX = Math.max(right - left, MIN_SPAN) / (1 - 2 * MARGIN);
  let spanY = Math.max(bottom - top, (MIN_SPAN * height) / width) / (1 - 2 * MARGIN);
  // Widen the narrower side to the inset's aspect, so nothing is stretched.
  if (spanX / spanY < width / height) spanX = (spanY * width) / height;
  else spanY = (spanX * height) / width;
  const centre = { x: (left + right) / 2, y: (top + bottom) / 2 };
  return { view: { x: centre.x - spanX / 2, y: centre.y - spanY / 2, width: spanX, height: spanY }, scale: width / spanX };
}

/** Where a position falls in the inset, in inset pixels. */
export function insetPoint(frame: InsetFrame, position: Readonly<Position>): Point {
  const point = project(position);
  return { x: (point.x - frame.view.x) * frame.scale, y: (point.y - frame.view.y) * frame.scale };
}

export interface InsetGroup {
  /** Ids, most important first: the first is the target. */
  ids: string[];
  /** Where the group's dot sits: its most important place. */
  at: Point;
}

/** Places that fall within `groupPx` of a group's first place join it; the most important places lead. */
export function insetGroups(frame: InsetFrame, places: readonly InsetPlace[], groupPx = INSET_GROUP_PX): InsetGroup[] {
  const groups: InsetGroup[] = [];
  for (const place of [...places].sort((a, b) => a.rank - b.rank)) {
    const at = insetPoint(frame, place.position);
    const group = groups.find((candidate) => Math.hypot(candidate.at.x - at.x, candidate.at.y - at.y) < groupPx);
    if (group) group.ids.push(place.id);
    else groups.push({ ids: [place.id], at });
  }
  return groups;
}
