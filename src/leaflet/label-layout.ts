/** Applies the pure label placement (model/labels.ts) to the markers on a Leaflet map. */
import type { Map as LeafletMap, Marker } from 'leaflet/dist/leaflet-src.esm.js';
import { placeLabels, type LabelRequest } from '../model/labels';
import { MARKER_SIZE } from './marker-icon';

export function layoutLabels(map: LeafletMap, markers: ReadonlyMap<string, Marker>, priorities: ReadonlyMap<string, number>) {
  const size = map.getSize();
  const requests: LabelRequest[] = [];
  const labels = new Map<string, HTMLElement>();
  for (const [id, marker] of markers) {
    const label = marker.getElement()?.querySelector<HTMLElement>('.place-label');
    if (!label) continue;
    labels.set(id, label);
    const point = map.latLngToContainerPoint(marker.getLatLng());
    requests.push({ id, x: point.x, y: point.y, width: label.offsetWidth, height: label.offsetHeight, priority: priorities.get(id) ?? 0 });
  }
  const sides = placeLabels(requests, MARKER_SIZE / 2, { x: 0, y: 0, width: size.x, height: size.y });
  for (const [id, side] of sides) {
    const label = labels.get(id);
    if (!label) continue;
    // Hidden by CSS (visibility), not `hidden`, so the label keeps its size for the next layout.
    label.dataset.side = side ?? 'none';
  }
}
