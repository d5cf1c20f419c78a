/**
 * What a view frames, and how close: the story's focus for the first view, every place, the
 * places a paragraph names, and the zoom at which a chosen place stands apart from its
 * neighbours. The camera moves and the clear area pads; this decides which places and what zoom.
 */
import type { LatLng, Map as LeafletMap } from 'leaflet/dist/leaflet-src.esm.js';
import { FOCUS_MAX_PLACES, separationZoom, storyFocus } from '../model/framing';
import { framedPositions } from '../model/first-view';
import { positionsOf } from '../model/geometry';
import type { Place, Position } from '../model/types';
import { authoredView, DETAIL_ZOOM, type AuthoredView } from '../model/view-frame';
import type { Camera } from './camera';
import type { ClearArea } from './clear-area';
import { aimsAtPoint, type PlaceLayers, type PlaceRecord } from './place-layers';
import type { PlacePopups } from './place-popups';

const lonLatOf = (latLng: LatLng): Position => [latLng.lng, latLng.lat];

const positionsOfPlaces = (places: readonly Place[]): Position[] => places.flatMap((place) => positionsOf(place.geometry));

export interface PlaceFramingParts {
  leafletMap: LeafletMap;
  camera: Camera;
  places: PlaceLayers;
  popups: PlacePopups;
  clear: ClearArea;
  /** The story's places (none before a story is drawn). */
  storyPlaces: () => readonly Place[];
  /** The author's first view (the element's `first-view`, else the data's `story.view`), if any. */
  authoredView: () => AuthoredView | undefined;
  /** The map shows the offline basemap alone (no online tiles). */
  offline: () => boolean;
}

export class PlaceFraming {
  private readonly parts: PlaceFramingParts;
  /**
   * The first view's zoom: the story's own scale. A place chosen from afar is shown at least this
   * close, so Washington chosen from the summit story's inset shows a coast and its cities, as
   * Vietnam did, rather than the world; a local story's place, its streets' scale.
   */
  private storyZoom?: number;

  constructor(parts: PlaceFramingParts) {
    this.parts = parts;
  }

  /** Frames every place. */
  fitAll(animate: boolean): void {
    const { camera, clear, storyPlaces } = this.parts;
    camera.frame(positionsOfPlaces(storyPlaces()), { animate, ...clear.framePadding() });
  }

  /**
   * The first view: the author's, else the story's focus (see storyFocus) by its own extent, at any
   * scale, in the part of the map no overlay covers, with room for labels.
   */
  frameFocus(animate: boolean): void {
    const { leafletMap, camera, places, clear, storyPlaces } = this.parts;
    // Leaflet caches its size; a layout that settled since (a sticky column, a late stylesheet)
    // would frame the places into the old, smaller box.
    leafletMap.invalidateSize({ pan: false });
    const authored = this.parts.authoredView();
    if (authored) {
      const size = leafletMap.getSize();
      const {
        paddingTopLeft: [left, top],
        paddingBottomRight: [right, bottom],
      } = clear.framePadding(false);
      const area = { x: left, y: top, width: Math.max(1, size.x - left - right), height: Math.max(1, size.y - top - bottom) };
      const limits = { maxZoom: leafletMap.getMaxZoom(), minZoom: leafletMap.getMinZoom() };
      const view = authoredView(authored, { width: size.x, height: size.y }, area, limits);
      camera.moveTo(leafletMap.wrapLatLng([view.center[1], view.center[0]]), { animate, zoom: view.zoom });
      this.storyZoom = view.zoom;
      return;
    }
    const all = storyPlaces();
    const candidates = places.records.reduce((count, record) => count + (aimsAtPoint(record) ? 1 : 0), 0);
    // A dataset too large for a focus is framed whole (see storyFocus), without listing its ids.
    const focus = candidates > FOCUS_MAX_PLACES ? undefined : new Set(this.focusIds());
    // The same positions as the pre-rendered first view's (model/first-view.ts), so it hands over without a jump.
    const positions = framedPositions(positionsOfPlaces(focus ? all.filter((place) => focus.has(place.id)) : all), positionsOfPlaces(all));
    // Offline, a first view barely into the basemap's detail level stays on its world file (model/first-view.ts).
    const lightFrom = this.parts.offline() ? DETAIL_ZOOM : undefined;
    this.storyZoom = camera.frame(positions, { animate, lightFrom, ...clear.framePadding() })?.zoom;
  }

  /** The ids the first view frames. */
  focusIds(): string[] {
    return this.focusOf(this.parts.places.records.filter(aimsAtPoint));
  }

  /** Frames the focus of the given places (none known: nothing moves), keeping an open place in the frame. */
  frame(ids: readonly string[], animate: boolean): void {
    const { leafletMap, camera, places, popups, clear, storyPlaces } = this.parts;
    const wanted = new Set(ids);
    const records = places.records.filter((record) => wanted.has(record.place.id));
    const points = records.filter(aimsAtPoint);
    const framed = new Set(points.length ? this.focusOf(points) : records.map((record) => record.place.id));
    if (framed.size === 0) return;
    if (popups.openId) framed.add(popups.openId);
    const positions = positionsOfPlaces(storyPlaces().filter((place) => framed.has(place.id)));
    if (popups.openId) leafletMap.once('moveend', () => clear.keepClear(places.get(popups.openId), animate));
    camera.frame(positions, { animate, ...clear.framePadding() });
  }

  /**
   * The zoom at which a point place stands apart from every other point (undefined for routes), up
   * to the map's deepest zoom, where places that still coincide fan out (see PlaceFan).
   */
  placeZoom(record: PlaceRecord): number | undefined {
    if (!('lat' in record.target)) return undefined;
    const { leafletMap } = this.parts;
    const others = this.parts.places.records
      .filter((other) => other !== record && aimsAtPoint(other))
      .map((other) => lonLatOf(other.target as LatLng));
    const maxZoom = leafletMap.getMaxZoom();
    const minZoom = Math.min(maxZoom, this.storyZoom ?? leafletMap.getMinZoom());
    return separationZoom(lonLatOf(record.target), others, { maxZoom, minZoom });
  }

  private focusOf(records: readonly PlaceRecord[]): string[] {
    return storyFocus(
      records.map((record) => ({ id: record.place.id, position: lonLatOf(record.target as LatLng), order: record.role.order })),
    );
  }
}
