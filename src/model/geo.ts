/**
 * Spherical geometry for the map and the data tests: distances, great-circle sampling, bounds.
 * Pure functions on [lon, lat] positions (RFC 7946 order); no DOM, no Leaflet.
 *
 * Hand-written rather than imported: turf's per-function packages (@turf/distance, …) are only
 * present as transitive dependencies of the dev-only @turf/turf, so importing them here would put
 * an undeclared package in the browser bundle. Haversine and slerp are a few lines each, and the
 * tests check them against @turf/turf.
 */
import type { Position } from './types';

/** Mean Earth radius in km (IUGG), the value turf uses, so our numbers match geo/source/facts.md. */
export const EARTH_RADIUS_KM = 6371.0088;

type LonLat = Readonly<Position>;

const RAD = Math.PI / 180;
const DEG = 180 / Math.PI;

/** Great-circle distance in km (haversine: well-conditioned for short legs, unlike the law of cosines). */
export function greatCircleKm(a: LonLat, b: LonLat): number {
  const [lon1, lat1] = a;
  const [lon2, lat2] = b;
  const h =
    Math.sin(((lat2 - lat1) * RAD) / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(((lon2 - lon1) * RAD) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Length in km of a polyline whose legs are great circles (how the map draws routes). */
export function lineLengthKm(coords: readonly LonLat[]): number {
  let km = 0;
  for (let i = 1; i < coords.length; i++) km += greatCircleKm(coords[i - 1]!, coords[i]!);
  return km;
}

function toVector([lon, lat]: LonLat): [number, number, number] {
  const cosLat = Math.cos(lat * RAD);
  return [cosLat * Math.cos(lon * RAD), cosLat * Math.sin(lon * RAD), Math.sin(lat * RAD)];
}

/**
 * The point a fraction `f` (0…1) of the way from `from` to `to` along their great circle, by
 * spherical linear interpolation between the unit vectors. `angle` is the leg's central angle.
 */
function slerp(from: LonLat, to: LonLat, angle: number, f: number): Position {
  const [px, py, pz] = toVector(from);
  const [qx, qy, qz] = toVector(to);
  const wp = angle === 0 ? 1 - f : Math.sin((1 - f) * angle) / Math.sin(angle);
  const wq = angle === 0 ? f : Math.sin(f * angle) / Math.sin(angle);
  const [x, y, z] = [wp * px + wq * qx, wp * py + wq * qy, wp * pz + wq * qz];
  return [Math.atan2(y, x) * DEG, Math.atan2(z, Math.hypot(x, y)) * DEG];
}

function centralAngle(from: LonLat, to: LonLat): number {
  const angle = greatCircleKm(from, to) / EARTH_RADIUS_KM;
  if (angle > 0 && Math.sin(angle) < 1e-12) throw new RangeError('Antipodal leg: its great circle is undefined');
  return angle;
}

/**
 * Points along each leg's great circle, no more than `maxStepKm` apart, evenly spaced within a
 * leg; every vertex of `coords` is included once. Straight lines in Leaflet's Mercator are rhumb
 * lines, so a route drawn from its vertices alone would not show the path a plane flies.
 *
 * Longitudes are unwrapped (a sample may go past ±180°) so consecutive samples never jump by 360°:
 * Leaflet draws a polyline as given, and a leg across the Pacific would otherwise streak across
 * the whole map.
 */
export function sampleGreatCircle(coords: readonly LonLat[], maxStepKm: number): Position[] {
  if (!(maxStepKm > 0)) throw new RangeError(`maxStepKm must be positive, got ${maxStepKm}`);
  const first = coords[0];
  if (!first) return [];
  const samples: Position[] = [[first[0], first[1]]];
  for (let i = 1; i < coords.length; i++) {
    const from = coords[i - 1]!;
    const to = coords[i]!;
    const angle = centralAngle(from, to);
    const steps = Math.max(1, Math.ceil((angle * EARTH_RADIUS_KM) / maxStepKm));
    for (let k = 1; k <= steps; k++) {
      // The leg's end is copied exactly.
      const [lon, lat] = k === steps ? [to[0], to[1]] : slerp(from, to, angle, k / steps);
      samples.push([lon + 360 * Math.round((samples[samples.length - 1]![0] - lon) / 360), lat]);
    }
  }
  return samples;
}

/** The point halfway along a polyline whose legs are great circles (where a route's label goes). */
export function midpointAlong(coords: readonly LonLat[]): Position {
  const first = coords[0];
  if (!first) throw new RangeError('midpointAlong needs at least one position');
  let left = lineLengthKm(coords) / 2;
  for (let i = 1; i < coords.length; i++) {
    const from = coords[i - 1]!;
    const to = coords[i]!;
    const km = greatCircleKm(from, to);
    if (km > 0 && left <= km) return slerp(from, to, centralAngle(from, to), left / km);
    left -= km;
  }
  return [first[0], first[1]];
}

/**
 * [[south, west], [north, east]] of the positions, the order Leaflet's fitBounds takes.
 * Plain min/max: it does not try to wrap bounds across the antimeridian.
 */
export function boundsOf(positions: readonly LonLat[]): [[number, number], [number, number]] {
  if (positions.length === 0) throw new RangeError('boundsOf needs at least one position');
  let [south, west, north, east] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of positions) {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lon);
    east = Math.max(east, lon);
  }
  return [
    [south, west],
    [north, east],
  ];
}
