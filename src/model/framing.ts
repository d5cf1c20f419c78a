/**
 * Where the map looks and what stays clear, in pure numbers: Web Mercator pixels (Leaflet's
 * EPSG:3857 with 256-pixel tiles), the story's focus for the first view, the zoom at which a
 * place stands apart from its neighbours, and rectangles that keep details clear of overlays.
 * No DOM, no Leaflet: the Leaflet side feeds it measured boxes and positions.
 */
import { greatCircleKm } from './geo';
import type { Position } from './types';

/** Width of the whole world at zoom 0, in pixels (one Leaflet tile). */
export const WORLD_PX = 256;
/** Latitudes beyond this are cut off by Web Mercator (Leaflet's SphericalMercator.MAX_LATITUDE). */
const MAX_LATITUDE = 85.0511287798;
/** A chosen place is shown where its nearest neighbour is at least this far away on screen. */
export const SEPARATION_PX = 40;
/** A details card covers at most this share of the map the reader sees, so the place and its neighbours stay in sight. */
export const CARD_SHARE = 0.45;
/** Below this much of a map in the window (or half the map), details are placed in the whole map: the reader scrolls to it. */
export const MIN_SEEN_PX = 280;
/** The first view's focus takes in places this close (km) to the most important ones, in a chain. */
export const FOCUS_REACH_KM = 800;

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A position in pixels at zoom 0 (multiply by 2^zoom for any other zoom). */
export function project([lon, lat]: Readonly<Position>): Point {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return {
    x: ((lon + 180) / 360) * WORLD_PX,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * WORLD_PX,
  };
}

/** Screen distance between two positions at a zoom, in pixels. */
export function pixelDistance(a: Readonly<Position>, b: Readonly<Position>, zoom: number): number {
  const [p, q] = [project(a), project(b)];
  return Math.hypot(p.x - q.x, p.y - q.y) * 2 ** zoom;
}

export interface SeparationOptions {
  /** Pixels the nearest neighbour must be away (default SEPARATION_PX). */
  minPx?: number;
  /** The closest zoom allowed; also the answer for a place with no neighbour at all. */
  maxZoom: number;
  /** The farthest-out zoom ever returned. */
  minZoom?: number;
  /** Zoom levels come in steps of this (Leaflet's zoomSnap). */
  snap?: number;
}

/**
 * The smallest zoom at which a place's nearest neighbour is at least `minPx` away on screen,
 * rounded up to a `snap` step and capped by `maxZoom` (a neighbour at the same spot never
 * separates: the cap is the answer).
 */
export function separationZoom(place: Readonly<Position>, others: readonly Readonly<Position>[], options: SeparationOptions): number {
  const { minPx = SEPARATION_PX, maxZoom, minZoom = 0, snap = 0.25 } = options;
  // A loop, not Math.min(...): a spread of 100,000 arguments overflows the stack.
  let nearest = Infinity;
  for (const other of others) nearest = Math.min(nearest, pixelDistance(place, other, 0));
  if (!Number.isFinite(nearest)) return maxZoom;
  if (nearest === 0) return maxZoom;
  const zoom = Math.ceil(Math.log2(minPx / nearest) / snap - 1e-9) * snap;
  return Math.min(maxZoom, Math.max(minZoom, zoom));
}

/** Above this many places the first view frames them all. */
export const FOCUS_MAX_PLACES = 500;

export interface FocusCandidate {
  id: string;
  position: Readonly<Position>;
  /** The role's order: lower is more important. */
  order: number;
}

/**
 * The places a first view frames: those of the most important role, and every place within
 * `reachKm` of one already taken, in a chain. For the Vietnam story: Hanoi (the likely venue),
 * then Danang and Ho Chi Minh City (about 600 km apart each), and nothing farther.
 */
export function storyFocus(candidates: readonly FocusCandidate[], reachKm = FOCUS_REACH_KM): string[] {
  if (candidates.length === 0) return [];
  // The chain is quadratic; a dataset this large is framed whole (clusters keep its places apart).
  if (candidates.length > FOCUS_MAX_PLACES) return candidates.map((candidate) => candidate.id);
  const first = candidates.reduce((lowest, candidate) => Math.min(lowest, candidate.order), Infinity);
  const taken = candidates.filter((candidate) => candidate.order === first);
  const rest = candidates.filter((candidate) => candidate.order !== first);
  for (let grew = true; grew;) {
    grew = false;
    for (let i = rest.length - 1; i >= 0; i--) {
      const candidate = rest[i]!;
      if (taken.some((place) => greatCircleKm(place.position, candidate.position) <= reachKm)) {
        taken.push(candidate);
        rest.splice(i, 1);
        grew = true;
      }
    }
  }
  const ids = new Set(taken.map((candidate) => candidate.id));
  return candidates.filter((candidate) => ids.has(candidate.id)).map((candidate) => candidate.id);
}

export const intersects = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export const inflate = (rect: Rect, by: number): Rect => ({
  x: rect.x - by,
  y: rect.y - by,
  width: rect.width + 2 * by,
  height: rect.height + 2 * by,
});

/**
 * The largest-looking part of `bounds` clear of every obstacle, found greedily: each obstacle
 * that reaches into the rectangle is cut off along the side that loses the least area. Overlays
 * sit along the map's edges, so this is the middle of the map that nothing covers.
 */
export function clearRect(bounds: Rect, obstacles: readonly Rect[]): Rect {
  let rect = { ...bounds };
  // Biggest first: a wide bar decides the band, small boxes then nibble less.
  const sorted = [...obstacles].sort((a, b) => b.width * b.height - a.width * a.height);
  for (const obstacle of sorted) {
    if (!intersects(rect, obstacle)) continue;
    const right = rect.x + rect.width;
    const bottom = rect.y + rect.height;
    const cuts: Rect[] = [
      { x: obstacle.x + obstacle.width, y: rect.y, width: right - (obstacle.x + obstacle.width), height: rect.height },
      { x: rect.x, y: rect.y, width: obstacle.x - rect.x, height: rect.height },
      { x: rect.x, y: obstacle.y + obstacle.height, width: rect.width, height: bottom - (obstacle.y + obstacle.height) },
      { x: rect.x, y: rect.y, width: rect.width, height: obstacle.y - rect.y },
    ].filter((cut) => cut.width > 0 && cut.height > 0);
    const best = cuts.sort((a, b) => b.width * b.height - a.width * a.height)[0];
    rect = best ?? { x: rect.x, y: rect.y, width: 0, height: 0 };
  }
  return rect;
}

/** Padding that shrinks `bounds` to `inner`, as Leaflet's paddingTopLeft / paddingBottomRight. */
export function paddingOf(bounds: Rect, inner: Rect): { topLeft: [number, number]; bottomRight: [number, number] } {
  return {
    topLeft: [Math.max(0, inner.x - bounds.x), Math.max(0, inner.y - bounds.y)],
    bottomRight: [
      Math.max(0, bounds.x + bounds.width - (inner.x + inner.width)),
      Math.max(0, bounds.y + bounds.height - (inner.y + inner.height)),
    ],
  };
}

/** The share of `area` covered by the union of `boxes` (0 to 1), by coordinate compression. */
export function coverage(boxes: readonly Rect[], area: Rect): number {
  const clipped = boxes
    .map((box) => {
      const x = Math.max(box.x, area.x);
      const y = Math.max(box.y, area.y);
      return {
        x,
        y,
        right: Math.min(box.x + box.width, area.x + area.width),
        bottom: Math.min(box.y + box.height, area.y + area.height),
      };
    })
    .filter((box) => box.right > box.x && box.bottom > box.y);
  const xs = [...new Set(clipped.flatMap((box) => [box.x, box.right]))].sort((a, b) => a - b);
  let covered = 0;
  for (let i = 0; i + 1 < xs.length; i++) {
    const [left, right] = [xs[i]!, xs[i + 1]!];
    const spans = clipped
      .filter((box) => box.x <= left && box.right >= right)
      .map((box) => [box.y, box.bottom] as const)
      .sort((a, b) => a[0] - b[0]);
    let length = 0;
    let end = -Infinity;
    for (const [top, bottom] of spans) {
      if (bottom <= end) continue;
      length += bottom - Math.max(top, end);
      end = bottom;
    }
    covered += length * (right - left);
  }
  return covered / (area.width * area.height);
}
