import { LitElement, adoptStyles, html, type CSSResult, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FirstViewController } from '../controllers/first-view-controller';
import { FullscreenController } from '../controllers/fullscreen-controller';
import { LazyStartController } from '../controllers/lazy-start-controller';
import { MapViewController } from '../controllers/map-view-controller';
import { SelectionController } from '../controllers/selection-controller';
import { StoryDataController } from '../controllers/story-data-controller';
import type { Theme } from '../controllers/theme-controller';
import { TouchHintController } from '../controllers/touch-hint-controller';
import { SummitCiteEvent, SummitOutcomeEvent, SummitReadyEvent } from '../events';
import type { StoryView } from '../leaflet/story-view';
import { preloadCanvasCode } from '../leaflet/place-layers';
import { DEFAULT_LOAD_TIMEOUT_MS } from '../loading/load-json';
import { creditLine } from '../model/credit';
import type { Outcome } from '../model/outcome';
import { describeSelection } from '../model/selection-announcement';
import { stepTimeline, timelineOf } from '../model/timeline';
import type { Article, Problem, Story } from '../model/types';
import { reportProblems } from './error-reporter';
import { locatorInsetTemplate } from './locator-inset';
import { prefersReducedMotion } from './motion';
import * as chrome from './summit-map.chrome';
import { controlsStyles } from './summit-map-styles/controls.styles';
import { firstViewStyles } from './summit-map-styles/first-view.styles';
import { hostStyles, leafletStyles } from './summit-map-styles/host.styles';
import { insetStyles } from './summit-map-styles/inset.styles';
import { markerStyles } from './summit-map-styles/markers.styles';
import { printStyles } from './summit-map-styles/print.styles';
import { themeStyles } from './summit-map-styles/theme.styles';
import { timelineStyles } from './summit-map-styles/timeline.styles';
import { touchAndFullscreenStyles } from './summit-map-styles/touch-fullscreen.styles';
import { palette, textReset } from './theme.styles';
import { bundledStoryArriving } from '../loading/bundled-story-code';

/** A map narrower than this is laid out for a phone: one row of controls, a folded key, details in a card. */
const COMPACT_WIDTH = 600;

type KeyboardCode = typeof import('./keyboard-code');
let keyboardCode: Promise<KeyboardCode> | undefined;
/**
 * The code fetched when focus first enters the map or the keyboard help first opens
 * (keyboard-code.ts), once for every map on the page; a failed fetch is tried again next time.
 */
const loadKeyboardCode = (): Promise<KeyboardCode> =>
  (keyboardCode ??= import('./keyboard-code').catch((error: unknown) => {
    keyboardCode = undefined;
    throw error;
  }));

/**
 * A map of the places in a news story: an offline Leaflet map in the shadow root, one keyboard-
 * focusable marker per place, popups that quote the article word for word, a legend and
 * controls. Shows the bundled story (the 2019 Trump–Kim summit in Vietnam) when given no data.
 *
 * @tagname summit-map
 * @slot first-view - A pre-rendered first view (`summit-map render --html`): shown until the live map has drawn the same view.
 * @fires summit-ready - After data is drawn. `detail: { places }`.
 * @fires summit-select - The selection changed (user or API). `detail: { id, feature }`.
 * @fires summit-error - Input was rejected in full or in part, or did not load. `detail: { message, problems }`.
 * @fires summit-cite - A popup's paragraph link was chosen (see `cite-paragraphs`). `detail: { id, paragraph }`.
 * @fires summit-outcome - The outcome layer ("What happened next") was loaded, replaced or removed; it comes after the markers. `detail: { features }`.
 * @fires summit-place-move - With `editable`: a point's marker was dragged to a new position. `detail: { id, lat, lon }`.
 * @fires summit-map-click - With `editable`: the map was clicked away from the markers. `detail: { lat, lon }`.
 *
 * @csspart map - The Leaflet map container.
 * @csspart first-view - The pre-rendered first view (`slot="first-view"` children), shown over the map until it is drawn.
 * @csspart legend - The legend naming each role.
 * @csspart controls - The zoom, "show all" and keyboard-help buttons (one row on a map under 600 px wide).
 * @csspart help - The keyboard help panel.
 * @csspart timeline - The timeline stepping through the dated places.
 * @csspart inset - The locator inset: a small world map with the places outside the first view, each a button.
 * @csspart credits - The data and tiles credit line.
 * @csspart error - The dismissable error message (`role="alert"`).
 *
 * @cssprop --summit-map-height - Height of the element (default 480px).
 * @cssprop --summit-map-print-height - Height of the map in print (default 9.5cm).
 * @cssprop --summit-map-font - Font family of labels, legend and popups.
 * @cssprop --summit-map-page - Page colour under the companions (shared palette).
 * @cssprop --summit-map-current - Background of the current paragraph or list item (shared palette).
 * @cssprop --summit-map-accent - The bar beside the current paragraph or list item (shared palette).
 * @cssprop --summit-map-focus - Colour of the focus ring.
 * @cssprop --summit-map-sea - Sea colour of the basemap (light #d9e6ef, dark #15232e).
 * @cssprop --summit-map-land - Land colour of the basemap (light #f3f0e8, dark #2c3034).
 * @cssprop --summit-map-tint - Land of the story's countries (light #e9dcbf, dark #3f3b30).
 * @cssprop --summit-map-border - Country borders and coasts (light #a99f8c, dark #687078).
 * @cssprop --summit-map-water - Lakes (default: the sea colour).
 * @cssprop --summit-map-river - Rivers and lake centre lines, drawn when zoomed in (light #8fb4cf, dark #4a7894).
 * @cssprop --summit-map-label - Country names on the basemap (light #5f5749, dark #bdb8ae).
 * @cssprop --summit-map-water-label - Sea names on the basemap (light #3f6a85, dark #8db0c7).
 * @cssprop --summit-map-region-label - State, province, island and range names, drawn when zoomed in (light #665e50, dark #aea89d).
 * @cssprop --summit-map-halo - Halo around place labels (light #fff, dark #121517).
 * @cssprop --summit-map-ink - Text of popups, controls, key and labels (light #16181a, dark #e8e6e1).
 * @cssprop --summit-map-muted - Secondary text (light #4a4f55, dark #b3b9bf).
 * @cssprop --summit-map-surface - Background of popups, controls, key, timeline and credits (light #fff, dark #23272b).
 * @cssprop --summit-map-line - Borders of buttons and panels (light #8b8f94, dark #80878e).
 * @cssprop --summit-map-link - Links and link-like buttons (light #0b4f9c, dark #94bcf6).
 */
export class SummitMap extends LitElement {
  /**
   * One module per part (summit-map-styles/). The order is the cascade: Leaflet's sheet first, the
   * parts' layout next, then the theme's colours, then print, each free to override what comes before.
   * The details' rules (details.styles.ts) come after the markers' once a place is first chosen
   * (see adoptDetailsStyles): a first view opens no details.
   */
  static override styles = [
    leafletStyles,
    hostStyles,
    palette,
    textReset,
    markerStyles,
    controlsStyles,
    timelineStyles,
    touchAndFullscreenStyles,
    insetStyles,
    firstViewStyles,
    themeStyles,
    printStyles,
  ];

  /** URL of a places dataset (GeoJSON FeatureCollection); the bundled story when empty. */
  @property() src = '';

  /** URL of the article JSON the quotes cite. */
  @property({ attribute: 'article-src' }) articleSrc = '';

  /** The places dataset as an object; wins over `src`. */
  @property({ attribute: false }) places?: unknown;

  /** The article as an object; wins over `article-src`. */
  @property({ attribute: false }) article?: unknown;

  /** Id of the selected place ('' for none); its popup is open. */
  @property({ reflect: true }) selected = '';

  /** Keep the selection in `location.hash` as `#place=<id>`. */
  @property({ type: Boolean, attribute: 'sync-hash' }) syncHash = false;

  /** Optional online tile URL template (http or https); the offline basemap stays underneath. */
  @property() tiles = '';

  /** Credit for the tiles, shown as text. */
  @property({ attribute: 'tiles-attribution' }) tilesAttribution = '';

  /** URL of the folder with the prepared offline basemap (world.json, detail/); by default `summit-map-basemap/` beside the module. */
  @property({ attribute: 'basemap-src' }) basemapSrc = '';

  /** Offer "Mentioned in ¶2, ¶3" links in popups, firing `summit-cite`; set by a linked `<summit-article>`. */
  @property({ type: Boolean, attribute: 'cite-paragraphs' }) citeParagraphs = false;

  /** The outcome layer ("What happened next", later reporting) as an object; the bundled one with the bundled story. */
  @property({ attribute: false }) outcome?: unknown;

  /** URL of the outcome layer ("What happened next"). */
  @property({ attribute: 'outcome-src' }) outcomeSrc = '';

  /** Show the outcome layer ("What happened next"). */
  @property({ type: Boolean, reflect: true, attribute: 'show-outcome' }) showOutcome = false;

  /** How long a load from `src`, `article-src` or `outcome-src` may take before it fails, in milliseconds (15000 by default). */
  @property({ type: Number, attribute: 'load-timeout' }) loadTimeout: number = DEFAULT_LOAD_TIMEOUT_MS;

  /**
   * One finger pans the map, as in a full-screen map app. By default one finger scrolls the page
   * (a hint says to use two) and two fingers pan and zoom the map; in full screen one finger pans.
   */
  @property({ type: Boolean, attribute: 'one-finger-pan' }) oneFingerPan = false;

  /** `lazy`: build the map and load its data only once the element nears the viewport; `eager`: at once. */
  @property() loading: 'lazy' | 'eager' = 'lazy';

  /**
   * For an editor: points can be dragged (`summit-place-move`) and clicks on the map are reported
   * (`summit-map-click`); the element does not change its data itself. New data keeps the view
   * after the first draw (call `fitAll()` to frame it). The handler's code loads only when set.
   */
  @property({ type: Boolean, reflect: true }) editable = false;

  /** Palette: `light`, `dark`, or `auto` (the reader's `prefers-color-scheme`). */
  @property({ reflect: true }) theme: Theme = 'auto';

  /**
   * The first view, set by the author: `west,south,east,north` (bounds in degrees, all of which
   * show) or `longitude,latitude,zoom`. Wins over the data's `story.view`; by default the first view
   * frames the story's places by their own extent, at any scale.
   */
  @property({ attribute: 'first-view' }) firstView = '';

  /**
   * The deepest zoom, set by the author: choosing a place or zooming in never goes closer. It can
   * only lower the map's own limit: 8 with the offline basemap (Natural Earth 1:10m is not drawn
   * closer than it can honestly show), 18 with `tiles`. Wins over the data's `story.maxZoom`.
   */
  @property({ type: Number, attribute: 'max-zoom' }) maxZoom?: number;

  /** The validated places and roles on the map (empty until data is drawn): for companions such as the place list. */
  get parsedPlaces(): Story {
    return this.data.story;
  }

  /** The validated article the quotes cite, if any: for companions such as `<summit-article>`. */
  get parsedArticle(): Article | undefined {
    return this.data.article;
  }

  /** The outcome layer's validated data, if any: for companions such as `<summit-article>`. */
  get parsedOutcome(): Outcome | undefined {
    return this.data.outcome;
  }

  @state() private errorMessage = '';
  /** Whether the note is about the data (new data clears it) or about the map (its basemap, tiles, code: it stays). */
  private noteAboutData = false;
  @state() private helpOpen = false;
  /** The keyboard help's content (keyboard-help.ts, in keyboard-code.ts), once its code is here. */
  private keyboardHelp?: KeyboardCode;
  private keyboardHelpLoad?: Promise<void>;
  /** Accepted data not drawn yet: `updated` draws it once the render around it is done. */
  private storyToDraw = false;
  /**
   * Data was drawn in this view: with `editable`, new data keeps the view; a pre-rendered first
   * view shows the first story only.
   */
  private drawnOnce = false;
  /** The details' rules are in the shadow root (see adoptDetailsStyles). */
  private detailsAdopted = false;
  /** Stops the edit handler (see `editable`). */
  private stopEditing?: () => void;

  private readonly lazyStart = new LazyStartController(this, () => this.loading === 'eager');
  private readonly fullscreen = new FullscreenController(this, () => this.mapView.applyTouchMode());
  private readonly touchHint = new TouchHintController(this);
  private readonly prerendered = new FirstViewController(this);
  private readonly data = new StoryDataController(this, {
    inputs: () => this,
    onStory: () => this.onStory(),
    onOutcome: () => {
      this.mapView.showOutcome();
      this.dispatchEvent(new SummitOutcomeEvent({ features: this.data.outcome?.features.length ?? 0 }));
    },
    report: (summary, problems, forReaders) => this.showProblems(summary, problems, forReaders, true),
    onLargeStory: () => void preloadCanvasCode(),
  });
  private readonly selection = new SelectionController(this, {
    show: (id, { move, focus, jump }) => this.view?.show(id, { animate: !jump && !prefersReducedMotion(), move, focus }),
    describe: (id) => describeSelection(this.data.story, id),
  });
  private readonly mapView = new MapViewController(this, {
    onChoose: (id, byKeyboard) => this.selection.select(id, byKeyboard ? 'keyboard' : 'map'),
    // Route descriptions (words for screen readers) and the arrow keys' moves are code of their own
    // (keyboard-code.ts), fetched when focus first enters the map.
    describe: (place) => loadKeyboardCode().then(({ describeRoute }) => describeRoute(place, this.data.story.places)),
    loadMoves: loadKeyboardCode,
    citedParagraphs: (place) => (this.citeParagraphs ? this.data.paragraphsMentioning(place.id) : []),
    onCite: (id, paragraph) => this.dispatchEvent(new SummitCiteEvent({ id, paragraph })),
    onOneFingerSwipe: () => this.touchHint.show(),
    oneFingerPan: () => this.oneFingerPan || this.fullscreen.active,
    compact: () => this.compact,
    outcome: () => this.data.outcome,
    report: (summary, problems) => this.showProblems(summary, problems),
    onBasemapDone: () => this.prerendered.release(),
    detailsStyles: (sheets) => this.adoptDetailsStyles(sheets),
  });

  private get view(): StoryView | undefined {
    return this.mapView.view;
  }

  /** A narrow element starts with the key folded so it does not cover the map. */
  private get compact(): boolean {
    return this.clientWidth > 0 && this.clientWidth < COMPACT_WIDTH;
  }

  /**
   * Adopts the details' rules (Leaflet's popup rules, then details.styles.ts), which come with the
   * details' code when a place is first chosen, into the cascade of `styles` after the markers'.
   */
  private adoptDetailsStyles(sheets: readonly CSSResult[]): void {
    if (this.detailsAdopted || !(this.renderRoot instanceof ShadowRoot)) return;
    this.detailsAdopted = true;
    const styles = SummitMap.styles;
    const at = styles.indexOf(markerStyles) + 1;
    adoptStyles(this.renderRoot, [...styles.slice(0, at), ...sheets, ...styles.slice(at)]);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached after a disconnect, which tore the view down: a load cut short by the disconnect
    // starts again, drawn data is drawn again.
    if (!this.mapView.rebuild()) return;
    this.drawnOnce = false;
    void this.applyEditing();
    if (this.data.story.places.length === 0) void this.data.loadStory();
    // Accepted but not drawn before the disconnect: drawn and announced by the next update.
    else if (this.storyToDraw) this.requestUpdate();
    else this.drawStory();
    if (!this.data.outcome) void this.data.loadOutcome();
  }

  /**
   * The first update of a map showing the bundled story waits for its files when they are on their
   * way (the drop-in module asks for them as it loads): taken within that update, the story's
   * markers are in the first render, with no frame of an empty map and no second layout before them.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const arriving = !this.hasUpdated && this.places === undefined && !this.src ? bundledStoryArriving() : undefined;
    return arriving ? arriving.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues<this>): void {
    // Before rendering: data at hand (bundled, or given as objects) is accepted at once, so the
    // first render already shows its timeline, key and inset and is laid out only once.
    if (this.isStarted()) {
      const starting = !this.mapView.started;
      const storyInput = starting || changed.has('places') || changed.has('src');
      if (storyInput || changed.has('article') || changed.has('articleSrc')) void this.data.loadStory();
      if (storyInput || changed.has('outcome') || changed.has('outcomeSrc')) void this.data.loadOutcome();
      // Popups will offer paragraph links: fetch the code that finds the mentions now, before one opens.
      if (changed.has('citeParagraphs') && this.citeParagraphs) void this.data.prepareMentions();
      // The selection asked for before the data came is in `selected` before this render, not set
      // after it when the data is drawn (which would schedule a second render).
      if (this.storyToDraw) this.selection.prepare(this.data.story.places.map((place) => place.id));
    }
    super.update(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.isStarted()) return;
    const starting = !this.mapView.started;
    if (starting) this.mapView.start();
    if (starting || changed.has('editable')) void this.applyEditing();
    // First: the room the overlays leave, which a deep-linked place's details are shown in when drawn.
    this.mapView.follow(changed, starting);
    if (this.storyToDraw && this.view) {
      this.storyToDraw = false;
      this.drawStory();
      this.dispatchEvent(new SummitReadyEvent({ places: this.data.story.places.length }));
    }
  }

  /** Selects a place by id and opens its popup ('' closes it); false, changing nothing, for an unknown id. */
  select(id: string): boolean {
    // Not started yet: kept in `selected`, which applies once the data is drawn.
    if (!this.mapView.started) {
      this.selected = id;
      return true;
    }
    return this.selection.select(id, 'api');
  }

  /**
   * Frames the given places and marks them as highlighted ([] clears the highlight). A place whose
   * details are open stays in the frame, never left off-screen.
   */
  frame(ids: readonly string[]): void {
    this.view?.highlight(ids);
    // Not started (lazy start): nothing to frame.
    if (ids.length && this.mapView.hasSize()) this.view?.frame(ids, !prefersReducedMotion());
  }

  /** Marks places as highlighted without moving the map ([] clears). */
  highlight(ids: readonly string[]): void {
    this.view?.highlight(ids);
  }

  /** Frames every place (a jump, not a flight, under reduced motion). */
  fitAll(): void {
    this.mapView.fitAll();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The view is torn down with the disconnect: its handler goes too.
    this.stopEditing?.();
    this.stopEditing = undefined;
  }

  /** Starts or stops the edit handler to match `editable`, fetching its code the first time. */
  private async applyEditing(): Promise<void> {
    if (!this.editable || !this.view) {
      this.stopEditing?.();
      this.stopEditing = undefined;
      return;
    }
    if (this.stopEditing) return;
    const { enablePlaceEditing } = await import('../leaflet/place-editing');
    if (this.editable && this.view && !this.stopEditing) this.stopEditing = enablePlaceEditing(this.view, this);
  }

  /** Far below the fold: nothing is built or loaded until the element nears the viewport. */
  private isStarted(): boolean {
    return this.lazyStart.started && (this.mapView.started || this.isConnected);
  }

  /** New data was accepted: drawn (and announced) after the render that shows it around the map. */
  private onStory(): void {
    // A note about the map stays: its basemap can fail before the data has come (seen in CI under load).
    if (this.noteAboutData) this.errorMessage = '';
    this.storyToDraw = true;
    this.requestUpdate();
  }

  private drawStory(): void {
    if (!this.view || this.data.story.places.length === 0) return;
    const firstDraw = !this.drawnOnce;
    this.drawnOnce = true;
    // An editor's changes keep the author's view.
    const canFrame = !(this.editable && !firstDraw) && this.mapView.frameOnDraw();
    // A deep link or `selected` shows its own place instead of the story's focus.
    const chooses = this.selection.startsChosen();
    this.view.setStory(this.data.story, this.data.article, canFrame && !chooses);
    this.selection.reset(this.data.story.places.map((place) => place.id));
    // The link or `selected` named no place: the story's focus after all.
    if (canFrame && chooses && !this.selected) this.view.frameFocus(false);
    // A pre-rendered first view stays until the map is fully drawn where it is, unless the map
    // shows something else: another story, a chosen place, or no framing yet.
    const view = this.view;
    if (canFrame && !chooses && firstDraw) this.prerendered.watch((moved) => view.onceMoved(moved));
    else this.prerendered.release();
  }

  /**
   * `forReaders: false`: for the page's author only (console and summit-error), no note on the map.
   * `aboutData`: a note about the data, which new data clears.
   */
  private showProblems(summary: string, problems: readonly Problem[], forReaders = true, aboutData = false): void {
    const note = reportProblems(this, summary, problems);
    if (!note || !forReaders) return;
    this.errorMessage = note;
    this.noteAboutData = aboutData;
    this.prerendered.release();
  }

  private onToggleHelp(): void {
    // The panel's content is code of its own (keyboard-code.ts), fetched at the latest on the first open: the panel opens once it is here.
    if (!this.helpOpen && !this.keyboardHelp) {
      this.keyboardHelpLoad ??= loadKeyboardCode().then(
        (module) => {
          this.keyboardHelp = module;
          this.helpOpen = true;
        },
        (error: unknown) => {
          this.keyboardHelpLoad = undefined;
          this.showProblems('The keyboard help could not be loaded.', [{ message: String(error) }], false);
        },
      );
      return;
    }
    this.helpOpen = !this.helpOpen;
    if (!this.helpOpen) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('.help-toggle')?.focus());
  }

  private onStepTimeline(delta: number): void {
    const id = stepTimeline(timelineOf(this.data.story.places), this.selected, delta);
    if (id) this.selection.select(id, 'api');
  }

  override render() {
    const compact = this.compact;
    const inset = locatorInsetTemplate(
      this.data.story,
      this.mapView.viewBounds,
      compact,
      (id) => this.selection.select(id, 'api'),
      this.mapView.insetLand,
    );
    return html`
      <div class="map" part="map"></div>
      ${this.prerendered.template()}
      ${chrome.touchHintTemplate(this.touchHint.visible)}
      ${chrome.controlsTemplate(
        { compact, outcomeTitle: this.data.outcome?.title, showOutcome: this.showOutcome, helpOpen: this.helpOpen },
        {
          zoomBy: (delta) => this.view?.zoomBy(delta, !prefersReducedMotion()),
          fitAll: () => this.fitAll(),
          toggleOutcome: () => (this.showOutcome = !this.showOutcome),
          toggleHelp: () => this.onToggleHelp(),
        },
        chrome.fullscreenButtonTemplate(this.fullscreen.available, this.fullscreen.active, () => this.fullscreen.toggle()),
        chrome.errorTemplate(this.errorMessage, () => (this.errorMessage = '')),
      )}
      ${chrome.helpTemplate(
        this.helpOpen,
        () => this.onToggleHelp(),
        this.keyboardHelp?.helpContent(() => this.onToggleHelp()),
      )}
      ${chrome.timelineTemplate(this.data.story.places, this.selected, compact, (delta) => this.onStepTimeline(delta))}
      ${chrome.legendTemplate(this.data.story.roles, !compact, compact)} ${inset}
      ${chrome.creditsTemplate(
        // A phone's credit line names the publisher only; the details quote the article in full.
        compact ? (this.data.article?.publisher ?? creditLine(this.data.article)) : creditLine(this.data.article),
        this.tiles ? this.tilesAttribution : '',
        this.mapView.atOfflineLimit,
      )}
      ${chrome.statusTemplate(this.data.loading)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'summit-map': SummitMap;
  }
}
