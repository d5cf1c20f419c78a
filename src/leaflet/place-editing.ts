/**
 * Editing on the map, for `<summit-map editable>` (loaded only then): a point's marker can be
 * dragged with the mouse, a finger or a pen, and a click on the map away from the markers reports
 * where it fell. It moves the marker while dragging and reports the end; the element's data owner
 * (e.g. `<summit-map-editor>`) decides what the move does to the data. Leaflet's own marker drag
 * is cut from the bundle (scripts/vite-leaflet-slim.ts), so pointer events do it here.
 */
import type { LatLng, LeafletMouseEvent } from 'leaflet/dist/leaflet-src.esm.js';
import type { StoryView } from './story-view';

export interface PlaceEditingOptions {
  /** A point was dragged to a new position (rounded to 5 decimals, about a metre). */
  onMove: (id: string, lat: number, lon: number) => void;
  /** The map was clicked away from the markers. */
  onMapClick: (lat: number, lon: number) => void;
}

/** How far the pointer must travel, in CSS pixels, before a press on a marker is a drag and not a click. */
const DRAG_THRESHOLD = 4;

const round = (value: number) => Math.round(value * 1e5) / 1e5;

/** Starts editing on the view's map; returns the function that stops it. */
export function enablePlaceEditing(view: StoryView, options: PlaceEditingOptions): () => void {
  const map = view.leafletMap;
  const container = map.getContainer();
  let drag: { id: string; pointer: number; startX: number; startY: number; from: LatLng; moved: boolean } | undefined;
  let swallowClick = false;

  const onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0 || drag) return;
    const element = (event.target as Element | null)?.closest<HTMLElement>('.summit-marker[data-place-id]');
    const id = element?.dataset.placeId;
    const marker = id ? view.pointMarker(id) : undefined;
    if (!id || !marker) return;
    // The press belongs to the marker: the map must not pan under it.
    event.stopPropagation();
    map.dragging.disable();
    element.setPointerCapture(event.pointerId);
    drag = { id, pointer: event.pointerId, startX: event.clientX, startY: event.clientY, from: marker.getLatLng(), moved: false };
  };

  const onPointerMove = (event: PointerEvent) => {
    if (!drag || event.pointerId !== drag.pointer) return;
    if (!drag.moved && Math.hypot(event.clientX - drag.startX, event.clientY - drag.startY) < DRAG_THRESHOLD) return;
    drag.moved = true;
    container.classList.add('summit-dragging');
    view.pointMarker(drag.id)?.setLatLng(map.mouseEventToLatLng(event));
  };

  const onPointerEnd = (event: PointerEvent) => {
    if (!drag || event.pointerId !== drag.pointer) return;
    const { id, moved, from } = drag;
    drag = undefined;
    map.dragging.enable();
    container.classList.remove('summit-dragging');
    if (!moved) return;
    // The click that follows the release is the end of a drag, not a choice of the place.
    swallowClick = true;
    setTimeout(() => (swallowClick = false));
    if (event.type === 'pointercancel') {
      view.pointMarker(id)?.setLatLng(from);
      return;
    }
    const to = map.mouseEventToLatLng(event);
    options.onMove(id, round(to.lat), round(to.lng));
  };

  const onClickCapture = (event: MouseEvent) => {
    if (!swallowClick) return;
    swallowClick = false;
    event.stopPropagation();
    event.preventDefault();
  };

  const onMapClick = (event: LeafletMouseEvent) => {
    const { lat, lng } = event.latlng.wrap();
    options.onMapClick(round(lat), round(lng));
  };

  container.addEventListener('pointerdown', onPointerDown, true);
  container.addEventListener('pointermove', onPointerMove);
  container.addEventListener('pointerup', onPointerEnd);
  container.addEventListener('pointercancel', onPointerEnd);
  container.addEventListener('click', onClickCapture, true);
  container.classList.add('summit-editable');
  map.on('click', onMapClick);
  return () => {
    if (drag) map.dragging.enable();
    drag = undefined;
    container.removeEventListener('pointerdown', onPointerDown, true);
    container.removeEventListener('pointermove', onPointerMove);
    container.removeEventListener('pointerup', onPointerEnd);
    container.removeEventListener('pointercancel', onPointerEnd);
    container.removeEventListener('click', onClickCapture, true);
    container.classList.remove('summit-editable', 'summit-dragging');
    map.off('click', onMapClick);
  };
}
