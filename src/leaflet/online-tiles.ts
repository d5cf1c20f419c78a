/**
 * Optional online tiles (the element's `tiles` URL template) above the offline basemap: the one
 * part of the map that asks a third-party server, so it is only drawn when the page asks for it.
 */
import { tileLayer, type Map as LeafletMap, type TileLayer } from 'leaflet/dist/leaflet-src.esm.js';

export class OnlineTiles {
  private readonly leafletMap: LeafletMap;
  private layer?: TileLayer;

  constructor(leafletMap: LeafletMap) {
    this.leafletMap = leafletMap;
  }

  /** Draws tiles from `urlTemplate` (Leaflet's {z}/{x}/{y} form); '' removes them. */
  set(urlTemplate: string): void {
    this.layer?.remove();
    this.layer = urlTemplate ? tileLayer(urlTemplate, { maxZoom: 19, crossOrigin: true }).addTo(this.leafletMap) : undefined;
  }
}
