/**
 * Editing on the map, for `<summit-map editable>` (loaded only then): a point's marker can be
 * dragged with the mouse, a finger or a pen, and a click on the map away from the markers reports
 * where it fell. It moves the marker while dragging and reports the end as events on `host` (the
 * element); the data's owner (e.g. `<summit-map-editor>`) decides what a move does to the data. Leaflet's own marker drag
 * is cut from the bundle (scripts/vite-leaflet-slim.ts), so pointer events do it here.
 */
import type { LatLng, LeafletMouseEvent } from 'leaflet/dist/leaflet-src.esm.js';
import { SummitMapClickEvent, SummitPlaceMoveEvent } from '../edit-events';
import type { StoryView } from './story-view';

/** How far the pointer must travel, in CSS pixels, before a press on a marker is a drag and not a click. */
const DRAG_THRESHOLD = 4;

const round = (value: number) => Math.round(value * 1e5) / 1e5;

/** Starts editing on the view's map, firing `summit-place-move` and `summit-map-click` on `host`; returns the function that stops it. */
export function enablePlaceEditing(view: StoryView, host: EventTarget): () => void {
  const map = view.leafletMap;
  const container = map.getContainer();
  // One signal removes every listener.
  const listening = new AbortController();
  const on = <K extends keyof HTMLElementEventMap>(type: K, listener: (event: HTMLElementEventMap[K]) => void, capture = false) =>
    container.addEventListener(type, listener, { capture, signal: listening.signal });
  let drag: { id: string; pointer: number; x: number; y: number; from: LatLng; moved: boolean } | undefined;
  let swallowClick = false;

  on(
    'pointerdown',
    (event) => {
      const id =
        event.button === 0 && !drag ? (event.target as Element).closest<HTMLElement>('.summit-marker')?.dataset.placeId : undefined;
      const marker = id && view.pointMarker(id);
      if (!marker) return;
      // The press belongs to the marker: the map must not pan under it.
      event.stopPropagation();
      map.dragging.disable();
      (event.target as Element).setPointerCapture(event.pointerId);
      drag = { id: id!, pointer: event.pointerId, x: event.clientX, y: event.clientY, from: marker.getLatLng(), moved: false };
    },
    true,
  );

  on('pointermove', (event) => {
    if (drag?.pointer !== event.pointerId) return;
    drag.moved ||= Math.hypot(event.clientX - drag.x, event.clientY - drag.y) >= DRAG_THRESHOLD;
    if (drag.moved) view.pointMarker(drag.id)?.setLatLng(map.mouseEventToLatLng(event));
  });

  const end = (event: PointerEvent) => {
    if (drag?.pointer !== event.pointerId) return;
    const { id, moved, from } = drag;
    drag = undefined;
    map.dragging.enable();
    if (!moved) return;
    // The click that follows the release ends a drag; it does not choose the place.
    swallowClick = true;
    setTimeout(() => (swallowClick = false));
    const to = map.mouseEventToLatLng(event);
    if (event.type === 'pointercancel') view.pointMarker(id)?.setLatLng(from);
    else host.dispatchEvent(new SummitPlaceMoveEvent({ id, lat: round(to.lat), lon: round(to.lng) }));
  };
  on('pointerup', end);
  on('pointercancel', end);

  on(
    'click',
    (event) => {
      if (swallowClick) event.stopPropagation();
      swallowClick = false;
    },
    true,
  );

  const onMapClick = (event: LeafletMouseEvent) => {
    const { lat, lng } = event.latlng.wrap();
    host.dispatchEvent(new SummitMapClickEvent({ lat: round(lat), lon: round(lng) }));
  };
  map.on('click', onMapClick);
  return () => {
    if (drag) map.dragging.enable();
    drag = undefined;
    listening.abort();
    map.off('click', onMapClick);
  };
}
