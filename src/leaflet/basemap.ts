/**
 * The offline basemap: Natural Earth country shapes (via world-atlas, prepared by
 * geo/scripts/build-basemap.mjs) drawn as vector polygons, with the story's countries tinted.
 * Nothing is requested from a tile server.
 */
import { Canvas, geoJSON, type GeoJSONOptions, type Map as LeafletMap, type PathOptions } from 'leaflet/dist/leaflet-src.esm.js';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

/**
 * A canvas renderer that skips a redraw scheduled before it was destroyed. Leaflet 1.9 can run
 * one after map.remove() (Leaflet issue #6030), which would throw into the host page.
 */
const SafeCanvas = Canvas.extend({
  _redraw(this: { _ctx?: CanvasRenderingContext2D }) {
    if (this._ctx) (Canvas.prototype as unknown as { _redraw(): void })._redraw.call(this);
  },
}) as unknown as new (options: { pane: string; padding: number }) => Canvas;

export const BASEMAP_PANE = 'summit-basemap';

export interface BasemapColors {
  land: string;
  tint: string;
  border: string;
}

// Decoding the topology is the costly part; maps on one page share the result.
const decoded = new WeakMap<Topology, GeoJSON.FeatureCollection>();

function countriesOf(topology: Topology): GeoJSON.FeatureCollection {
  let countries = decoded.get(topology);
  if (!countries) {
    const object = topology.objects.countries;
    if (!object) throw new Error('The basemap has no "countries" object.');
    countries = feature(topology, object) as GeoJSON.FeatureCollection;
    decoded.set(topology, countries);
  }
  return countries;
}

export function addBasemap(map: LeafletMap, topology: Topology, tint: ReadonlySet<string>, colors: BasemapColors) {
  // Below the optional online tiles (tilePane is 200), so tiles draw over it when they load.
  const pane = map.getPane(BASEMAP_PANE) ?? map.createPane(BASEMAP_PANE);
  pane.style.zIndex = '150';
  // GeoJSON hands its options to each polygon it makes, so Path options such as renderer apply.
  const options: GeoJSONOptions & PathOptions = {
    pane: BASEMAP_PANE,
    interactive: false,
    // Canvas keeps ~250 country polygons cheap to pan and zoom.
    renderer: new SafeCanvas({ pane: BASEMAP_PANE, padding: 0.5 }),
    style: (country) => ({
      stroke: true,
      color: colors.border,
      weight: 0.6,
      fill: true,
      fillColor: tint.has(String(country?.properties?.name)) ? colors.tint : colors.land,
      fillOpacity: 1,
    }),
  };
  return geoJSON(countriesOf(topology), options).addTo(map);
}
