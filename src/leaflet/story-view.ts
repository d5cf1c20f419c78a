/**
 * The Leaflet side of <summit-map>, composed of one part per job: the map itself (leaflet-map.ts),
 * the camera (where the view goes), what to frame (place-framing.ts), the place layers, the place
 * popup, the clear area, the keyboard and touch handlers, the basemap (story-basemap.ts), optional
 * online tiles and the outcome layer ("What happened next", story-outcome.ts); this file shows
 * places with them. The element owns its lifecycle (create on connect, `destroy()` on disconnect)
 * and the selection: this view shows what it is told and reports only what the reader does on the
 * map. This folder is the only code that imports Leaflet, so a move to Leaflet 2 stays here.
 */
import type { Map as LeafletMap, LatLng, Marker } from 'leaflet/dist/leaflet-src.esm.js';
import type { CSSResult } from 'lit';
import type { Outcome } from '../model/outcome';
import type { Article, Place, Story } from '../model/types';
import { deepestZoom, OFFLINE_MAX_ZOOM, type AuthoredView } from '../model/view-frame';
import type { BasemapColors } from './basemap-draw';
import { Camera } from './camera';
import { ClearArea } from './clear-area';
import { layoutLabels } from './label-layout';
import { createLeafletMap, removeLeafletMap, stopLeafletMap } from './leaflet-map';
import { markOncePerMap } from './mark-once';
import { OnlineTiles } from './online-tiles';
import { PlaceFan } from './place-fan';
import { updatePrintKey } from './print-key';
import { PlaceFraming } from './place-framing';
import { PlaceKeyboard, type PlaceKeyboardOptions } from './place-keyboard';
import { PlaceLayers, type PlaceRecord } from './place-layers';
import { PlacePopups, type PopupClearance } from './place-popups';
import type { createPopupContent } from './popup-content';
import { StoryBasemap } from './story-basemap';
import { StoryOutcome } from './story-outcome';
import { TouchGestures } from './touch-gestures';

export type { PopupClearance } from './place-popups';

export interface StoryViewOptions {
  /** Folder URL of the prepared basemap (world.json and detail/). */
  basemapBase: URL;
  /** Reads the basemap's colours; asked only once the basemap is drawn (see StoryBasemap). */
  basemapColors: () => BasemapColors;
  /** The basemap could not be shown: a message for the page's author (what was tried, what to do). */
  onBasemapError?: (message: string) => void;
  /** The basemap has painted (after the markers and their labels). */
  onBasemapPaint?: () => void;
  /** The online tiles' code could not be loaded (plain-language message). */
  onTilesError?: (message: string) => void;
  /** The details' code could not be loaded (the error): a chosen place shows none. */
  onDetailsError?: (error: unknown) => void;
  /** The reader chose a place on the map ('' : closed its popup); `focus`: by keyboard, focus goes into the popup. */
  onChoose: (id: string, focus: boolean) => void;
  /** A sentence describing a route for screen readers. */
  describe?: (place: Place) => string | Promise<string>;
  /** Fetches the arrow keys' moves between places (code of their own), when focus first enters the map. */
  loadMoves: PlaceKeyboardOptions['loadMoves'];
  /** Paragraphs to offer as links in a place's popup (none: no links). Asked each time a popup opens. */
  citedParagraphs?: (place: Place) => number[];
  /** A paragraph link in a popup was chosen. */
  onCite?: (placeId: string, paragraph: number) => void;
  /** Accessible name of the map region. */
  label: string;
  /** The view moved or zoomed (for the locator inset). */
  onViewChange?: () => void;
  /** The reader prefers reduced motion: no zoom, fade or marker animations. */
  reducedMotion?: boolean;
  /** One finger started to swipe over the map while one finger scrolls the page (see `setOneFingerPan`). */
  onOneFingerSwipe?: () => void;
  /** The view reached, or left, the offline basemap's deepest honest zoom (no tiles): the map says so. */
  onOfflineLimit?: (atLimit: boolean) => void;
  /** Adopts the details' stylesheets (the element's, summit-map-styles/details.styles.ts), which come with their code, before any details open. */
  detailsStyles?: (sheets: readonly CSSResult[]) => void;
}

export interface ShowOptions {
  /** Animate moves (false under reduced motion). */
  animate: boolean;
  /** Move focus into the popup (keyboard use). */
  focus?: boolean;
  /** Bring the place into view first: for selections made outside the map (list, link, API). */
  move?: boolean;
}

/** Where the map looked, to return to (after printing). */
export interface SavedView {
  center: LatLng;
  zoom: number;
  /** It was the first view, untouched (see showsFirstView). */
  firstView: boolean;
}

const markDrawn = markOncePerMap('summit-map:markers');

export class StoryView {
  readonly leafletMap: LeafletMap;
  private readonly options: StoryViewOptions;
  private readonly camera: Camera;
  private readonly places: PlaceLayers;
  private readonly popups: PlacePopups;
  private readonly clear: ClearArea;
  private readonly framing: PlaceFraming;
  private readonly fan: PlaceFan;
  private readonly keyboard: PlaceKeyboard;
  private readonly touch: TouchGestures;
  private readonly basemap: StoryBasemap;
  private readonly tiles: OnlineTiles;
  private readonly outcome: StoryOutcome;
  private story?: Story;
  /** The element's `first-view` and `max-zoom`, which win over the data's. */
  private authored: { view?: AuthoredView; maxZoom?: number } = {};
  private tilesShown = false;
  private article?: Article;
  private untouched = false;
  /** The place a move is heading for; a newer selection cancels the popup of an older one. */
  private movingTo = '';
  private frameRequest = 0;
  /** Newly drawn places wait for the next frame to have their labels laid out (see setStory). */
  private labelsPending = false;

  constructor(container: HTMLElement, options: StoryViewOptions) {
    this.options = options;
    this.leafletMap = createLeafletMap(container, { reducedMotion: options.reducedMotion });
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', options.label);
    this.camera = new Camera(this.leafletMap);
    this.places = new PlaceLayers(this.leafletMap, {
      onChoose: (id) => options.onChoose(id, false),
      zoomInto: (target, zoom) => this.camera.moveTo(target, { animate: !options.reducedMotion, zoom }),
      describe: options.describe,
      onDrawn: () => markDrawn(this.leafletMap.getContainer()),
    });
    this.popups = new PlacePopups(this.leafletMap, {
      content: (record) => this.popupContent(record),
      onReaderClose: () => options.onChoose('', false),
      styles: options.detailsStyles,
    });
    this.clear = new ClearArea(this.leafletMap, this.popups, this.camera);
    const { leafletMap, camera, places, popups, clear } = this;
    this.framing = new PlaceFraming({
      leafletMap,
      camera,
      places,
      popups,
      clear,
      storyPlaces: () => this.story?.places ?? [],
      authoredView: () => this.authored.view ?? this.story?.view,
      offline: () => !this.tilesShown,
    });
    this.fan = new PlaceFan(leafletMap, places);
    this.outcome = new StoryOutcome(this.leafletMap, this.popups);
    this.keyboard = new PlaceKeyboard(this.leafletMap, this.places, this.popups, {
      onActivate: (id) => options.onChoose(id, true),
      onClose: () => this.closeAndReturnFocus(),
      outcomeLayer: (id) => this.outcome.layer(id),
      loadMoves: options.loadMoves,
    });
    this.keyboard.enable();
    this.touch = new TouchGestures(this.leafletMap, { onOneFingerSwipe: () => options.onOneFingerSwipe?.() });
    this.touch.enable();
    // Details opened or closed: the basemap's names keep clear of them too.
    this.leafletMap.on('zoomend moveend resize popupopen popupclose', this.relayout);
    this.basemap = new StoryBasemap(this.leafletMap, {
      base: options.basemapBase,
      colors: options.basemapColors,
      onError: options.onBasemapError,
      onPaint: options.onBasemapPaint,
    });
    this.tiles = new OnlineTiles(this.leafletMap, (message) => options.onTilesError?.(message));
    if (options.onViewChange) this.leafletMap.on('moveend zoomend resize', options.onViewChange);
    this.leafletMap.on('zoomend', this.checkOfflineLimit);
    // Any move after the first view's (a resize moves the map without one) means it is left.
    this.leafletMap.on('movestart zoomstart', () => (this.untouched = false));
  }

  /**
   * Draws a story: markers first; labels a frame later; the basemap tints its countries. `fit`:
   * framed on its focus (see frameFocus) before its layers are added, so each is placed once.
   */
  setStory(story: Story, article: Article | undefined, fit: boolean): void {
    this.story = story;
    this.article = article;
    this.popups.close();
    // The labels are laid out once, in the next frame: not at each move made while drawing.
    cancelAnimationFrame(this.frameRequest);
    this.labelsPending = true;
    this.frameRequest = requestAnimationFrame(() => {
      this.labelsPending = false;
      this.relayout();
    });
    this.fan.restore();
    this.applyZoomLimit();
    this.places.draw(story, fit ? () => this.frameFocus(false) : undefined);
    this.keyboard.setRovingTarget('');
    this.basemap.setTint(story.tint);
  }

  /** Frames every place. */
  fitAll(animate: boolean): void {
    this.framing.fitAll(animate);
  }

  /**
   * The first view: the story's focus (its most important places and those near them, see
   * storyFocus) framed in the part of the map no overlay covers, with room for their labels.
   * The places farther away are in the locator inset.
   */
  frameFocus(animate: boolean): void {
    this.untouched = false;
    this.framing.frameFocus(animate);
    // A flight ends later: the view is the first view once it has.
    if (animate) this.leafletMap.once('moveend', () => (this.untouched = true));
    else this.untouched = true;
  }

  /**
   * Whether the map still shows the first view as framed: nothing has moved it since (the reader's
   * drag, zoom or choice, a paragraph followed). A resize re-frames it then (see MapViewController).
   */
  get showsFirstView(): boolean {
    return this.untouched;
  }

  /** The ids the first view frames. */
  focusIds(): string[] {
    return this.framing.focusIds();
  }

  /** The view's bounds as [[south, west], [north, east]]; null when every place is in view. */
  viewBounds(): [[number, number], [number, number]] | null {
    const bounds = this.leafletMap.getBounds();
    // Every place in view already (a story framed whole, the world): nothing for the inset to add.
    if (this.places.drawnRecords.every(({ target }) => bounds.contains(target))) return null;
    return [
      [bounds.getSouth(), bounds.getWest()],
      [bounds.getNorth(), bounds.getEast()],
    ];
  }

  /**
   * Frames the given places (none known: nothing moves), as the first view does: the most
   * important of them and those near them (see storyFocus), so a paragraph that names Hanoi and
   * Stockholm frames Vietnam, not the world; the far ones stay reachable in the inset. A place
   * whose details are open is kept in the frame, never left off-screen.
   */
  frame(ids: readonly string[], animate: boolean): void {
    this.framing.frame(ids, animate);
  }

  /**
   * Shows a place's details ('' closes them). The place goes where it stands apart from its
   * neighbours (see separationZoom) when it does not yet, or, with `move`, when it is out of
   * view; its details then open clear of the overlays without covering it. False for an unknown id.
   */
  show(id: string, options: ShowOptions): boolean {
    this.movingTo = '';
    this.markChosen(id);
    if (id === '') {
      this.popups.close();
      return true;
    }
    const record = this.places.get(id);
    if (!record) return false;
    this.keyboard.setRovingTarget(id);
    if (!this.popups.loaded) {
      // The first choice fetches the details' code: the place is shown once it is here, unless
      // another choice (or a close) came meanwhile. Code that cannot be loaded is reported; the place stays chosen.
      this.movingTo = id;
      this.popups.load().then(
        () => this.popups.loaded && this.movingTo === id && this.places.get(id) === record && this.show(id, options),
        (error: unknown) => this.options.onDetailsError?.(error),
      );
      return true;
    }
    if (this.popups.openId === id) {
      if (options.focus) this.popups.focus();
      return true;
    }
    const focus = options.focus ?? false;
    const zoom = this.framing.placeZoom(record);
    const standsApart = zoom === undefined || this.leafletMap.getZoom() >= zoom;
    if (standsApart && (!options.move || this.camera.shows(record.target))) {
      this.popups.open(record, focus);
      this.clear.keepClear(record, options.animate);
      return true;
    }
    if (this.popups.asCard) {
      // A card does not depend on where the map is: open it now, then bring the place above it.
      this.popups.open(record, focus);
      this.clear.moveToPlace(record, zoom, options.animate);
      return true;
    }
    // A popup opens once the move ends, so it is measured where it will stay.
    this.popups.close();
    this.movingTo = id;
    this.leafletMap.once('moveend', () => {
      if (this.movingTo !== id) return;
      this.movingTo = '';
      if (this.places.get(id) !== record) return;
      this.popups.open(record, focus);
      this.clear.keepClear(record, options.animate);
    });
    this.clear.moveToPlace(record, zoom, options.animate);
    return true;
  }

  /** Marks the chosen place on the map (its symbol grows), so details and place read together. */
  private markChosen(id: string): void {
    for (const record of this.places.records) this.places.element(record.place.id)?.classList.toggle('chosen', record.place.id === id);
  }

  /** Zooms by steps; around the chosen place while its details are open, so it stays beside them. */
  zoomBy(delta: number, animate: boolean): void {
    const target = this.places.get(this.popups.openId)?.target;
    this.camera.zoomBy(delta, animate, target && 'lat' in target ? target : undefined);
  }

  /** Optional online tiles above the offline basemap; '' removes them. */
  setTiles(urlTemplate: string): void {
    this.tiles.set(urlTemplate);
    this.tilesShown = !!urlTemplate;
    this.applyZoomLimit();
  }

  /** The view now, to return to with `restoreView`. */
  currentView(): SavedView {
    return { center: this.leafletMap.getCenter(), zoom: this.leafletMap.getZoom(), firstView: this.untouched };
  }

  /** Returns to a saved view at once. */
  restoreView(view: SavedView): void {
    this.leafletMap.setView(view.center, view.zoom, { animate: false });
    this.untouched = view.firstView;
  }

  /** Marks the places a reader is looking at (for example the paragraph in view); [] clears. */
  highlight(ids: readonly string[]): void {
    this.places.highlight(ids);
  }

  /** Shows or hides the outcome layer; `data` replaces what it draws. */
  setOutcome(data: Outcome | undefined, visible: boolean): void {
    this.outcome.set(data, visible);
  }

  /** Frames the outcome layer's features, by their own extent. */
  frameOutcome(animate: boolean): void {
    this.camera.frame(this.outcome.positions(), { animate });
  }

  /**
   * The author's first view and deepest zoom from the element's attributes (undefined: the data's
   * `story.view` and `story.maxZoom`, else the places' own extent and the map's own limit).
   */
  setAuthored(view: AuthoredView | undefined, maxZoom: number | undefined): void {
    this.authored = { view, maxZoom };
    this.applyZoomLimit();
  }

  /** The map's deepest zoom: 18 with online tiles, the offline basemap's limit without (see deepestZoom). */
  private applyZoomLimit(): void {
    const limit = deepestZoom(this.tilesShown, this.authored.maxZoom ?? this.story?.maxZoom);
    if (limit === this.leafletMap.getMaxZoom()) return;
    this.leafletMap.setMaxZoom(limit);
    this.relayout();
    this.checkOfflineLimit();
  }

  private atOfflineLimit = false;

  private readonly checkOfflineLimit = () => {
    const map = this.leafletMap;
    const atLimit =
      !this.tilesShown && map.getZoom() >= Math.min(OFFLINE_MAX_ZOOM, map.getMaxZoom()) - 1e-9 && map.getMaxZoom() >= OFFLINE_MAX_ZOOM;
    if (atLimit === this.atOfflineLimit) return;
    this.atOfflineLimit = atLimit;
    this.options.onOfflineLimit?.(atLimit);
  };

  /** Keeps popups (the places' and the outcome layer's) clear of the element's overlays. */
  setPopupClearance(clearance: PopupClearance): void {
    // Called after every render of the element: only a real change lays the labels out again.
    if (!this.popups.setClearance(clearance)) return;
    this.relayout();
    this.outcome.setClearance(clearance);
    // An overlay that came or grew (the "What happened next" switch, once its data is here) may
    // now cover the open details' place: bring it clear again, once the caller's update (the
    // element's render, which measured the overlays) is over, as the move asks for another.
    const id = this.popups.openId;
    if (id) queueMicrotask(() => this.popups.openId === id && this.clear.keepClear(this.places.get(id), false));
  }

  /** One finger pans the map (Leaflet's default) instead of scrolling the page; two fingers always do. */
  setOneFingerPan(on: boolean): void {
    if (on) this.touch.disable();
    else this.touch.enable();
  }

  /** The map measures itself only on window resize; the element calls this on its own resize. */
  invalidateSize(): void {
    this.leafletMap.invalidateSize({ pan: false });
    this.relayout();
  }

  /** Calls back once when the view next starts to move or zoom, by the reader or by code; returns a cancel. */
  onceMoved(callback: () => void): () => void {
    const moved = () => {
      this.leafletMap.off('movestart zoomstart', moved);
      callback();
    };
    this.leafletMap.on('movestart zoomstart', moved);
    return () => this.leafletMap.off('movestart zoomstart', moved);
  }

  destroy(): void {
    this.movingTo = '';
    cancelAnimationFrame(this.frameRequest);
    this.keyboard.disable();
    this.touch.disable();
    this.popups.destroy();
    stopLeafletMap(this.leafletMap);
    this.basemap.destroy();
    this.tiles.remove();
    this.fan.restore();
    this.places.clear();
    this.outcome.destroy();
    removeLeafletMap(this.leafletMap);
  }

  /** The marker of a single-point place drawn as DOM, for the edit handler (place-editing.ts) to move. */
  pointMarker(id: string): Marker | undefined {
    const record = this.places.get(id);
    // A point's layer is its marker (a route's is a line).
    return record?.place.geometry.type === 'Point' ? (record.layer as Marker | undefined) : undefined;
  }

  /** Fetches the basemap from another folder (the element's `basemap-src`). */
  setBasemapBase(base: URL): void {
    this.basemap.setBase(base);
  }

  /** The theme or colour scheme changed: the basemap reads its colours again. */
  refreshBasemapColors(): void {
    this.basemap.refreshColors();
  }

  private popupContent({ place, role }: PlaceRecord): Parameters<typeof createPopupContent> {
    return [
      place,
      role,
      this.article,
      {
        onClose: () => this.closeAndReturnFocus(),
        paragraphs: this.options.citedParagraphs?.(place) ?? [],
        onCite: (paragraph) => this.options.onCite?.(place.id, paragraph),
      },
    ];
  }

  private closeAndReturnFocus(): void {
    const id = this.popups.openId;
    this.options.onChoose('', false);
    this.keyboard.focusPlace(id);
  }

  private readonly relayout = () => {
    if (this.labelsPending) return;
    // Markers that coincide at the deepest zoom fan out first; the labels follow where they are drawn.
    this.fan.update();
    const overlays = this.popups.currentClearance.obstacles ?? [];
    const places = layoutLabels(this.leafletMap, this.places.drawnRecords, overlays);
    // Details being closed are already out of the document.
    const details = this.popups.element();
    this.basemap.setObstacles([...places, ...overlays, ...(details?.isConnected ? [this.clear.boxOf(details)] : [])]);
    const container = this.leafletMap.getContainer();
    updatePrintKey(container, this.places.drawnRecords, container.classList.contains('printing'));
  };
}
