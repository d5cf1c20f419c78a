/**
 * The arrow keys' moves between places for PlaceKeyboard (place-keyboard.ts): loaded when focus
 * first enters the map, so a map nobody reaches by keyboard does not load it.
 */
import type { PlaceKeyboard, Step } from './place-keyboard';
import type { PlaceRecord } from './place-layers';

/** Moves focus from a place by these steps, one after the other (keys held while this code loaded). */
export function moveFocus(keyboard: PlaceKeyboard, fromId: string, steps: readonly Step[]): void {
  const records = keyboard.places.records;
  if (records.length === 0) return;
  const from = keyboard.places.get(fromId);
  const next = steps.reduce<number>(
    (index, step) =>
      step === 'first' ? 0 : step === 'last' ? records.length - 1 : (((index + step) % records.length) + records.length) % records.length,
    from ? from.rank : -1,
  );
  const record = records[next]!;
  const request = ++keyboard.moveRequest;
  if (!keyboard.places.clustered) {
    reveal(keyboard, record);
    return;
  }
  // On a clustered story, zoom in far enough that the place stands clear of its cluster.
  void keyboard.places.zoomToShow(record.place.id, Math.floor(keyboard.leafletMap.getZoom())).then((zoom) => {
    if (request === keyboard.moveRequest && keyboard.places.get(record.place.id) === record) reveal(keyboard, record, zoom, fromId);
  });
}

/** Focuses a place, panning it into view, first zooming to `zoom` when that is closer than now. */
function reveal(keyboard: PlaceKeyboard, record: PlaceRecord, zoom = 0, fromId = ''): void {
  // Keep the place focus leaves until the new one has it, so focus never falls to the page.
  keyboard.setRovingTarget(record.place.id, [fromId]);
  // Focusing an element outside the visible map would scroll Leaflet's container and break its
  // layout; pan it into the clear part of the map first, then focus without scrolling.
  const { topLeft, bottomRight } = keyboard.popups.currentClearance;
  const padding = { paddingTopLeft: topLeft, paddingBottomRight: bottomRight, animate: false };
  if ('lat' in record.target) {
    if (zoom > Math.floor(keyboard.leafletMap.getZoom())) keyboard.leafletMap.setView(record.target, zoom, { animate: false });
    else keyboard.leafletMap.panInside(record.target, padding);
  } else if (!keyboard.leafletMap.getBounds().intersects(record.target)) keyboard.leafletMap.fitBounds(record.target, padding);
  keyboard.focusPlace(record.place.id);
  if (fromId) keyboard.places.keepMarkers([record.place.id, keyboard.popups.openId]);
}
