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
  type LayerGroup,
  type Map as LeafletMap,
  type Path,
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
import type { Outcome } from '../model/outcome';
import { createOutcomeLayer, decorateOutcome } from './outcome-layer';
import { createPopupContent } from './popup-content';
import { createRouteLayer } from './route-layer';

export interface StoryMapOptions {
  basemap: Topology;
  colors: BasemapColors;
  /** Called when a popup opens (with its place id) or closes (with ''). */
  onSelect: (id: string) => void;
  /** A sentence describing a route for screen readers. */
  describe?: (place: Place) => string;
  /** Paragraphs to offer as links in a place's popup (none: no links). Asked each time a popup opens. */
  citedParagraphs?: (place: Place) => number[];
  /** A paragraph link in a popup was chosen. */
  onCite?: (placeId: string, paragraph: number) => void;
  /** Accessible name of the map region. */
  label: string;
  /** The reader prefers reduced motion: no zoom, fade or marker animations. */
  reducedMotion?: boolean;
}

export interface OpenOptions {
  /** Animate moves (false under reduced motion). */
  animate: boolean;
  /** Move focus into the popup (keyboard use). */
  focus?: boolean;
  /** Bring the place into view first: for selections made outside the map (list, link, API). */
  fly?: boolean;
}

/** The zoom a fly-to reaches at least, where a country such as Vietnam fills the map. */
const FLY_MIN_ZOOM = 5;

type PlaceLayer = Marker | Polyline;

/** Room popups leave for overlays, in pixels from the map's corners; `maxHeight` caps a popup. */
export interface PopupClearance {
  topLeft: [number, number];
  bottomRight: [number, number];
  maxHeight?: number;
}

function popupClearanceOptions(clearance: PopupClearance) {
  return { autoPanPaddingTopLeft: clearance.topLeft, autoPanPaddingBottomRight: clearance.bottomRight, maxHeight: clearance.maxHeight };
}

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
  /** Place ids in keyboard order (role order, then dataset order): the arrow keys walk it. */
  private focusOrder: string[] = [];
  private openId = '';
  /** The place a fly-to is heading for; a newer selection cancels the popup of an older one. */
  private flyingTo = '';
  private popupClearance: PopupClearance = { topLeft: [16, 16], bottomRight: [16, 16] };
  private outcome?: { group: LayerGroup; layers: Map<string, Path>; data: Outcome };
  /** Set while a popup is opened from the keyboard, so focus follows it into the popup. */
  private keyboardOpen = false;

  constructor(container: HTMLElement, options: StoryMapOptions) {
    this.options = options;
    this.map = createMap(container, {
      // Our own controls and credit line (in the element) replace Leaflet's, whose buttons and
      // attribution are written as HTML strings.
      zoomControl: false,
      attributionControl: false,
      minZoom: 1,
      maxZoom: 10,
      zoomSnap: 0.25,
      zoomDelta: 1,
      zoomAnimation: !options.reducedMotion,
      fadeAnimation: !options.reducedMotion,
      markerZoomAnimation: !options.reducedMotion,
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
    this.focusOrder = [...this.priorities].sort((a, b) => a[1] - b[1]).map(([id]) => id);
    this.decorateForKeyboard();
    this.setRovingTarget(this.focusOrder[0] ?? '');
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
  open(id: string, options: OpenOptions): boolean {
    this.flyingTo = '';
    if (id === '') {
      this.map.closePopup();
      return true;
    }
    const layer = this.layers.get(id);
    if (!layer) return false;
    if (this.openId === id) return true;
    this.keyboardOpen = options.focus ?? false;
    this.setRovingTarget(id);
    if (!options.fly) {
      layer.openPopup();
      return true;
    }
    const target = 'getLatLng' in layer ? layer.getLatLng() : layer.getBounds();
    const alreadyInView = this.map.getBounds().pad(-0.1).contains(target);
    if (alreadyInView) {
      layer.openPopup();
    } else {
      // Open once the move ends, so the popup's own auto-pan does not fight the flight.
      this.flyingTo = id;
      this.map.once('moveend', () => {
        if (this.flyingTo === id && this.layers.get(id) === layer) layer.openPopup();
        if (this.flyingTo === id) this.flyingTo = '';
      });
      if ('lat' in target) {
        const zoom = Math.max(this.map.getZoom(), FLY_MIN_ZOOM);
        if (options.animate) this.map.flyTo(target, zoom, { duration: 0.8 });
        else this.map.setView(target, zoom, { animate: false });
      } else if (options.animate) this.map.flyToBounds(target, { padding: FIT_PADDING, duration: 0.8 });
      else this.map.fitBounds(target, { padding: FIT_PADDING, animate: false });
    }
    return true;
  }

  /** The keyboard-reachable place element of `id`, if drawn. */
  placeElement(id: string): HTMLElement | SVGElement | undefined {
    return (this.layers.get(id)?.getElement() as HTMLElement | SVGElement | undefined) ?? undefined;
  }

  zoomBy(delta: number, animate: boolean): void {
    this.map.setZoom(this.map.getZoom() + delta, { animate });
  }

  /** Optional online tiles above the offline basemap; '' removes them. */
  setTiles(urlTemplate: string): void {
    this.tiles?.remove();
    this.tiles = urlTemplate ? tileLayer(urlTemplate, { maxZoom: 19, crossOrigin: true }).addTo(this.map) : undefined;
  }

  /** Marks the places a reader is looking at (for example the paragraph in view); [] clears. */
  highlight(ids: readonly string[]): void {
    const wanted = new Set(ids);
    for (const [id, layer] of this.layers) {
      (layer.getElement() as HTMLElement | SVGElement | undefined)?.classList.toggle('highlighted', wanted.has(id));
    }
  }

  /** Frames the given places (all of them when none is known). */
  frame(ids: readonly string[], animate: boolean): void {
    const places = (this.story?.places ?? []).filter((place) => ids.includes(place.id));
    const positions = places.flatMap((place) =>
      place.geometry.type === 'Point' ? [place.geometry.coordinates] : place.geometry.coordinates,
    );
    if (positions.length === 0) return;
    const bounds = latLngBounds(boundsOf(positions));
    const maxZoom = FLY_MIN_ZOOM;
    if (animate) this.map.flyToBounds(bounds, { padding: FIT_PADDING, maxZoom, duration: 0.8 });
    else this.map.fitBounds(bounds, { padding: FIT_PADDING, maxZoom, animate: false });
  }

  /** Shows or hides the later-reporting layer; `data` replaces what it draws. */
  setOutcome(data: Outcome | undefined, visible: boolean): void {
    if (this.outcome && this.outcome.data !== data) {
      this.outcome.group.remove();
      this.outcome = undefined;
    }
    if (!data) return;
    this.outcome ??= { ...createOutcomeLayer(this.map, data, () => this.map.closePopup()), data };
    if (visible && !this.map.hasLayer(this.outcome.group)) {
      this.outcome.group.addTo(this.map);
      decorateOutcome(this.outcome.layers, data);
    } else if (!visible) {
      this.outcome.group.remove();
    }
  }

  /**
   * Keeps popups clear of overlays (the element's controls, timeline): a popup is panned past
   * them, and scrolls inside when it would not fit between them.
   */
  setPopupClearance(clearance: PopupClearance): void {
    this.popupClearance = clearance;
    for (const layer of this.layers.values()) {
      const popup = layer.getPopup();
      if (popup) Object.assign(popup.options, popupClearanceOptions(clearance));
    }
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
    // Built when opened, so the paragraph links reflect whether an article is linked now.
    const popup = () =>
      createPopupContent(place, role, article, {
        onClose: () => this.closeAndReturnFocus(),
        paragraphs: this.options.citedParagraphs?.(place) ?? [],
        onCite: (paragraph) => this.options.onCite?.(place.id, paragraph),
      });
    const popupOptions = {
      closeButton: false,
      maxWidth: 320,
      minWidth: 220,
      ...popupClearanceOptions(this.popupClearance),
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

  /** Accessible names on markers and routes; routes also become focusable buttons. */
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
        element.setAttribute('role', 'button');
        const description = this.options.describe?.(place);
        if (description) element.setAttribute('aria-description', description);
      }
    }
  }

  /** Roving tabindex: one place is in the Tab order at a time; the arrow keys move among them. */
  private setRovingTarget(id: string): void {
    for (const [placeId, layer] of this.layers) {
      (layer.getElement() as HTMLElement | SVGElement | undefined)?.setAttribute('tabindex', placeId === id ? '0' : '-1');
    }
  }

  private moveFocus(fromId: string, step: number | 'first' | 'last'): void {
    const order = this.focusOrder;
    if (order.length === 0) return;
    const index = order.indexOf(fromId);
    const next = step === 'first' ? 0 : step === 'last' ? order.length - 1 : (index + step + order.length) % order.length;
    const id = order[next]!;
    const layer = this.layers.get(id);
    if (!layer) return;
    this.setRovingTarget(id);
    // Focusing an element outside the visible map would scroll Leaflet's container and break its
    // layout; pan instead, then focus without scrolling.
    if ('getLatLng' in layer) this.map.panInside(layer.getLatLng(), { padding: [40, 40], animate: false });
    else if (!this.map.getBounds().intersects(layer.getBounds()))
      this.map.fitBounds(layer.getBounds(), { padding: FIT_PADDING, animate: false });
    (layer.getElement() as HTMLElement | SVGElement | undefined)?.focus({ preventScroll: true });
  }

  private closeAndReturnFocus(): void {
    const id = this.openId;
    this.map.closePopup();
    this.placeElement(id)?.focus({ preventScroll: true });
  }

  private readonly relayout = () => {
    layoutLabels(this.map, this.markers, this.priorities);
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as Element;
    const placeElement = target.closest?.('[data-place-id]');
    const steps: Record<string, number | 'first' | 'last'> = {
      ArrowRight: 1,
      ArrowDown: 1,
      ArrowLeft: -1,
      ArrowUp: -1,
      Home: 'first',
      End: 'last',
    };
    if (placeElement && event.key in steps && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      event.stopPropagation();
      this.moveFocus(placeElement.getAttribute('data-place-id') ?? '', steps[event.key]!);
      return;
    }
    if (event.key === 'Escape' && this.openId) {
      // Leaflet closes popups on Escape only while the map container itself has focus.
      event.preventDefault();
      this.closeAndReturnFocus();
      return;
    }
    const outcomeId = target.closest?.('[data-outcome-id]')?.getAttribute('data-outcome-id');
    if ((event.key === 'Enter' || event.key === ' ') && outcomeId && this.outcome) {
      event.preventDefault();
      this.outcome.layers.get(outcomeId)?.openPopup();
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

  private readonly onFocusIn = (event: FocusEvent) => {
    this.map.scrollWheelZoom.enable();
    const id = (event.target as Element).getAttribute?.('data-place-id');
    if (id) this.setRovingTarget(id);
  };
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
