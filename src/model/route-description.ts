/**
 * A route in words, for screen readers: from, to, countries crossed, length. Cheap to load:
 * the Intl formatters (whose first use costs tens of milliseconds) are made on the first call,
 * so a caller can describe a route only when it is first shown or focused.
 */
import { greatCircleKm, lineLengthKm } from './geo';
import type { Place, Position } from './types';

/** Endpoints within this distance of a point place take its name. */
const SAME_PLACE_KM = 5;

export function describeRoute(route: Place, places: readonly Place[]): string {
  if (route.geometry.type !== 'LineString') return '';
  const coordinates = route.geometry.coordinates;
  const start = coordinates[0]!;
  const end = coordinates[coordinates.length - 1]!;
  const km = lineLengthKm(coordinates);
  const direct = greatCircleKm(start, end);
  const countries = countriesOf(route);
  const parts = [
    `${route.name}: from ${nameAt(start, places)} to ${nameAt(end, places)}`,
    countries.length ? `over ${listInWords(countries)} only` : '',
    `${formatKm(km)} long`,
    Math.abs(km - direct) > 1 ? `against ${formatKm(direct)} for the direct great circle` : '',
  ];
  return `${parts.filter(Boolean).join(', ')}.`;
}

function countriesOf(route: Place): string[] {
  const value = (route.feature.properties as Record<string, unknown> | null)?.countries;
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Degrees of latitude per band of the endpoint index: wider than SAME_PLACE_KM (0.1° ≈ 11 km). */
const BAND = 0.1;
const pointBands = new WeakMap<readonly Place[], Map<number, { place: Place; order: number }[]>>();

/** The point places by band of latitude, built once per list, so naming endpoints never scans every place. */
function bandsOf(places: readonly Place[]): Map<number, { place: Place; order: number }[]> {
  let bands = pointBands.get(places);
  if (bands) return bands;
  bands = new Map();
  places.forEach((place, order) => {
    if (place.geometry.type !== 'Point') return;
    const band = Math.floor(place.geometry.coordinates[1] / BAND);
    (bands!.get(band) ?? bands!.set(band, []).get(band)!).push({ place, order });
  });
  pointBands.set(places, bands);
  return bands;
}

/** The name of the first listed point place within SAME_PLACE_KM, else the coordinates. */
function nameAt(position: Position, places: readonly Place[]): string {
  const bands = bandsOf(places);
  const band = Math.floor(position[1] / BAND);
  let match: { place: Place; order: number } | undefined;
  for (const nearby of [band - 1, band, band + 1]) {
    for (const entry of bands.get(nearby) ?? []) {
      if (match && entry.order > match.order) continue;
      if (greatCircleKm(entry.place.geometry.coordinates as Position, position) <= SAME_PLACE_KM) match = entry;
    }
  }
  return match ? match.place.name : `${position[1].toFixed(2)}°, ${position[0].toFixed(2)}°`;
}

let listFormat: Intl.ListFormat | undefined;
let kmFormat: Intl.NumberFormat | undefined;

/** "North Korea, China and Vietnam" (British English: no serial comma). */
export function listInWords(items: readonly string[]): string {
  listFormat ??= new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });
  return listFormat.format(items);
}

export function formatKm(km: number): string {
  kmFormat ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
  return `${kmFormat.format(Math.round(km))} km`;
}
