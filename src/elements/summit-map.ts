import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import { defaultArticle, defaultBasemap, defaultOutcome, defaultPlaces } from '../data/default-story';
import { SummitCiteEvent, SummitErrorEvent, SummitReadyEvent, SummitSelectEvent } from '../events';
import { StoryMap } from '../leaflet/story-map';
import { parseArticle } from '../model/article';
import { creditLine } from '../model/credit';
import { findMentions, paragraphsMentioning, type Mention } from '../model/mentions';
import { parseOutcome, type Outcome } from '../model/outcome';
import { stepTimeline, timelineOf } from '../model/timeline';
import { verifyQuotes } from '../model/quotes';
import { describeRoute } from '../model/route-description';
import { SelectionModel } from '../model/selection';
import { emptyStory, parseStory } from '../model/story';
import type { Article, Place, Problem, Story } from '../model/types';
import { roleSymbol } from '../symbols/role-symbol';
import { HashSyncController } from './hash-sync';
import { loadJson } from './load-json';
import { prefersReducedMotion } from './motion';
import { styles } from './summit-map.styles';

const COMPACT_WIDTH = 560;
const BASEMAP_COLORS = { land: '#f3f0e8', tint: '#e9dcbf', border: '#a99f8c' };

/** Who changed the selection: each source skips the step it already did itself. */
type SelectionSource = 'map' | 'api' | 'attribute' | 'hash';

/**
 * A map of the places in a news story: an offline Leaflet map in the shadow root, one keyboard-
 * focusable marker per place, popups that quote the article word for word, a legend and
 * controls. Shows the bundled story (the 2019 Trump–Kim summit in Vietnam) when given no data.
 *
 * @fires summit-ready - After data is drawn. `detail: { places }`.
 * @fires summit-select - The selection changed (user or API). `detail: { id, feature }`.
 * @fires summit-error - Input was rejected in full or in part. `detail: { message, problems }`.
 * @fires summit-cite - A popup's paragraph link was chosen (see `cite-paragraphs`). `detail: { id, paragraph }`.
 *
 * @csspart map - The Leaflet map container.
 * @csspart legend - The legend naming each role.
 * @csspart controls - The zoom, "show all" and keyboard-help buttons.
 * @csspart help - The keyboard help panel.
 * @csspart timeline - The timeline stepping through the dated places.
 * @csspart credits - The data and tiles credit line.
 * @csspart error - The dismissable error message (`role="alert"`).
 *
 * @cssprop --summit-map-height - Height of the element (default 480px).
 * @cssprop --summit-map-sea - Sea colour of the offline basemap.
 * @cssprop --summit-map-font - Font family of labels, legend and popups.
 * @cssprop --summit-map-focus - Colour of the focus ring.
 */
export class SummitMap extends LitElement {
  static override styles = styles;

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

  /** Offer "Mentioned in ¶2, ¶3" links in popups, firing `summit-cite`; set by a linked `<summit-article>`. */
  @property({ type: Boolean, attribute: 'cite-paragraphs' }) citeParagraphs = false;

  /** The "what happened next" layer (later reporting) as an object; the bundled one with the bundled story. */
  @property({ attribute: false }) outcome?: unknown;

  /** URL of the "what happened next" layer. */
  @property({ attribute: 'outcome-src' }) outcomeSrc = '';

  /** Show the "what happened next" layer. */
  @property({ type: Boolean, reflect: true, attribute: 'show-outcome' }) showOutcome = false;

  @state() private storyData: Story = emptyStory();
  @state() private articleData?: Article;
  @state() private errorMessage = '';
  @state() private loading = false;
  @state() private helpOpen = false;
  @state() private announcement = '';
  @state() private outcomeData?: Outcome;
  private mentions: Mention[] = [];

  @query('.map') private mapContainer!: HTMLDivElement;

  private storyMap?: StoryMap;
  private loadAbort?: AbortController;
  private outcomeAbort?: AbortController;
  private readonly warned = new Set<string>();
  private fitPending = false;
  private readonly selection = new SelectionModel();

  // Leaflet only watches window resizes; a map shown after being hidden, or in a resizing
  // layout, is measured again here.
  protected readonly resizeController = new ResizeController(this, { callback: () => this.onResize() });
  protected readonly hashSync = new HashSyncController(this, (id) => this.applySelection(id, 'hash'));

  /** The validated story on the map (empty until data is drawn): for companions such as the place list. */
  get story(): Story {
    return this.storyData;
  }

  /** The later-reporting layer's validated data, if any: for companions such as `<summit-article>`. */
  get storyOutcome(): Outcome | undefined {
    return this.outcomeData;
  }

  /** The validated article the quotes cite, if any: for companions such as `<summit-article>`. */
  get storyArticle(): Article | undefined {
    return this.articleData;
  }

  /** A narrow element starts with the key folded so it does not cover the map. */
  private get compact(): boolean {
    return this.clientWidth > 0 && this.clientWidth < COMPACT_WIDTH;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached after a disconnect: rebuild what disconnectedCallback tore down.
    if (this.hasUpdated && !this.storyMap) {
      this.createMap();
      // A load cut short by the disconnect starts again; drawn data is drawn again.
      if (this.storyData.places.length === 0) void this.loadData();
      else this.drawStory(true);
      if (!this.outcomeData) void this.loadOutcome();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadAbort?.abort();
    this.outcomeAbort?.abort();
    this.storyMap?.destroy();
    this.storyMap = undefined;
  }

  protected override firstUpdated(): void {
    this.createMap();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Here rather than in updated(), so correcting `selected` does not schedule a second update.
    // Before data arrives the id cannot be checked; drawStory applies it then.
    if (changed.has('selected') && this.selected !== this.selection.id && this.storyData.places.length) {
      this.applySelection(this.selected, 'attribute');
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('places') || changed.has('src') || changed.has('article') || changed.has('articleSrc')) {
      void this.loadData();
    }
    if (changed.has('tiles')) this.applyTiles();
    if (changed.has('outcome') || changed.has('outcomeSrc') || changed.has('places') || changed.has('src')) void this.loadOutcome();
    if (changed.has('showOutcome') || changed.has('outcomeData' as keyof SummitMap))
      this.storyMap?.setOutcome(this.outcomeData, this.showOutcome);
    // The controls' layout follows the element's width (compact or not): measure after render.
    this.updatePopupClearance();
  }

  private onResize(): void {
    if (!this.storyMap) return;
    this.storyMap.invalidateSize();
    this.updatePopupClearance();
    if (this.fitPending && this.hasSize()) {
      this.fitPending = false;
      this.storyMap.fitAll(false);
    }
  }

  private readonly onMapSelect = (id: string) => {
    this.applySelection(id, 'map');
  };

  private onDismissError(): void {
    this.errorMessage = '';
  }

  private onToggleHelp(): void {
    this.helpOpen = !this.helpOpen;
  }

  private onHelpKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.helpOpen = false;
    this.renderRoot.querySelector<HTMLButtonElement>('.help-toggle')?.focus();
  }

  /** Selects a place by id and opens its popup ('' closes it); false, changing nothing, for an unknown id. */
  select(id: string): boolean {
    return this.applySelection(id, 'api');
  }

  /** Frames the given places and marks them as highlighted ([] clears the highlight). */
  frame(ids: readonly string[]): void {
    this.storyMap?.highlight(ids);
    if (ids.length && this.hasSize()) this.storyMap?.frame(ids, !prefersReducedMotion());
  }

  /** Marks places as highlighted without moving the map ([] clears). */
  highlight(ids: readonly string[]): void {
    this.storyMap?.highlight(ids);
  }

  /** Frames every place (a jump, not a flight, under reduced motion). */
  fitAll(): void {
    if (!this.hasSize()) {
      this.fitPending = true;
      return;
    }
    this.storyMap?.fitAll(!prefersReducedMotion());
  }

  override render() {
    const credit = creditLine(this.articleData);
    return html`
      <div class="map" part="map"></div>
      <div class="controls ${this.compact ? 'compact' : ''}" part="controls">
        <button type="button" @click=${() => this.storyMap?.zoomBy(1, !prefersReducedMotion())} aria-label="Zoom in">+</button>
        <button type="button" @click=${() => this.storyMap?.zoomBy(-1, !prefersReducedMotion())} aria-label="Zoom out">−</button>
        <button type="button" class="fit" @click=${() => this.fitAll()}>${this.compact ? 'Show all' : 'Show all places'}</button>
        ${
          this.outcomeData
            ? html`<button
                type="button"
                class="outcome-toggle"
                aria-pressed=${this.showOutcome ? 'true' : 'false'}
                @click=${this.onToggleOutcome}
              >
                ${this.outcomeData.title}
              </button>`
            : nothing
        }
        <button
          type="button"
          class="help-toggle"
          aria-expanded=${this.helpOpen ? 'true' : 'false'}
          aria-controls="keyboard-help"
          @click=${this.onToggleHelp}
        >
          Keyboard
        </button>
      </div>
      <div id="keyboard-help" class="help" part="help" ?hidden=${!this.helpOpen} @keydown=${this.onHelpKeydown}>
        <h2>Using the map with a keyboard</h2>
        <dl>
          <dt>Tab</dt>
          <dd>to the map, then to its places</dd>
          <dt>Arrow keys</dt>
          <dd>on a place: the next or previous place; on the map: move it</dd>
          <dt>Enter or Space</dt>
          <dd>open the place's quotes</dd>
          <dt>Escape</dt>
          <dd>close them and return to the place</dd>
          <dt>+ and −</dt>
          <dd>zoom in and out (on the map)</dd>
        </dl>
        <button type="button" @click=${this.onToggleHelp}>Close</button>
      </div>
      ${this.renderTimeline()}
      ${
        this.storyData.roles.length
          ? html`<details class="legend" part="legend" ?open=${!this.compact}>
              <summary>Key</summary>
              <ul aria-label="Key to the map's symbols">
                ${this.storyData.roles.map((role) => html`<li>${roleSymbol(role.symbol, role.color, 16)}<span>${role.label}</span></li>`)}
              </ul>
            </details>`
          : nothing
      }
      <p class="credits" part="credits">
        ${credit ? html`<span>Quotes: ${credit}</span>` : nothing}
        <span>Map: Natural Earth</span>
        ${this.tiles && this.tilesAttribution ? html`<span>Tiles: ${this.tilesAttribution}</span>` : nothing}
      </p>
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
      ${this.loading ? html`<p class="status" role="status">Loading the map data…</p>` : nothing}
      ${
        this.errorMessage
          ? html`<div class="error" part="error" role="alert">
              <p>${this.errorMessage}</p>
              <button type="button" @click=${this.onDismissError} aria-label="Dismiss this message">Dismiss</button>
            </div>`
          : nothing
      }
    `;
  }

  private renderTimeline() {
    const timeline = timelineOf(this.storyData.places);
    if (timeline.length < 2) return nothing;
    const index = timeline.findIndex((place) => place.id === this.selected);
    const current = timeline[index];
    return html`<div class="timeline ${this.compact ? 'compact' : ''}" part="timeline" role="group" aria-label="Timeline">
      <button type="button" aria-label="Earlier" ?disabled=${index === 0} @click=${() => this.stepTimeline(-1)}>◀</button>
      <p class="timeline-label">
        ${
          current
            ? html`<span class="timeline-step">${index + 1} of ${timeline.length}</span> ${current.dateLabel ?? current.date}`
            : html`<span class="timeline-step">Timeline</span> ${timeline.length} dates, from ${timeline[0]!.dateLabel ?? timeline[0]!.date}`
        }
      </p>
      <button type="button" aria-label="Later" ?disabled=${index === timeline.length - 1} @click=${() => this.stepTimeline(1)}>▶</button>
    </div>`;
  }

  private stepTimeline(delta: number): void {
    const id = stepTimeline(timelineOf(this.storyData.places), this.selected, delta);
    if (id) this.applySelection(id, 'api');
  }

  private onToggleOutcome(): void {
    this.showOutcome = !this.showOutcome;
  }

  private async loadOutcome(): Promise<void> {
    this.outcomeAbort?.abort();
    const abort = (this.outcomeAbort = new AbortController());
    const usesDefault = this.places === undefined && !this.src;
    try {
      const input =
        this.outcome !== undefined
          ? this.outcome
          : this.outcomeSrc
            ? await loadJson(this.outcomeSrc, abort.signal, '"what happened next" data')
            : usesDefault
              ? defaultOutcome
              : undefined;
      if (abort.signal.aborted) return;
      if (input === undefined) {
        this.outcomeData = undefined;
        return;
      }
      const { value, problems } = parseOutcome(input);
      if (value) this.outcomeData = value;
      if (problems.length) this.reportProblems(problems, 'Some of the "what happened next" data was left out.');
    } catch (error) {
      this.reportProblems(
        [{ message: error instanceof Error ? error.message : String(error) }],
        'The "what happened next" data could not be loaded.',
      );
    }
  }

  private createMap(): void {
    this.storyMap = new StoryMap(this.mapContainer, {
      basemap: defaultBasemap,
      colors: BASEMAP_COLORS,
      onSelect: this.onMapSelect,
      label: 'Map of the places in the story',
      reducedMotion: prefersReducedMotion(),
      describe: (place) => describeRoute(place, this.storyData.places),
      citedParagraphs: (place) => (this.citeParagraphs ? paragraphsMentioning(this.mentions, place.id) : []),
      onCite: (id, paragraph) => this.dispatchEvent(new SummitCiteEvent({ id, paragraph })),
    });
    this.storyMap.setOutcome(this.outcomeData, this.showOutcome);
    this.applyTiles();
  }

  private async loadData(): Promise<void> {
    this.loadAbort?.abort();
    const abort = (this.loadAbort = new AbortController());
    const usesDefault = this.places === undefined && !this.src;
    this.loading = !!(this.places === undefined && this.src) || !!(this.article === undefined && this.articleSrc);
    try {
      const [placesInput, articleInput] = await Promise.all([
        this.places !== undefined ? this.places : this.src ? loadJson(this.src, abort.signal, 'places data') : defaultPlaces,
        this.article !== undefined
          ? this.article
          : this.articleSrc
            ? loadJson(this.articleSrc, abort.signal, 'article')
            : usesDefault
              ? defaultArticle
              : undefined,
      ]);
      if (abort.signal.aborted) return;
      this.applyData(placesInput, articleInput);
    } catch (error) {
      if (abort.signal.aborted) return;
      this.reportProblems([{ message: error instanceof Error ? error.message : String(error) }], 'The map data could not be loaded.');
    } finally {
      if (!abort.signal.aborted) this.loading = false;
    }
  }

  private applyData(placesInput: unknown, articleInput: unknown): void {
    const problems: Problem[] = [];
    const parsedArticle = articleInput === undefined ? undefined : parseArticle(articleInput);
    if (parsedArticle) problems.push(...parsedArticle.problems);
    const parsedStory = parseStory(placesInput);
    problems.push(...parsedStory.problems);
    const checked = verifyQuotes(parsedStory.value, parsedArticle?.value);
    problems.push(...checked.problems);
    // Mentions only feed the popups' paragraph links; <summit-article> reports their problems.
    const found = parsedArticle?.value?.paragraphs.length ? findMentions(parsedArticle.value.paragraphs, checked.value.places) : undefined;
    if (checked.value.places.length === 0) {
      // Rejected in full: keep whatever was already on the map.
      this.reportProblems(problems, 'No place in the new data could be shown; the map keeps what it showed before.');
      return;
    }
    this.storyData = checked.value;
    this.articleData = parsedArticle?.value;
    this.mentions = found?.mentions ?? [];
    this.errorMessage = '';
    this.drawStory(true);
    this.dispatchEvent(new SummitReadyEvent({ places: this.storyData.places.length }));
    if (problems.length) this.reportProblems(problems, 'Some of the map data was left out.');
  }

  private drawStory(fit: boolean): void {
    if (!this.storyMap || this.storyData.places.length === 0) return;
    const wanted = this.hashSync.read() ?? this.selected;
    this.selection.setKnownIds(this.storyData.places.map((place) => place.id));
    this.selection.select('');
    this.storyMap.setStory(this.storyData, this.articleData);
    this.updatePopupClearance();
    if (fit) {
      this.fitPending = !this.hasSize();
      if (!this.fitPending) this.storyMap.fitAll(false);
    }
    // The selection asked for before the data arrived (attribute or link) applies now.
    if (wanted) this.applySelection(wanted, 'hash');
    else if (this.selected) this.selected = '';
  }

  /**
   * The one path every selection takes: the model decides, then the map, the `selected`
   * attribute, the URL hash, the announcement and the event follow.
   */
  private applySelection(id: string, source: SelectionSource): boolean {
    const previous = this.selection.id;
    if (!this.selection.select(id)) {
      this.warnOnce(id, `<summit-map>: no place has the id "${id}"; nothing was selected.`);
      if (this.selected !== previous) this.selected = previous;
      return false;
    }
    if (this.selected !== id) this.selected = id;
    if (source !== 'map') this.storyMap?.open(id, { animate: !prefersReducedMotion(), fly: true });
    if (id === previous) return true;
    if (source !== 'hash') this.hashSync.write(id);
    const place = this.placeById(id);
    this.announcement = place ? this.describeSelection(place) : 'No place selected.';
    this.dispatchEvent(new SummitSelectEvent({ id, feature: place?.feature ?? null }));
    return true;
  }

  private describeSelection(place: Place): string {
    const role = this.storyData.roles.find((candidate) => candidate.id === place.role);
    const quotes = place.quotes.length === 1 ? '1 quote' : `${place.quotes.length} quotes`;
    return `${place.name} selected${role ? `, ${role.label}` : ''}: ${quotes} from the article.`;
  }

  private placeById(id: string): Place | undefined {
    return this.storyData.places.find((place) => place.id === id);
  }

  private applyTiles(): void {
    if (!this.storyMap) return;
    const url = /^https?:\/\//i.test(this.tiles) ? this.tiles : '';
    if (this.tiles && !url) {
      this.reportProblems(
        [{ field: 'tiles', message: `The tiles address "${this.tiles}" is not http(s).` }],
        'The online tiles were not added.',
      );
    }
    this.storyMap.setTiles(url);
  }

  private reportProblems(problems: Problem[], summary: string): void {
    const detail = problems.length ? `${summary} ${problems.map((problem) => problem.message).join(' ')}` : summary;
    this.errorMessage = detail;
    console.warn(`<summit-map>: ${detail}`);
    this.dispatchEvent(new SummitErrorEvent({ message: summary, problems }));
  }

  private warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(message);
  }

  /** Popups avoid the controls (below them on a narrow map, beside them on a wide one) and the timeline. */
  private updatePopupClearance(): void {
    const controls = this.renderRoot.querySelector<HTMLElement>('.controls');
    if (!controls || !this.storyMap) return;
    const gap = 8;
    const height = this.mapContainer.clientHeight;
    const timeline = this.renderRoot.querySelector<HTMLElement>('.timeline');
    const top = this.compact ? controls.offsetTop + controls.offsetHeight + gap : gap;
    const bottom = this.compact && timeline ? height - timeline.offsetTop + gap : 16;
    this.storyMap.setPopupClearance({
      topLeft: this.compact ? [gap, top] : [controls.offsetLeft + controls.offsetWidth + gap, gap],
      bottomRight: [gap, bottom],
      // Room for the popup's tip and margins; below that the content scrolls.
      maxHeight: Math.max(120, height - top - bottom - 50),
    });
  }

  private hasSize(): boolean {
    return !!this.mapContainer && this.mapContainer.clientWidth > 0 && this.mapContainer.clientHeight > 0;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'summit-map': SummitMap;
  }
}
