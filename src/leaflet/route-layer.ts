/**
 * A line place (a route: LineString or MultiLineString) drawn along great circles, as a flight
 * would go, and reachable by keyboard: its SVG path is focusable and Enter or Space opens it.
 */
import { polyline, type LatLngTuple } from 'leaflet/dist/leaflet-src.esm.js';
import { sampleGreatCircle } from '../model/geo';
import type { Position, Role } from '../model/types';

export function createRouteLayer(parts: readonly (readonly Position[])[], role: Role) {
  const paths = parts.map((part) => sampleGreatCircle(part as Position[], 50).map(([lon, lat]): LatLngTuple => [lat, lon]));
  return polyline(paths, {
    color: role.color,
    weight: 3.5,
    opacity: 0.95,
    dashArray: '8 6',
    lineCap: 'round',
    className: 'summit-route',
    // A click on a route chooses it; it must not also reach the map, which closes popups.
    bubblingMouseEvents: false,
  });
}
