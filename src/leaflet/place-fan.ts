/**
 * Places that still coincide at the map's deepest zoom (four sites within 2 km, offline at zoom 8),
 * or in print at any zoom, fan out around their centre, each marker its own target, with a leader line back to where it
 * truly is; below the deepest zoom, or once they stand apart, every marker is back in place. Which
 * places fan and where is decided by fanOut (src/model/fan-out.ts). Loaded with the map, not lazily:
 * a print must fan out in the same task as `beforeprint`.
 */
import { polyline, type LatLng, type Map as LeafletMap, type Marker, type Polyline } from 'leaflet/dist/leaflet-src.esm.js';
import { fanOut } from '../model/fan-out';
import type { PlaceLayers } from './place-layers';

export class PlaceFan {
  private readonly leafletMap: LeafletMap;
  private readonly places: PlaceLayers;
  private readonly leaders: Polyline[] = [];
  /** Markers moved off their true position, and that position. */
  private readonly moved = new Map<Marker, LatLng>();

  constructor(leafletMap: LeafletMap, places: PlaceLayers) {
    this.leafletMap = leafletMap;
    this.places = places;
  }

  /** Fans out the markers that coincide, at the deepest zoom only; elsewhere puts them back. */
  update(): void {
    this.restore();
    const map = this.leafletMap;
    // In print nobody can zoom: markers that overlap fan out at any zoom.
    const printing = map.getContainer().classList.contains('printing');
    if (!printing && map.getZoom() < map.getMaxZoom() - 1e-9) return;
    const markers: { id: string; marker: Marker; at: LatLng; x: number; y: number }[] = [];
    for (const record of this.places.drawnRecords) {
      const layer = record.layer;
      if (!layer || !('getLatLng' in layer) || !('lat' in record.target)) continue;
      const point = map.latLngToLayerPoint(record.target);
      markers.push({ id: record.place.id, marker: layer, at: record.target, x: point.x, y: point.y });
    }
    const offsets = fanOut(markers);
    for (const { id, marker, at, x, y } of markers) {
      const offset = offsets.get(id);
      if (!offset) continue;
      const fanned = map.layerPointToLatLng([x + offset.x, y + offset.y]);
      this.moved.set(marker, at);
      marker.setLatLng(fanned);
      marker.getElement()?.classList.add('fanned');
      // Not interactive: a leader points, the marker at its end is the target.
      this.leaders.push(polyline([at, fanned], { className: 'place-leader', weight: 1.5, interactive: false }).addTo(map));
    }
  }

  /** Every marker back at its true position, no leader lines. */
  restore(): void {
    for (const [marker, at] of this.moved) {
      marker.setLatLng(at);
      marker.getElement()?.classList.remove('fanned');
    }
    this.moved.clear();
    for (const leader of this.leaders.splice(0)) leader.remove();
  }
}
