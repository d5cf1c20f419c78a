/**
 * The story's places on the map: one record per place (its data, role, rank and Leaflet layers):
 * a marker for a point, a great-circle line for a route, a light fill plus a marker inside it for
 * an area (a MultiPoint's other points are small dots). Choosing a layer with the pointer is
 * reported through `onChoose`; opening popups is the popups' job, moving the view the camera's.
 */
import {
  circleMarker,
  marker as createMarker,
  type LatLng,
  type LatLngBounds,
  type Layer,
  type Map as LeafletMap,
  type Marker,
  type Polyline,
} from 'leaflet/dist/leaflet-src.esm.js';
import { anchorOf, kindOf } from '../model/geometry';
import { placeRanks } from '../model/ranks';
import type { Place, Role, Story } from '../model/types';
import { createAreaLayer } from './area-layer';
import { createMarkerIcon } from './marker-icon';
import { createRouteLayer } from './route-layer';

const whenIdle = (task: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: 1000 }) : setTimeout(task, 200);

export interface PlaceRecord {
  place: Place;
  role: Role;
  /** Position in keyboard and drawing order: role order, then dataset order; lower is more important. */
  rank: number;
  /** The layer a reader focuses and chooses: the marker of a point or an area, the line of a route. */
  layer: Marker | Polyline;
  /** Drawn under it: an area's fill, a MultiPoint's other points. */
  extras: Layer[];
  /** Where the view aims and the popup points. */
  target: LatLng | LatLngBounds;
}

export interface PlaceLayersOptions {
  /** A place was clicked or tapped. */
  onChoose: (id: string) => void;
  /** A sentence describing a route for screen readers, asked when the route gets focus. */
  describe?: (place: Place) => string;
}

export class PlaceLayers {
  private readonly leafletMap: LeafletMap;
  private readonly options: PlaceLayersOptions;
  private readonly byId = new Map<string, PlaceRecord>();
  /** Records by rank: the arrow keys walk this order. */
  private ranked: PlaceRecord[] = [];

  constructor(leafletMap: LeafletMap, options: PlaceLayersOptions) {
    this.leafletMap = leafletMap;
    this.options = options;
  }

  /** Replaces whatever was drawn with the story's places. */
  draw(story: Story): void {
    this.clear();
    const roles = new Map(story.roles.map((role) => [role.id, role]));
    const ranks = placeRanks(story);
    this.ranked = story.places
      .flatMap((place) => {
        const role = roles.get(place.role);
        return role ? [{ place, role, rank: ranks.get(place.id) ?? 0 }] : [];
      })
      .sort((a, b) => a.rank - b.rank)
      .map(({ place, role, rank }) => {
        const { layer, extras } = this.createLayers(place, role, rank);
        const target = 'getLatLng' in layer ? layer.getLatLng() : layer.getBounds();
        const record: PlaceRecord = { place, role, rank, layer, extras, target };
        this.byId.set(place.id, record);
        return record;
      });
    // Areas and routes first, so markers draw above them.
    for (const record of this.ranked) for (const extra of record.extras) extra.addTo(this.leafletMap);
    for (const record of this.ranked) if (!('getLatLng' in record.layer)) record.layer.addTo(this.leafletMap);
    for (const record of this.ranked) if ('getLatLng' in record.layer) record.layer.addTo(this.leafletMap);
    for (const record of this.ranked) this.decorate(record);
  }

  get(id: string): PlaceRecord | undefined {
    return this.byId.get(id);
  }

  /** Every record, most important first. */
  get records(): readonly PlaceRecord[] {
    return this.ranked;
  }

  /** The keyboard-reachable element of a place, once drawn. */
  element(id: string): HTMLElement | SVGElement | undefined {
    return (this.byId.get(id)?.layer.getElement() as HTMLElement | SVGElement | undefined) ?? undefined;
  }

  /** Marks the places a reader is looking at (for example the paragraph in view); [] clears. */
  highlight(ids: readonly string[]): void {
    const wanted = new Set(ids);
    for (const record of this.ranked) this.element(record.place.id)?.classList.toggle('highlighted', wanted.has(record.place.id));
  }

  clear(): void {
    for (const record of this.ranked) for (const layer of [record.layer, ...record.extras]) layer.remove();
    this.byId.clear();
    this.ranked = [];
  }

  private createLayers(place: Place, role: Role, rank: number): { layer: Marker | Polyline; extras: Layer[] } {
    const choose = () => this.options.onChoose(place.id);
    const geometry = place.geometry;
    if (geometry.type === 'LineString' || geometry.type === 'MultiLineString') {
      const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
      return { layer: createRouteLayer(parts, role).on('click', choose), extras: [] };
    }
    const [lon, lat] = anchorOf(place);
    const marker = createMarker([lat, lon], {
      icon: createMarkerIcon(place, role),
      keyboard: true,
      riseOnHover: true,
      // Where markers overlap at small scales, the more important place is on top.
      zIndexOffset: 1_000_000 - rank,
    }).on('click', choose);
    const extras: Layer[] =
      geometry.type === 'Polygon' || geometry.type === 'MultiPolygon'
        ? [createAreaLayer(geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates, role).on('click', choose)]
        : geometry.type === 'MultiPoint'
          ? geometry.coordinates
              .slice(1)
              .map(([x, y]) =>
                circleMarker([y, x], { radius: 5, color: role.color, fillOpacity: 0.8, bubblingMouseEvents: false }).on('click', choose),
              )
          : [];
    return { layer: marker, extras };
  }

  /** Accessible names; routes also become focusable buttons, described when they get focus. */
  private decorate({ place, role, layer }: PlaceRecord): void {
    const element = layer.getElement() as HTMLElement | SVGElement | undefined;
    if (!element) return;
    element.setAttribute('aria-label', `${place.name}, ${role.label}`);
    element.setAttribute('aria-haspopup', 'dialog');
    element.setAttribute('data-place-id', place.id);
    element.setAttribute('tabindex', '-1');
    if (kindOf(place) !== 'line') return;
    element.setAttribute('role', 'button');
    const describe = this.options.describe;
    if (!describe) return;
    // Built off the first draw: formatting distances costs tens of milliseconds at start-up.
    const addDescription = () => {
      if (!element.hasAttribute('aria-description')) element.setAttribute('aria-description', describe(place));
    };
    element.addEventListener('focus', addDescription, { once: true });
    whenIdle(addDescription);
  }
}
