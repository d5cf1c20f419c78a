/**
 * The story's first view, in pure numbers: the places it frames (see storyFocus), the part of the
 * map no overlay covers and the padding that frames them inside it with room for their labels,
 * and the resulting Leaflet view. The live map (src/leaflet/clear-area.ts, place-framing.ts)
 * and the static renderer (src/render/) both frame with these, so the picture drawn before the
 * script runs and the map that takes over from it put each place on the same pixel.
 */
import { clearRect, FOCUS_MAX_PLACES, inflate, paddingOf, storyFocus, type Rect } from './framing';
import { boundsOf } from './geo';
import { anchorOf, kindOf, positionsOf } from './geometry';
import { fitBoundsView, pointView, type MapSize, type MapView } from './map-view';
import type { Place, Position, Role, Story } from './types';

/** Room kept beside framed places for their labels, in pixels (a long name such as "Ho Chi Minh City"). */
export const LABEL_ROOM = 110;
/** Room around a chosen place's marker that details never cover, in pixels. */
export const MARKER_ROOM = 16;
/** Gap between the framed area and the overlays, in pixels. */
export const OVERLAY_GAP = 6;
/** A single place is shown at this zoom (src/leaflet/camera.ts PLACE_ZOOM). */
export const PLACE_ZOOM = 5;
/**
 * The first view never zooms in further than this: a country's coast with its cities, just short
 * of the zoom where the basemap fetches its 1:10m detail (5), so the first view loads only the
 * world file. Choosing a place goes closer.
 */
export const FRAME_MAX_ZOOM_FOCUS = 4.75;

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

/** The first view of a map of `size` whose overlays cover `obstacles`, as the live map frames it (frameFocus). */
export function firstView(story: Story, size: MapSize, obstacles: readonly Rect[], ranked = rankPlaces(story)): MapView | undefined {
  const positions = focusPositions(story, ranked);
  if (positions.length === 0) return undefined;
  if (positions.length === 1) return pointView(positions[0]!, PLACE_ZOOM, size);
  const padding = framePaddingOf(size, clearAreaOf(size, obstacles));
  return fitBoundsView(boundsOf(positions), size, { ...padding, fitMaxZoom: FRAME_MAX_ZOOM_FOCUS });
}
