/**
 * The story's first view, in pure numbers: the places it frames (see storyFocus), the part of the
 * map no overlay covers and the padding that frames them inside it with room for their labels,
 * and the resulting Leaflet view. The live map (src/leaflet/clear-area.ts, place-framing.ts)
 * and the static renderer (src/render/) both frame with these, so the picture drawn before the
 * script runs and the map that takes over from it put each place on the same pixel.
 */
import { clearRect, FOCUS_MAX_PLACES, inflate, paddingOf, storyFocus, type Rect } from './framing';
import { greatCircleKm } from './geo';
import { anchorOf, kindOf, positionsOf } from './geometry';
import { pointView, type MapSize, type MapView } from './map-view';
import type { Place, Position, Role, Story } from './types';
import { authoredView, deepestZoom, DETAIL_ZOOM, fitView, MIN_ZOOM, type AuthoredView } from './view-frame';

/** Room kept beside framed places for their labels, in pixels (a long name such as "Ho Chi Minh City"). */
export const LABEL_ROOM = 110;
/** Room around a chosen place's marker that details never cover, in pixels. */
export const MARKER_ROOM = 16;
/** Gap between the framed area and the overlays, in pixels. */
export const OVERLAY_GAP = 6;

export interface FramePadding {
  paddingTopLeft: [number, number];
  paddingBottomRight: [number, number];
}

/** The part of a map of `size` clear of the overlays (each kept OVERLAY_GAP away), in container pixels. */
export function clearAreaOf(size: MapSize, obstacles: readonly Rect[]): Rect {
  return clearRect(
    { x: 0, y: 0, width: size.width, height: size.height },
    obstacles.map((box) => inflate(box, OVERLAY_GAP)),
  );
}

/** Padding for fitting bounds into `clear`, with room for labels beside the places (`labels`) or for markers only. */
export function framePaddingOf(size: MapSize, clear: Rect, labels = true): FramePadding {
  const { topLeft, bottomRight } = paddingOf({ x: 0, y: 0, width: size.width, height: size.height }, clear);
  // Labels need room on the sides, but never more than a third of the clear width each.
  const side = labels ? Math.min(LABEL_ROOM, (size.width - topLeft[0] - bottomRight[0]) / 3) : MARKER_ROOM;
  return {
    paddingTopLeft: [topLeft[0] + side, topLeft[1] + MARKER_ROOM + 8],
    paddingBottomRight: [bottomRight[0] + side, bottomRight[1] + MARKER_ROOM],
  };
}

/** A place with its role and rank: role order, then dataset order; places of undeclared roles are not drawn. */
export interface RankedPlace {
  place: Place;
  role: Role;
  rank: number;
}

/** The story's places in drawing and keyboard order (src/leaflet/place-layers.ts draws them so). */
export function rankPlaces(story: Story): RankedPlace[] {
  const buckets = new Map<string, { role: Role; places: Place[] }>(story.roles.map((role) => [role.id, { role, places: [] }]));
  for (const place of story.places) buckets.get(place.role)?.places.push(place);
  const ranked: RankedPlace[] = [];
  for (const { role, places } of buckets.values()) for (const place of places) ranked.push({ place, role, rank: ranked.length });
  return ranked;
}

/**
 * The positions the first view frames: every position of the places in the story's focus (its most
 * important points and areas and those near them); every place's when the story is too large for a focus.
 * Areas need their anchors: await model/geometry.ts loadAreaCode() first.
 */
export function focusPositions(story: Story, ranked = rankPlaces(story)): Position[] {
  const candidates = ranked.filter(({ place }) => kindOf(place) !== 'line');
  const all = (places: readonly Place[]) => places.flatMap((place) => positionsOf(place.geometry));
  if (candidates.length > FOCUS_MAX_PLACES) return all(story.places);
  const focus = new Set(storyFocus(candidates.map(({ place, role }) => ({ id: place.id, position: anchorOf(place), order: role.order }))));
  return all(story.places.filter((place) => focus.has(place.id)));
}

/** The position nearest to `spot` that is not at it, if any. */
function nearestOther(spot: Readonly<Position>, positions: readonly Position[]): Position | undefined {
  let best: Position | undefined;
  let bestKm = Infinity;
  for (const position of positions) {
    const km = greatCircleKm(spot, position);
    if (km > 0 && km < bestKm) [best, bestKm] = [position, km];
  }
  return best;
}

/**
 * The positions the first view fits: the focus's; a focus of one spot has no extent of its own,
 * so its nearest neighbour among `all` gives the story's scale (Seattle and San Francisco for the
 * Alaska story), not the deepest zoom. The live map (src/leaflet/place-framing.ts) and the
 * static renderer both frame these.
 */
export function framedPositions(focus: readonly Position[], all: readonly Position[]): Position[] {
  const spot = focus[0];
  if (!spot || !focus.every(([lon, lat]) => lon === spot[0] && lat === spot[1])) return [...focus];
  const nearest = nearestOther(spot, all);
  return nearest ? [...focus, nearest] : [...focus];
}

export interface FirstViewOptions {
  /** The map shows online tiles (a deeper zoom is allowed). */
  tiles?: boolean;
  /** The author's first view (the element's `first-view`), which wins over the data's `story.view`. */
  view?: AuthoredView;
  /** The author's deepest zoom (the element's `max-zoom`), which wins over the data's `story.maxZoom`. */
  maxZoom?: number;
}

/** The padding as the rectangle it leaves: where framed places go. */
function areaInside(size: MapSize, { paddingTopLeft: [left, top], paddingBottomRight: [right, bottom] }: FramePadding): Rect {
  return { x: left, y: top, width: Math.max(1, size.width - left - right), height: Math.max(1, size.height - top - bottom) };
}

/**
 * The first view of a map of `size` whose overlays cover `obstacles`, as the live map frames it
 * (src/leaflet/place-framing.ts frameFocus, camera.ts frame): the author's view, else the focus by
 * its own extent (framedPositions, model/view-frame.ts fitView), then set as Leaflet's setView sets it.
 */
export function firstView(
  story: Story,
  size: MapSize,
  obstacles: readonly Rect[],
  options: FirstViewOptions = {},
  ranked = rankPlaces(story),
): MapView | undefined {
  const clear = clearAreaOf(size, obstacles);
  const limits = { maxZoom: deepestZoom(!!options.tiles, options.maxZoom ?? story.maxZoom), minZoom: MIN_ZOOM };
  const authored = options.view ?? story.view;
  const view = authored
    ? authoredView(authored, size, areaInside(size, framePaddingOf(size, clear, false)), limits)
    : fitView(
        framedPositions(
          focusPositions(story, ranked),
          story.places.flatMap((place) => positionsOf(place.geometry)),
        ),
        size,
        areaInside(size, framePaddingOf(size, clear)),
        // Offline, a first view barely into the basemap's detail level stays on its world file.
        { ...limits, lightFrom: options.tiles ? undefined : DETAIL_ZOOM },
      );
  return view && pointView(view.center, view.zoom, size, { ...limits, snap: 0.25 });
}
