import type { PopupClearance } from '../leaflet/story-view';
import { CARD_SHARE, clearRect, inflate, paddingOf, type Rect } from '../model/framing';

const GAP = 8;
/** Room a card leaves above it for the chosen place and its label, in pixels. */
const PLACE_ROOM = 50;
/** Padding is for a place's centre: half a marker and a little more keeps the whole marker clear. */
const MARKER_MARGIN = 16;
/** A popup's tip and margins, which its content's maximum height leaves room for. */
const POPUP_CHROME = 50;

/** The overlays the map's details and places keep clear of. */
export const OVERLAYS = [
  '.controls > :not(.zoom)',
  '.controls .zoom > *',
  '.timeline',
  '.legend',
  '.credits',
  '.inset',
  '.help:not([hidden])',
  '.error',
];

/** An element's box relative to the map container, or none when it is not shown. */
function boxIn(element: Element, origin: DOMRect): Rect | undefined {
  const box = element.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return undefined;
  return { x: box.left - origin.left, y: box.top - origin.top, width: box.width, height: box.height };
}

/** The boxes of the element's overlays, in the map container's pixels. */
export function overlayBoxes(root: ParentNode, mapContainer: HTMLElement): Rect[] {
  const origin = mapContainer.getBoundingClientRect();
  return OVERLAYS.flatMap((selector) => [...root.querySelectorAll(selector)]).flatMap((element) => boxIn(element, origin) ?? []);
}

/**
 * The room details must leave for the element's overlays, measured after render: their boxes,
 * the padding of the part of the map none of them covers, and on a narrow map (`card`) where
 * the details card goes: over the lower part of the map, above the timeline and the credits.
 */
export function measureClearance(root: ParentNode, mapContainer: HTMLElement, card: boolean): PopupClearance {
  const width = mapContainer.clientWidth;
  const height = mapContainer.clientHeight;
  const map = { x: 0, y: 0, width, height };
  const obstacles = overlayBoxes(root, mapContainer);
  const inner = clearRect(
    map,
    obstacles.map((box) => inflate(box, GAP)),
  );
  const padding = paddingOf(map, inner);
  const topLeft = padding.topLeft.map((value) => value + MARKER_MARGIN) as [number, number];
  const bottomRight = padding.bottomRight.map((value) => value + MARKER_MARGIN) as [number, number];
  const clearance: PopupClearance = {
    topLeft,
    bottomRight,
    maxHeight: Math.max(120, inner.height - POPUP_CHROME),
    obstacles,
  };
  if (card) {
    const origin = mapContainer.getBoundingClientRect();
    const below = ['.timeline', '.credits'].flatMap((selector) => {
      const element = root.querySelector(selector);
      return element ? (boxIn(element, origin) ?? []) : [];
    });
    const above = root.querySelector('.controls');
    // The top band: the row of controls and the key.
    const top = Math.max(
      0,
      ...[...(above?.children ?? []), root.querySelector('.legend')]
        .filter((child): child is Element => !!child)
        .map((child) => {
          const box = boxIn(child, origin);
          return box ? box.y + box.height : 0;
        }),
    );
    const bottomEdge = Math.min(height, ...below.map((box) => box.y));
    const bottom = height - bottomEdge + GAP;
    const room = height - bottom - top - GAP - PLACE_ROOM;
    clearance.card = { bottom, maxHeight: Math.max(120, Math.min(room, height * CARD_SHARE)) };
  }
  return clearance;
}
