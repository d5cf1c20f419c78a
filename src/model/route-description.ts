/**
 * A route in words, for screen readers, fitted to the route: "from A to B" only between two
 * different named places (an endpoint takes the name of a point place within SAME_PLACE_KM), with
 * the direct distance beside the length; a road or line whose ends are not two distinct named
 * places (a loop, a road out of town) by its name and length only, never by raw coordinates; the
 * countries it keeps to only when it crosses a border, which is when they are news. Cheap to load:
 * the Intl formatters (whose first use costs tens of milliseconds) are made on the first call, so a
 * caller can describe a route only when it is first shown or focused.
 */
import { greatCircleKm, lineLengthKm } from './geo';
import type { Place, Position } from './types';

/** Endpoints within this distance of a point place take its name. */
const SAME_PLACE_KM = 5;

export function describeRoute(route: Place, places: readonly Place[]): string {
  const geometry = route.geometry;
  if (geometry.type !== 'LineString' && geometry.type !== 'MultiLineString') return '';
  const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  const km = parts.reduce((sum, part) => sum + lineLengthKm(part), 0);
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const start = first[0]!;
  const end = last[last.length - 1]!;
  const [from, to] = [placeAt(start, places), placeAt(end, places)];
  const between = from && to && from !== to && from.name !== to.name;
  const direct = greatCircleKm(start, end);
  const countries = countriesOf(route);
  const words = [
    between ? `${route.name}: from ${from.name} to ${to.name}` : route.name,
    // One country is no news: a road in Hawaii is in the United States.
    countries.length > 1 ? `over ${listInWords(countries)} only` : '',
    `${formatKm(km)} long`,
    between && Math.abs(km - direct) > 1 ? `against ${formatKm(direct)} for the direct great circle` : '',
  ];
  return `${words.filter(Boolean).join(', ')}.`;
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

/** The first listed point place within SAME_PLACE_KM, if any. */
function placeAt(position: Position, places: readonly Place[]): Place | undefined {
  const bands = bandsOf(places);
  const band = Math.floor(position[1] / BAND);
  let match: { place: Place; order: number } | undefined;
  for (const nearby of [band - 1, band, band + 1]) {
    for (const entry of bands.get(nearby) ?? []) {
      if (match && entry.order > match.order) continue;
      if (greatCircleKm(entry.place.geometry.coordinates as Position, position) <= SAME_PLACE_KM) match = entry;
    }
  }
  return match?.place;
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
