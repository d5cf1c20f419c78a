import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';
import { defaultBasemapBase } from '../data/basemap-url';
import { locatorLand } from '../data/locator-land';
import { afterNextPaint } from '../dom/after-paint';
import { prefersReducedMotion } from '../elements/motion';
import { StoryView, type SavedView, type StoryViewOptions } from '../leaflet/story-view';
import type { Outcome } from '../model/outcome';
import type { Problem } from '../model/types';
import { parseViewText, type AuthoredView } from '../model/view-frame';
import { readBasemapColors } from './basemap-colors';
import { measureClearance } from './popup-clearance';
import { PrintController } from './print-controller';
import { ColorSchemeController } from './theme-controller';

interface MapViewHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Optional online tile URL template; only http(s) is used. */
  tiles: string;
  /** The offline basemap's folder ('' for the default beside the module). */
  basemapSrc: string;
  /** Whether the outcome layer is shown. */
  showOutcome: boolean;
  /** The author's first view as text ('' for none; see parseViewText). */
  firstView: string;
  /** The author's deepest zoom, if any. */
  maxZoom?: number;
}

/** What the element decides for its view: what choosing, describing and citing a place do, and the state the view follows. */
export interface MapViewOptions extends Pick<
  StoryViewOptions,
  'onChoose' | 'describe' | 'loadMoves' | 'citedParagraphs' | 'onCite' | 'onOneFingerSwipe' | 'detailsStyles'
> {
  /** Whether one finger pans the map now. */
  oneFingerPan: () => boolean;
  /** Whether the element is laid out for a phone: details go in a card. */
  compact: () => boolean;
  /** The outcome layer ("What happened next"), if any. */
  outcome: () => Outcome | undefined;
  /** The element's one path for reporting problems. */
  report: (summary: string, problems: readonly Problem[]) => void;
  /** The basemap has painted, or cannot: the map is fully drawn. */
  onBasemapDone?: () => void;
}

/**
 * The element's Leaflet view (a `StoryView` in the `.map` container the element renders), kept in
 * step with the element: built when the element starts, torn down on disconnect and built again
 * when re-attached; measured again when the element changes size (Leaflet only watches the
 * window, so a map shown after being hidden or in a resizing layout would not draw); given the
 * palette's colours, the tiles, the basemap's folder, the touch mode and the room the overlays
 * leave; framed on every place for print.
 */
export class MapViewController implements ReactiveController {
  /** The main view's bounds, drawn as a rectangle in the locator inset: none until the first view has painted, null while every place is in view. */
  viewBounds?: [[number, number], [number, number]] | null;
  /** The locator inset's land (src/data/locator-land.ts), fetched after the first paint. */
  insetLand?: string;
  /** The view is at the offline basemap's deepest honest zoom (no tiles): the credits say so. */
  atOfflineLimit = false;
  private readonly host: MapViewHost;
  private readonly options: MapViewOptions;
  private current?: StoryView;
  private built = false;
  /** The places wait to be framed until the map has a size. */
  private fitPending = false;
  /** The view before printing, restored after. */
  private viewBeforePrint?: SavedView;
  private printing = false;
  /** Cancels the inset's update still to come after a view change (see onViewChange). */
  private cancelViewChange = () => {};
  /**
   * A new size re-measures the map and renders the element again (its overlays follow its width).
   * ResizeObserver itself: @lit-labs/observers' ResizeController does this with a directive's
   * machinery the element does not use, a kilobyte of the map's first download.
   */
  private readonly resizeObserver = new ResizeObserver(() => {
    this.onResize();
    this.host.requestUpdate();
  });

  constructor(host: MapViewHost, options: MapViewOptions) {
    this.host = host;
    this.options = options;
    // A change of the reader's colour scheme repaints the canvas basemap (a change of `theme` the element passes on).
    new ColorSchemeController(host, () => this.applyColors());
    new PrintController(host, { start: () => this.onPrintStart(), end: () => this.onPrintEnd() });
    host.addController(this);
  }

  /** The view: present while the element is started and connected. */
  get view(): StoryView | undefined {
    return this.current;
  }

  /** The view was built once (the element's lazy start): from then on it exists whenever the element is connected. */
  get started(): boolean {
    return this.built;
  }

  hostConnected(): void {
    this.resizeObserver.observe(this.host);
  }

  hostDisconnected(): void {
    this.resizeObserver.disconnect();
    this.cancelViewChange();
    this.current?.destroy();
    this.current = undefined;
  }

  /** Builds the view for the first time. */
  start(): void {
    this.built = true;
    this.create();
  }

  /** Re-attached after a disconnect: builds the view again. True when it did, so the element draws its data again. */
  rebuild(): boolean {
    if (this.view || !this.built) return false;
    this.create();
    return true;
  }

  /**
   * Follows the element's properties after an update: `changed` as Lit gives it to `updated`;
   * `starting` when the view was just built from them.
   */
  follow(changed: PropertyValues, starting: boolean): void {
    if (starting || changed.has('firstView') || changed.has('maxZoom')) this.applyAuthored();
    if (changed.has('tiles')) this.applyTiles();
    if (changed.has('basemapSrc') && !starting) this.view?.setBasemapBase(this.basemapBase());
    if (changed.has('oneFingerPan')) this.applyTouchMode();
    // The first colours are read when the basemap is drawn, after the markers' paint.
    if (changed.has('theme') && !starting) this.applyColors();
    if (changed.has('showOutcome')) this.showOutcome();
    // Turned on by the reader (not present from the start): show them where it is.
    if (changed.get('showOutcome') === false && this.host.showOutcome && this.hasSize()) this.view?.frameOutcome(!prefersReducedMotion());
    // The overlays' layout follows the element's width (compact or not): measure after render
    // (a view just built was measured as it was built).
    if (!starting) this.updateClearance();
  }

  /** Shows or hides the outcome layer as the element says, with its current data. */
  showOutcome(): void {
    this.view?.setOutcome(this.options.outcome(), this.host.showOutcome);
  }

  /** Frames every place (a jump, not a flight, under reduced motion); once the map has a size if it has none yet. */
  fitAll(): void {
    if (!this.hasSize()) {
      this.fitPending = true;
      return;
    }
    this.view?.fitAll(!prefersReducedMotion());
  }

  /**
   * Whether newly drawn data can be framed as it is drawn, clear of the overlays measured after the
   * render that shows it. A map without a size cannot: it frames the data once it has one.
   */
  frameOnDraw(): boolean {
    this.fitPending = !this.hasSize();
    return !this.fitPending;
  }

  /** Whether the map has a size: a hidden map cannot frame anything. */
  hasSize(): boolean {
    const container = this.container;
    return !!container && container.clientWidth > 0 && container.clientHeight > 0;
  }

  /** In full screen there is no page to scroll: one finger moves the map there too. */
  applyTouchMode(): void {
    this.view?.setOneFingerPan(this.options.oneFingerPan());
  }

  /** Popups avoid the controls and the timeline. */
  private updateClearance(): void {
    const container = this.container;
    if (this.view && container) this.view.setPopupClearance(measureClearance(this.host.renderRoot, container, this.options.compact()));
  }

  /** The author's first view and deepest zoom from the attributes; a view that cannot be read is reported and left out. */
  private applyAuthored(): void {
    const { firstView, maxZoom } = this.host;
    let view: AuthoredView | undefined;
    if (firstView.trim()) {
      const parsed = parseViewText(firstView);
      if (typeof parsed === 'string') this.options.report('The first view was not set.', [{ field: 'first-view', message: parsed }]);
      else view = parsed;
    }
    const deepest = typeof maxZoom === 'number' && Number.isFinite(maxZoom) ? maxZoom : undefined;
    if (maxZoom != null && deepest === undefined)
      this.options.report('The deepest zoom was not set.', [{ field: 'max-zoom', message: 'max-zoom should be a number.' }]);
    this.view?.setAuthored(view, deepest);
  }

  /** Shows the online tiles of `tiles` if http(s), reporting any other address. */
  private applyTiles(): void {
    if (!this.view) return;
    const { tiles } = this.host;
    const url = /^https?:\/\//i.test(tiles) ? tiles : '';
    if (tiles && !url) {
      this.options.report('The online tiles were not added.', [
        { field: 'tiles', message: `The tiles address "${tiles}" is not http(s).` },
      ]);
    }
    this.view.setTiles(url);
  }

  /** The canvas basemap cannot follow CSS by itself: it reads the palette's colours again. */
  private applyColors(): void {
    this.view?.refreshBasemapColors();
  }

  /** The element's map container (none before the element first renders). */
  private get container(): HTMLDivElement | null {
    return this.host.renderRoot?.querySelector<HTMLDivElement>('.map') ?? null;
  }

  private create(): void {
    const { onChoose, describe, loadMoves, citedParagraphs, onCite, onOneFingerSwipe, detailsStyles, report } = this.options;
    this.current = new StoryView(this.container!, {
      basemapBase: this.basemapBase(),
      basemapColors: () => readBasemapColors(this.host),
      // Readers are told the land is missing; the author gets the address tried and what to do.
      onBasemapError: (detail) => {
        this.options.onBasemapDone?.();
        report('The basemap could not be loaded.', [{ field: 'basemap', message: detail }]);
      },
      onBasemapPaint: () => this.options.onBasemapDone?.(),
      onTilesError: (message) => report(message, [{ field: 'tiles', message: 'The map shows its offline basemap only.' }]),
      onDetailsError: (error) =>
        report("The place's details could not be loaded.", [
          { field: 'details', message: `${String(error)}. Copy the summit-map-*.js files beside summit-map.js.` },
        ]),
      onChoose,
      label: 'Map of the places in the story',
      onViewChange: () => this.onViewChange(),
      reducedMotion: prefersReducedMotion(),
      describe,
      loadMoves,
      citedParagraphs,
      onCite,
      onOneFingerSwipe,
      detailsStyles,
      onOfflineLimit: (atLimit) => {
        this.atOfflineLimit = atLimit;
        // Reached while drawing inside the element's update: render again once it is over.
        void this.host.updateComplete.then(() => this.host.requestUpdate());
      },
    });
    // The room the overlays leave, which the first view is framed in.
    this.updateClearance();
    this.applyTouchMode();
    this.showOutcome();
    this.applyTiles();
  }

  private basemapBase(): URL {
    if (!this.host.basemapSrc) return defaultBasemapBase;
    const url = new URL(this.host.basemapSrc, document.baseURI);
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url;
  }

  /**
   * The inset's view rectangle follows the view after the browser has painted it: the first view,
   * set as the markers are drawn, does not hold their paint back with a render of the element.
   */
  private onViewChange(): void {
    this.cancelViewChange();
    this.cancelViewChange = afterNextPaint(() => {
      this.viewBounds = this.view?.viewBounds();
      this.host.requestUpdate();
      // Data for the inset, not code: asked for once the first view is painted.
      if (this.insetLand === undefined)
        void locatorLand(this.basemapBase()).then((land) => {
          if (!land || this.insetLand === land) return;
          this.insetLand = land;
          this.host.requestUpdate();
        });
    });
  }

  private onResize(): void {
    if (!this.view) return;
    this.view.invalidateSize();
    this.updateClearance();
    if (!this.hasSize() || this.printing) return;
    // A map that had no size frames its data now; a first view the reader has not moved is framed
    // again for the new size (a phone turned, a window resized).
    if (this.fitPending || this.view.showsFirstView) {
      this.fitPending = false;
      this.view.frameFocus(false);
    }
  }

  /** Print framed on every place at the print size (summit-map-styles/print.styles.ts, `.printing`); the screen view comes back after. */
  private onPrintStart(): void {
    const container = this.container;
    if (!this.view || !container) return;
    this.viewBeforePrint = this.view.currentView();
    this.printing = true;
    container.classList.add('printing');
    this.view.invalidateSize();
    // The printed key (open, as a caption) is an overlay the places are framed clear of.
    this.updateClearance();
    this.view.fitAll(false);
  }

  private onPrintEnd(): void {
    this.printing = false;
    this.container?.classList.remove('printing');
    if (!this.view) return;
    this.view.invalidateSize();
    this.updateClearance();
    if (this.viewBeforePrint) this.view.restoreView(this.viewBeforePrint);
    this.viewBeforePrint = undefined;
  }
}
