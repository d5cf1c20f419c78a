/** A route in words, for screen readers: from, to, countries crossed, length. */
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

function nameAt(position: Position, places: readonly Place[]): string {
  const match = places.find(
    (place) => place.geometry.type === 'Point' && greatCircleKm(place.geometry.coordinates, position) <= SAME_PLACE_KM,
  );
  return match ? match.name : `${position[1].toFixed(2)}°, ${position[0].toFixed(2)}°`;
}

export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function formatKm(km: number): string {
  return `${Math.round(km).toLocaleString('en-US')} km`;
}
