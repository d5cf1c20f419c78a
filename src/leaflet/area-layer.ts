/** An area place (Polygon or MultiPolygon), filled lightly in its role's colour under the markers. */
import { polygon, type LatLngTuple } from 'leaflet/dist/leaflet-src.esm.js';
import type { Role, Rings } from '../model/types';

export function createAreaLayer(polygons: readonly Rings[], role: Role) {
  const latLngs = polygons.map((rings) => rings.map((ring) => ring.map(([lon, lat]): LatLngTuple => [lat, lon])));
  return polygon(latLngs, {
    color: role.color,
    weight: 1.5,
    fillColor: role.color,
    fillOpacity: 0.18,
    className: 'summit-area',
    bubblingMouseEvents: false,
  });
}
