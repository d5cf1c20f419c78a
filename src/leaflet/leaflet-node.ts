/**
 * Leaflet's place in the package's Node build (dist/lib-node/, the "node" condition of the
 * package's exports): Leaflet reads `window` as its module loads, so Node could not even import
 * the package. Nothing here runs unless a map is built, which needs a browser: every function
 * says so, and the classes the map's layers extend are empty.
 */
const needsBrowser = (): never => {
  throw new Error('summit-map draws its map with Leaflet, which needs a browser; in Node, use the model (summit-map/model).');
};
class NeedsBrowser {
  constructor() {
    needsBrowser();
  }
}

/** The version src/leaflet/leaflet-internals.ts checks as it loads (the stub stands in for it). */
export const version = '1.9.4';
export const Layer = NeedsBrowser;
export const Renderer = NeedsBrowser;
export const DomEvent = {
  on: needsBrowser,
  off: needsBrowser,
  stop: needsBrowser,
  stopPropagation: needsBrowser,
  disableClickPropagation: needsBrowser,
  disableScrollPropagation: needsBrowser,
};
export const DomUtil = {
  create: needsBrowser,
  remove: needsBrowser,
  setPosition: needsBrowser,
  setTransform: needsBrowser,
  addClass: needsBrowser,
  removeClass: needsBrowser,
};
export const circleMarker = needsBrowser;
export const divIcon = needsBrowser;
export const latLng = needsBrowser;
export const latLngBounds = needsBrowser;
export const layerGroup = needsBrowser;
export const map = needsBrowser;
export const marker = needsBrowser;
export const point = needsBrowser;
export const polygon = needsBrowser;
export const polyline = needsBrowser;
export const popup = needsBrowser;
export const GridLayer = NeedsBrowser;
export const TileLayer = NeedsBrowser;
export const gridLayer = needsBrowser;
export const tileLayer = needsBrowser;
