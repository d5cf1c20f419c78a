/**
 * Where a chosen place and its open details go, in the clear part of the map (clear-area.ts):
 * code of the details' file (place-popups.ts loads it when a place is first chosen).
 */
import { MARKER_ROOM, OVERLAY_GAP as GAP } from '../model/first-view';
import { clearShift } from '../model/clear-shift';
import { inflate, type Rect } from '../model/framing';
import type { ClearArea } from './clear-area';
import { MARKER_SIZE } from './marker-icon';
import type { PlaceRecord } from './place-layers';

const union = (a: Rect, b: Rect): Rect => {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
};

/** Moves a place into the clear part of the map: above an open card, or low enough for a popup above it. */
export function moveToPlace(clear: ClearArea, record: PlaceRecord, zoom: number | undefined, animate: boolean): void {
  if (!('lat' in record.target)) {
    clear.camera.moveTo(record.target, { animate, ...clear.framePadding(false) });
    return;
  }
  const area = clear.area();
  const y = clear.popups.asCard ? area.y + area.height / 2 : area.y + area.height * 0.72;
  clear.camera.moveTo(record.target, { animate, zoom, at: { x: area.x + area.width / 2, y } });
}

/** Pans so the open details and their place are inside the map and clear of every overlay. */
export function keepClear(clear: ClearArea, record: PlaceRecord, animate: boolean): void {
  const { leafletMap, popups, camera } = clear;
  const details = popups.element();
  if (!details) return;
  const size = leafletMap.getSize();
  const bounds = { x: 0, y: 0, width: size.x, height: size.y };
  const obstacles = [...(popups.currentClearance.obstacles ?? []).map((box) => inflate(box, GAP)), ...clear.outsideWindow()];
  const place = placeBox(clear, record);
  if (popups.asCard) {
    // The card stays put; the place moves clear of it and of the overlays.
    if (!place) return;
    const shift = clearShift(inflate(place, MARKER_ROOM / 2), [...obstacles, inflate(clear.boxOf(details), GAP)], bounds);
    if (shift) camera.panBy(-shift.x, -shift.y, animate);
    return;
  }
  // The popup and its place move together (the popup is above the place, pointing at it).
  const popupBox = clear.boxOf(details);
  const subject = place ? union(popupBox, inflate(place, 2)) : popupBox;
  const shift = clearShift(subject, obstacles, bounds);
  if (shift) camera.panBy(-shift.x, -shift.y, animate);
}

/** A point place's marker box in container pixels (none for routes). */
function placeBox(clear: ClearArea, record: PlaceRecord): Rect | undefined {
  const shown = record.shown;
  if (!('lat' in shown)) return undefined;
  const centre = clear.leafletMap.latLngToContainerPoint(shown);
  const half = MARKER_SIZE / 2;
  return { x: centre.x - half, y: centre.y - half, width: 2 * half, height: 2 * half };
}
