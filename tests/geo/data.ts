// Loads the bundled geo data (and the world-atlas original) for the data tests: one place, typed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type Country = Feature<Polygon | MultiPolygon, { name: string }>;
export interface PlaceProperties {
  name: string;
  country?: string;
  countries?: string[];
}
export type Place = Feature<Point | LineString, PlaceProperties>;
export type Places = FeatureCollection<Point | LineString, PlaceProperties> & { story: { tint: string[] } };
export interface Gazetteer {
  id: string;
  lat: number;
  lon: number;
}

export const paths = {
  places: new URL('../../geo/places.geojson', import.meta.url),
  article: new URL('../../geo/article.json', import.meta.url),
  gazetteer: new URL('../../geo/source/gazetteer.json', import.meta.url),
  world50m: createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'),
};

const readJson = <T>(path: URL | string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

export const world50m = readJson<Topology>(paths.world50m);
/** Country outlines for the point-in-country checks: Natural Earth 1:50m (geo/basemap/ is drawn from it and from 1:10m). */
export const basemap = world50m;
export const places = readJson<Places>(paths.places);
export const gazetteer = readJson<Gazetteer[]>(paths.gazetteer);

/** The countries of a topology as GeoJSON features (topojson-client does the decoding). */
export function countriesOf(topology: Topology): Country[] {
  const object = topology.objects.countries as GeometryCollection<{ name: string }> | undefined;
  if (!object) throw new Error('no "countries" object');
  return feature(topology, object).features as Country[];
}

export function countryNamed(countries: readonly Country[], name: string): Country {
  const found = countries.find((country) => country.properties.name === name);
  if (!found) throw new Error(`no country named ${name}`);
  return found;
}

export function placeById(id: string): Place {
  const found = places.features.find((place) => place.id === id);
  if (!found) throw new Error(`no place ${id}`);
  return found;
}
