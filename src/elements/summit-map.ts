import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import { defaultArticle, defaultBasemap, defaultPlaces } from '../data/default-story';
import { SummitErrorEvent, SummitReadyEvent, SummitSelectEvent } from '../events';
import { StoryMap } from '../leaflet/story-map';
import { creditLine } from '../model/credit';
import { parseArticle } from '../model/article';
import { verifyQuotes } from '../model/quotes';
import { emptyStory, parseStory } from '../model/story';
import type { Article, Problem, Story } from '../model/types';
import { roleSymbol } from '../symbols/role-symbol';
import { loadJson } from './load-json';
import { styles } from './summit-map.styles';

const COMPACT_WIDTH = 560;
const BASEMAP_COLORS = { land: '#f3f0e8', tint: '#e9dcbf', border: '#a99f8c' };

/**
 * A map of the places in a news story: an offline Leaflet map in the shadow root, one keyboard-
 * focusable marker per place, popups that quote the article word for word, a legend and
 * controls. Shows the bundled story (the 2019 Trump–Kim summit in Vietnam) when given no data.
 *
 * @fires summit-ready - After data is drawn. `detail: { places }`.
 * @fires summit-select - The selection changed (user or API). `detail: { id, feature }`.
 * @fires summit-error - Input was rejected in full or in part. `detail: { message, problems }`.
 *
 * @csspart map - The Leaflet map container.
 * @csspart legend - The legend naming each role.
 * @csspart controls - The zoom and "show all" buttons.
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

  /** Id of the selected place ('' for none). */
  @property({ reflect: true }) selected = '';

  /** Keep the selection in `location.hash` as `#place=<id>`. */
  @property({ type: Boolean, attribute: 'sync-hash' }) syncHash = false;

  /** Optional online tile URL template (http or https); the offline basemap stays underneath. */
  @property() tiles = '';

  /** Credit for the tiles, shown as text. */
  @property({ attribute: 'tiles-attribution' }) tilesAttribution = '';

  @state() private story: Story = emptyStory();
  @state() private articleData?: Article;
  @state() private errorMessage = '';
  @state() private loading = false;

  @query('.map') private mapContainer!: HTMLDivElement;

  private storyMap?: StoryMap;
  private loadAbort?: AbortController;
  private warned = new Set<string>();
  private fitPending = false;

  // Leaflet only watches window resizes; a map shown after being hidden, or in a resizing
  // layout, is measured again here.
  protected readonly resizeController = new ResizeController(this, { callback: () => this.onResize() });

  /** A narrow element starts with the key folded so it does not cover the map. */
  private get compact(): boolean {
    return this.clientWidth > 0 && this.clientWidth < COMPACT_WIDTH;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached after a disconnect: rebuild what disconnectedCallback tore down.
    if (this.hasUpdated && !this.storyMap) {
      this.createMap();
      this.drawStory(true);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadAbort?.abort();
    this.storyMap?.destroy();
    this.storyMap = undefined;
  }

  protected override firstUpdated(): void {
    this.createMap();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('places') || changed.has('src') || changed.has('article') || changed.has('articleSrc')) {
      void this.loadData();
    }
    if (changed.has('tiles')) this.applyTiles();
    if (changed.has('selected') && this.storyMap) this.showSelected();
  }

  private onResize(): void {
    if (!this.storyMap) return;
    this.storyMap.invalidateSize();
    if (this.fitPending && this.hasSize()) {
      this.fitPending = false;
      this.storyMap.fitAll(false);
    }
  }

  private readonly onMapSelect = (id: string) => {
    if (id === this.selected) return;
    this.selected = id;
    this.dispatchSelect(id);
  };

  private onDismissError(): void {
    this.errorMessage = '';
  }

  /** Selects a place by id, opening its popup; false (and nothing changes) for an unknown id. */
  select(id: string): boolean {
    if (id !== '' && !this.story.places.some((place) => place.id === id)) {
      this.warnOnce(id, `<summit-map>: no place has the id "${id}".`);
      return false;
    }
    if (id !== this.selected) {
      this.selected = id;
      this.dispatchSelect(id);
    }
    return true;
  }

  /** Frames every place (a jump, not a flight, under reduced motion). */
  fitAll(): void {
    if (!this.hasSize()) {
      this.fitPending = true;
      return;
    }
    this.storyMap?.fitAll(!this.reducedMotion());
  }

  override render() {
    const credit = creditLine(this.articleData);
    return html`
      <div class="map" part="map"></div>
      <div class="controls" part="controls">
        <button type="button" @click=${() => this.storyMap?.zoomBy(1, !this.reducedMotion())} aria-label="Zoom in">+</button>
        <button type="button" @click=${() => this.storyMap?.zoomBy(-1, !this.reducedMotion())} aria-label="Zoom out">−</button>
        <button type="button" class="fit" @click=${() => this.fitAll()}>Show all places</button>
      </div>
      ${
        this.story.roles.length
          ? html`<details class="legend" part="legend" ?open=${!this.compact}>
              <summary>Key</summary>
              <ul aria-label="Key to the map's symbols">
                ${this.story.roles.map((role) => html`<li>${roleSymbol(role.symbol, role.color, 16)}<span>${role.label}</span></li>`)}
              </ul>
            </details>`
          : nothing
      }
      <p class="credits" part="credits">
        ${credit ? html`<span>Quotes: ${credit}</span>` : nothing}
        <span>Map: Natural Earth</span>
        ${this.tiles && this.tilesAttribution ? html`<span>Tiles: ${this.tilesAttribution}</span>` : nothing}
      </p>
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

  private createMap(): void {
    this.storyMap = new StoryMap(this.mapContainer, {
      basemap: defaultBasemap,
      colors: BASEMAP_COLORS,
      onSelect: this.onMapSelect,
      label: 'Map of the places in the story',
    });
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
    if (checked.value.places.length === 0) {
      // Rejected in full: keep whatever was already on the map.
      this.reportProblems(problems, 'No place in the new data could be shown; the map keeps what it showed before.');
      return;
    }
    this.story = checked.value;
    this.articleData = parsedArticle?.value;
    this.errorMessage = '';
    this.drawStory(true);
    this.dispatchEvent(new SummitReadyEvent({ places: this.story.places.length }));
    if (problems.length) this.reportProblems(problems, 'Some of the map data was left out.');
  }

  private drawStory(fit: boolean): void {
    if (!this.storyMap || this.story.places.length === 0) return;
    this.storyMap.setStory(this.story, this.articleData);
    if (fit) {
      this.fitPending = !this.hasSize();
      if (!this.fitPending) this.storyMap.fitAll(false);
    }
    this.showSelected();
  }

  private showSelected(): void {
    if (!this.storyMap || this.story.places.length === 0) return;
    const known = this.selected === '' || this.story.places.some((place) => place.id === this.selected);
    if (!known) {
      this.warnOnce(this.selected, `<summit-map>: no place has the id "${this.selected}".`);
      return;
    }
    this.storyMap.open(this.selected, { animate: !this.reducedMotion() });
  }

  private applyTiles(): void {
    if (!this.storyMap) return;
    const url = /^https?:\/\//i.test(this.tiles) ? this.tiles : '';
    if (this.tiles && !url)
      this.reportProblems(
        [{ field: 'tiles', message: `The tiles address "${this.tiles}" is not http(s).` }],
        'The online tiles were not added.',
      );
    this.storyMap.setTiles(url);
  }

  private reportProblems(problems: Problem[], summary: string): void {
    const detail = problems.length ? `${summary} ${problems.map((problem) => problem.message).join(' ')}` : summary;
    this.errorMessage = detail;
    console.warn(`<summit-map>: ${detail}`);
    this.dispatchEvent(new SummitErrorEvent({ message: summary, problems }));
  }

  private dispatchSelect(id: string): void {
    const feature = this.story.places.find((place) => place.id === id)?.feature ?? null;
    this.dispatchEvent(new SummitSelectEvent({ id, feature }));
  }

  private warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(message);
  }

  private hasSize(): boolean {
    return !!this.mapContainer && this.mapContainer.clientWidth > 0 && this.mapContainer.clientHeight > 0;
  }

  private reducedMotion(): boolean {
    return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'summit-map': SummitMap;
  }
}
