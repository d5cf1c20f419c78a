/**
 * The story's places on the map: one record per place (its data, role, rank and Leaflet layer),
 * markers for points and great-circle lines for routes. Choosing a layer with the pointer is
 * reported through `onChoose`; opening popups is the popups' job, moving the view the camera's.
 */
import {
  marker as createMarker,
  type LatLng,
  type LatLngBounds,
  type Map as LeafletMap,
  type Marker,
  type Polyline,
} from 'leaflet/dist/leaflet-src.esm.js';
import type { Place, Role, Story } from '../model/types';
import { createMarkerIcon } from './marker-icon';
import { createRouteLayer } from './route-layer';

const whenIdle = (task: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: 1000 }) : setTimeout(task, 200);

export interface PlaceRecord {
  place: Place;
  role: Role;
  /** Position in keyboard and drawing order: role order, then dataset order; lower is more important. */
  rank: number;
  layer: Marker | Polyline;
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
    const roles = new Map(story.roles.map((role, order) => [role.id, { role, order }]));
    const ranked = story.places
      .map((place, index) => ({ place, index, role: roles.get(place.role) }))
      .filter((entry): entry is { place: Place; index: number; role: { role: Role; order: number } } => !!entry.role)
      .sort((a, b) => a.role.order - b.role.order || a.index - b.index);
    this.ranked = ranked.map(({ place, role }, rank) => {
      const layer = this.createLayer(place, role.role, rank);
      const target = 'getLatLng' in layer ? layer.getLatLng() : layer.getBounds();
      const record: PlaceRecord = { place, role: role.role, rank, layer, target };
      this.byId.set(place.id, record);
      return record;
    });
    // Routes first, so markers draw above them.
    for (const record of this.ranked) if (record.place.geometry.type !== 'Point') record.layer.addTo(this.leafletMap);
    for (const record of this.ranked) if (record.place.geometry.type === 'Point') record.layer.addTo(this.leafletMap);
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
    for (const record of this.ranked) record.layer.remove();
    this.byId.clear();
    this.ranked = [];
  }

  private createLayer(place: Place, role: Role, rank: number): Marker | Polyline {
    const choose = () => this.options.onChoose(place.id);
    if (place.geometry.type === 'LineString') {
      return createRouteLayer(place as Place & { geometry: { type: 'LineString' } }, role).on('click', choose);
    }
    const [lon, lat] = place.geometry.coordinates;
    return createMarker([lat, lon], {
      icon: createMarkerIcon(place, role),
      keyboard: true,
      riseOnHover: true,
      // Where markers overlap at small scales, the more important place is on top.
      zIndexOffset: 1_000_000 - rank,
    }).on('click', choose);
  }

  /** Accessible names; routes also become focusable buttons, described when they get focus. */
  private decorate({ place, role, layer }: PlaceRecord): void {
    const element = layer.getElement() as HTMLElement | SVGElement | undefined;
    if (!element) return;
    element.setAttribute('aria-label', `${place.name}, ${role.label}`);
    element.setAttribute('aria-haspopup', 'dialog');
    element.setAttribute('data-place-id', place.id);
    element.setAttribute('tabindex', '-1');
    if (place.geometry.type === 'Point') return;
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
