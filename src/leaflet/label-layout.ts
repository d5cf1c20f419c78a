/** Applies the pure label placement (model/labels.ts) to the place markers on a Leaflet map. */
import type { Map as LeafletMap } from 'leaflet/dist/leaflet-src.esm.js';
import type { Rect } from '../model/framing';
import { labelRect, markerRect, placeLabels, underOverlay, type LabelRequest } from '../model/labels';
import { MARKER_SIZE } from './marker-icon';
import type { PlaceRecord } from './place-layers';

/**
 * Places the markers' labels; a marker whose centre is under an overlay is not shown.
 * @param obstacles overlays in container pixels: a label takes another side, or hides, rather than sit under one
 * @returns the boxes of the markers shown and of their labels, in container pixels (the basemap's region names keep clear of them)
 */
export function layoutLabels(leafletMap: LeafletMap, records: readonly PlaceRecord[], obstacles: readonly Rect[] = []): Rect[] {
  const size = leafletMap.getSize();
  const requests: LabelRequest[] = [];
  const labels = new Map<string, HTMLElement>();
  for (const record of records) {
    const { place, layer, rank } = record;
    // Where the marker is drawn: off its true position while fanned out.
    const target = record.shown;
    if (!('lat' in target)) continue;
    const element = layer?.getElement();
    const label = element?.querySelector<HTMLElement>('.place-label');
    if (!element || !label) continue;
    const point = leafletMap.latLngToContainerPoint(target);
    // A marker under an overlay (the inset, the credits, a control) would peek out from under it
    // and take taps meant for the overlay: it is not shown there (the inset names a far place).
    const covered = underOverlay(point.x, point.y, obstacles);
    element.classList.toggle('covered', covered);
    if (covered) {
      label.dataset.side = 'none';
      continue;
    }
    labels.set(place.id, label);
    requests.push({ id: place.id, x: point.x, y: point.y, width: label.offsetWidth, height: label.offsetHeight, priority: rank });
  }
  const sides = placeLabels(requests, MARKER_SIZE / 2, { x: 0, y: 0, width: size.x, height: size.y }, obstacles);
  for (const [id, side] of sides) {
    const label = labels.get(id);
    // Hidden by CSS (visibility), not `hidden`, so the label keeps its size for the next layout.
    if (label) label.dataset.side = side ?? 'none';
  }
  return requests.flatMap((request) => {
    const side = sides.get(request.id);
    const marker = markerRect(request.x, request.y, MARKER_SIZE);
    return side ? [marker, labelRect(request, side, MARKER_SIZE / 2)] : [marker];
  });
}
