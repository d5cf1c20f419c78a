/**
 * Optional online tiles (the element's `tiles` URL template) above the offline basemap: the one
 * part of the map that asks a third-party server, so it is only drawn when the page asks for it.
 */
import type { Map as LeafletMap, TileLayer } from 'leaflet/dist/leaflet-src.esm.js';

/** Leaflet's tile layers, a module of their own in the built files (scripts/vite-leaflet-slim.ts): a map without tiles never loads them. */
const tileCode = () => import('virtual:summit-map/leaflet-tiles');

export class OnlineTiles {
  private readonly leafletMap: LeafletMap;
  private readonly onError: (message: string) => void;
  private layer?: TileLayer;
  /** The template last asked for: a slower, older request for the tiles' code draws nothing. */
  private wanted = '';

  /** @param onError the tiles' code could not be loaded (plain-language message) */
  constructor(leafletMap: LeafletMap, onError: (message: string) => void) {
    this.leafletMap = leafletMap;
    this.onError = onError;
  }

  /** Draws tiles from `urlTemplate` (Leaflet's {z}/{x}/{y} form); '' removes them. */
  set(urlTemplate: string): void {
    this.wanted = urlTemplate;
    this.layer?.remove();
    this.layer = undefined;
    if (!urlTemplate) return;
    tileCode().then(
      ({ tileLayer }) => {
        if (this.wanted !== urlTemplate || this.layer) return;
        this.layer = tileLayer(urlTemplate, { maxZoom: 19, crossOrigin: true }).addTo(this.leafletMap);
      },
      () => this.wanted === urlTemplate && this.onError('The online tiles could not be loaded.'),
    );
  }

  /** Removes the tiles, and any still to come. */
  remove(): void {
    this.set('');
  }
}
