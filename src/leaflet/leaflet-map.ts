/**
 * The Leaflet map under a story view, created and removed so that the element can re-attach it to
 * the same container any number of times without leaking: Leaflet 1.9's quirks on that path are
 * kept here, in one place, for a move to Leaflet 2.
 */
import { DomEvent, map as createMap, type Map as LeafletMap } from 'leaflet/dist/leaflet-src.esm.js';
import { MIN_ZOOM, OFFLINE_MAX_ZOOM, ZOOM_SNAP } from '../model/view-frame';
import { finishZoomAnimation } from './leaflet-internals';

export function createLeafletMap(container: HTMLElement, options: { reducedMotion?: boolean }): LeafletMap {
  return createMap(container, {
    // Our own controls and credit line (in the element) replace Leaflet's, whose buttons and
    // attribution are written as HTML strings.
    zoomControl: false,
    attributionControl: false,
    minZoom: MIN_ZOOM,
    // The offline basemap's honest limit until the view sets its own (tiles, the author's limit).
    maxZoom: OFFLINE_MAX_ZOOM,
    zoomSnap: ZOOM_SNAP,
    zoomDelta: 1,
    zoomAnimation: !options.reducedMotion,
    fadeAnimation: !options.reducedMotion,
    markerZoomAnimation: !options.reducedMotion,
    worldCopyJump: false,
    scrollWheelZoom: false,
    // The element re-measures the map when its own size changes (ResizeController). Leaflet's
    // window resize listener would be redundant, and Leaflet 1.9 removes it by setting its key on
    // window to null rather than deleting it: one key left on window per map, so per re-attach.
    trackResize: false,
    center: [30, 60],
    zoom: 2,
  });
}

/** Ends any move or zoom under way: call before taking the map's layers off. */
export function stopLeafletMap(leafletMap: LeafletMap): void {
  // Leaflet 1.9 finishes a zoom animation from a timer that map.remove() does not clear; left
  // running, it throws into the host page after the element is gone. End it first.
  leafletMap.stop();
  finishZoomAnimation(leafletMap);
}

/** Removes the map and every listener it left, so its container can take a new map. */
export function removeLeafletMap(leafletMap: LeafletMap): void {
  leafletMap.off();
  leafletMap.remove();
  // Leaflet 1.9's remove() leaves its scroll listener on the container; the element reuses the
  // container for its next map, so each re-attach would keep the previous map alive through it.
  DomEvent.off(leafletMap.getContainer());
}
