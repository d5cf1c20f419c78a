/**
 * The Leaflet side of <summit-map>: creates the map in a container, draws the basemap, places
 * and routes, opens popups, and reports selection through a callback. The element owns its
 * lifecycle (create on connect, `destroy()` on disconnect). This folder is the only code that
 * imports Leaflet, so a move to Leaflet 2 stays here.
 */
import {
  latLngBounds,
  map as createMap,
  marker as createMarker,
  tileLayer,
  type GeoJSON as GeoJSONLayer,
  type Layer,
  type Map as LeafletMap,
  type Marker,
  type PathOptions,
  type Polyline,
  type TileLayer,
} from 'leaflet/dist/leaflet-src.esm.js';
import type { Topology } from 'topojson-specification';
import { boundsOf } from '../model/geo';
import type { Article, Place, Position, Role, Story } from '../model/types';
import { addBasemap, type BasemapColors } from './basemap';
import { layoutLabels } from './label-layout';
import { createMarkerIcon } from './marker-icon';
import { createPopupContent } from './popup-content';
import { createRouteLayer } from './route-layer';

export interface StoryMapOptions {
  basemap: Topology;
  colors: BasemapColors;
  /** Called when a popup opens (with its place id) or closes (with ''). */
  onSelect: (id: string) => void;
  /** Accessible description of the map region, e.g. the story title. */
  label: string;
}

type PlaceLayer = Marker | Polyline;

const FIT_PADDING: [number, number] = [28, 28];

export class StoryMap {
  readonly map: LeafletMap;
  private readonly options: StoryMapOptions;
  private basemapLayer?: GeoJSONLayer;
  private tiles?: TileLayer;
  private readonly layers = new Map<string, PlaceLayer>();
  private readonly markers = new Map<string, Marker>();
  private readonly priorities = new Map<string, number>();
  private story?: Story;
  private openId = '';
  /** Set while a popup is opened from the keyboard, so focus follows it into the popup. */
  private keyboardOpen = false;

  constructor(container: HTMLElement, options: StoryMapOptions) {
    this.options = options;
    this.map = createMap(container, {
      // Our own controls and credit line (in the element) replace Leaflet's, whose buttons and
      // attribution are written with innerHTML.
      zoomControl: false,
      attributionControl: false,
      minZoom: 1,
      maxZoom: 10,
      zoomSnap: 0.25,
      zoomDelta: 1,
      worldCopyJump: false,
      // A page that embeds the map keeps its scroll: the wheel zooms only once the map has focus.
      scrollWheelZoom: false,
      center: [30, 60],
      zoom: 2,
    });
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', options.label);
    container.addEventListener('focusin', this.onFocusIn);
    container.addEventListener('focusout', this.onFocusOut);
    container.addEventListener('keydown', this.onKeyDown);
    this.map.on('popupopen', this.onPopupOpen);
    this.map.on('popupclose', this.onPopupClose);
    this.map.on('zoomend moveend resize', this.relayout);
  }

  setStory(story: Story, article: Article | undefined): void {
    this.story = story;
    this.removeBasemap();
    this.basemapLayer = addBasemap(this.map, this.options.basemap, new Set(story.tint), this.options.colors);
    for (const layer of this.layers.values()) layer.remove();
    this.layers.clear();
    this.markers.clear();
    this.priorities.clear();
    this.openId = '';
    const roles = new Map(story.roles.map((role) => [role.id, role]));
    // Routes first so markers draw above them.
    const ordered = [...story.places].sort((a, b) => Number(a.geometry.type === 'Point') - Number(b.geometry.type === 'Point'));
    for (const place of ordered) {
      const role = roles.get(place.role);
      if (!role) continue;
      const priority = role.order * 10_000 + story.places.indexOf(place);
      const layer = this.createPlaceLayer(place, role, article, priority);
      this.layers.set(place.id, layer);
      this.priorities.set(place.id, priority);
      layer.addTo(this.map);
    }
    this.decorateForKeyboard();
    this.relayout();
  }

  /** Frames every place. */
  fitAll(animate: boolean): void {
    const positions = (this.story?.places ?? []).flatMap((place) =>
      place.geometry.type === 'Point' ? [place.geometry.coordinates] : place.geometry.coordinates,
    );
    if (positions.length === 0) return;
    if (positions.length === 1) {
      const [lon, lat] = positions[0] as Position;
      this.map.setView([lat, lon], 6, { animate });
      return;
    }
    this.map.fitBounds(latLngBounds(boundsOf(positions)), { padding: FIT_PADDING, animate, maxZoom: 7 });
  }

  /** Opens the place's popup (or closes any with ''); false when the id is unknown. */
  open(id: string, options: { animate: boolean; focus?: boolean }): boolean {
    if (id === '') {
      this.map.closePopup();
      return true;
    }
    const layer = this.layers.get(id);
    if (!layer) return false;
    if (this.openId === id) return true;
    this.keyboardOpen = options.focus ?? false;
    layer.openPopup();
    return true;
  }

  zoomBy(delta: number, animate: boolean): void {
    this.map.setZoom(this.map.getZoom() + delta, { animate });
  }

  /** Optional online tiles above the offline basemap; '' removes them. */
  setTiles(urlTemplate: string): void {
    this.tiles?.remove();
    this.tiles = urlTemplate ? tileLayer(urlTemplate, { maxZoom: 19, crossOrigin: true }).addTo(this.map) : undefined;
  }

  /** The map measures itself only on window resize; the element calls this on its own resize. */
  invalidateSize(): void {
    this.map.invalidateSize({ pan: false });
    this.relayout();
  }

  destroy(): void {
    const container = this.map.getContainer();
    container.removeEventListener('focusin', this.onFocusIn);
    container.removeEventListener('focusout', this.onFocusOut);
    container.removeEventListener('keydown', this.onKeyDown);
    // Leaflet 1.9 finishes a zoom animation from a timer that map.remove() does not clear; left
    // running, it throws into the host page after the element is gone. End it first.
    this.map.stop();
    const internals = this.map as unknown as { _animatingZoom?: boolean; _onZoomTransitionEnd?: () => void };
    if (internals._animatingZoom) internals._onZoomTransitionEnd?.();
    this.removeBasemap();
    this.map.off();
    this.map.remove();
    this.layers.clear();
    this.markers.clear();
  }

  /** @param priority lower is more important: drawn on top where markers overlap */
  /** Removes the basemap and its own canvas renderer, which stays on the map otherwise. */
  private removeBasemap(): void {
    const renderer = (this.basemapLayer?.options as PathOptions | undefined)?.renderer;
    this.basemapLayer?.remove();
    renderer?.remove();
    this.basemapLayer = undefined;
  }

  private createPlaceLayer(place: Place, role: Role, article: Article | undefined, priority: number): PlaceLayer {
    const popup = createPopupContent(place, role, article, { onClose: () => this.closeAndReturnFocus() });
    const popupOptions = {
      closeButton: false,
      maxWidth: 320,
      minWidth: 220,
      autoPanPadding: [16, 16] as [number, number],
      className: 'summit-leaflet-popup',
    };
    if (place.geometry.type === 'LineString') {
      return createRouteLayer(place as Place & { geometry: { type: 'LineString' } }, role).bindPopup(popup, popupOptions);
    }
    const [lon, lat] = place.geometry.coordinates;
    const marker = createMarker([lat, lon], {
      icon: createMarkerIcon(place, role),
      keyboard: true,
      riseOnHover: true,
      // Where markers overlap at small scales, the more important place is on top.
      zIndexOffset: 1_000_000 - priority,
    });
    marker.bindPopup(popup, popupOptions);
    this.markers.set(place.id, marker);
    return marker;
  }

  /** Accessible names on markers and routes, and Enter/Space on a focused route path. */
  private decorateForKeyboard(): void {
    const roles = new Map(this.story?.roles.map((role) => [role.id, role]));
    for (const [id, layer] of this.layers) {
      const place = this.story?.places.find((candidate) => candidate.id === id);
      const element = layer.getElement() as HTMLElement | SVGElement | undefined;
      if (!place || !element) continue;
      element.setAttribute('aria-label', `${place.name}, ${roles.get(place.role)?.label ?? place.role}`);
      element.setAttribute('aria-haspopup', 'dialog');
      element.setAttribute('data-place-id', id);
      if (!('getLatLng' in layer)) {
        element.setAttribute('tabindex', '0');
        element.setAttribute('role', 'button');
      }
    }
  }

  private closeAndReturnFocus(): void {
    const id = this.openId;
    this.map.closePopup();
    const element = this.layers.get(id)?.getElement() as HTMLElement | SVGElement | undefined;
    element?.focus();
  }

  private readonly relayout = () => {
    layoutLabels(this.map, this.markers, this.priorities);
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as Element;
    const placeElement = target.closest?.('[data-place-id]');
    if (event.key === 'Escape' && this.openId) {
      // Leaflet closes popups on Escape only while the map container itself has focus.
      event.preventDefault();
      this.closeAndReturnFocus();
      return;
    }
    if ((event.key === 'Enter' || event.key === ' ') && placeElement) {
      event.preventDefault();
      event.stopPropagation();
      const id = placeElement.getAttribute('data-place-id') ?? '';
      if (this.openId === id) this.map.closePopup();
      this.open(id, { animate: true, focus: true });
    }
  };

  private readonly onFocusIn = () => this.map.scrollWheelZoom.enable();
  private readonly onFocusOut = (event: FocusEvent) => {
    if (!this.map.getContainer().contains(event.relatedTarget as Node | null)) this.map.scrollWheelZoom.disable();
  };

  private readonly onPopupOpen = (event: { popup: { getElement(): HTMLElement | undefined; _source?: Layer } }) => {
    const source = event.popup._source;
    const id = [...this.layers].find(([, layer]) => layer === source)?.[0] ?? '';
    this.openId = id;
    if (this.keyboardOpen) {
      this.keyboardOpen = false;
      event.popup.getElement()?.querySelector<HTMLElement>('.popup')?.focus();
    }
    this.options.onSelect(id);
  };

  private readonly onPopupClose = () => {
    // A popup closes before the next one opens; only report "nothing selected" if none follows.
    const closing = this.openId;
    this.openId = '';
    queueMicrotask(() => {
      if (this.openId === '' && closing) this.options.onSelect('');
    });
  };
}
