import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { SummitSelectEvent } from '../events';
import { kindOf } from '../model/geometry';
import { describeRoute } from '../model/route-description';
import { emptyStory, parseStory } from '../model/story';
import type { Place, Role, Story } from '../model/types';
import { roleSymbol } from '../symbols/role-symbol';
import { CompanionLinkController } from '../controllers/companion-link';
import { styleProps } from '../directives/style-props';
import { nextPaint } from '../dom/after-paint';
import { dropPrerenderedSlot, withPrerenderedSlot } from '../dom/prerendered-slot';
import { reportProblems } from './error-reporter';
import type { Theme } from '../controllers/theme-controller';
import { styles } from './summit-place-list.styles';
import { rowAt, rowHeight, rowOf, rowsAround, rowsOf, type ListRows } from './place-list-rows';

/** From this many places on, only the items near the visible part of the list are in the DOM. */
export const VIRTUAL_FROM = 200;
/** Rendered beyond the visible part, above and below, in pixels: Tab and small scrolls find items ready. */
const OVERSCAN = 800;

/**
 * The story's places as an accessible list, grouped by role, each with its name, site and first
 * quote: readable without the map. Linked to a `<summit-map>` by `for`, choosing a place selects it
 * on the map, and the map's selection is marked here (`aria-current`) and scrolled into view.
 * Standalone, give it `places`.
 *
 * @tagname summit-place-list
 * @fires summit-select - Standalone only (a linked map fires its own): a place was chosen. `detail: { id, feature }`.
 * @fires summit-error - Standalone `places` were rejected in full or in part. `detail: { message, problems }`.
 *
 * @csspart heading - The list's heading.
 * @csspart item - One place.
 * @csspart place - The button that chooses a place.
 *
 * @cssprop --summit-map-font - Font family.
 * @cssprop --summit-map-focus - Colour of the focus ring.
 * @cssprop --summit-place-list-current - Background of the current place (default `--summit-map-current`).
 * @cssprop --summit-map-ink - Text colour (light #16181a, dark #e8e6e1).
 * @cssprop --summit-map-muted - Secondary text (light #4a4f55, dark #b3b9bf).
 * @cssprop --summit-map-link - Place names (light #0b4f9c, dark #94bcf6).
 * @cssprop --summit-map-page - The element's own background in dark (dark #16191c; light: none).
 * @cssprop --summit-map-current - Background of the current place (light #fff3d6, dark #3b3222).
 * @cssprop --summit-map-accent - Bar beside the current place (light #b26a00, dark #e5a93a).
 */
export class SummitPlaceList extends LitElement {
  static override styles = styles;

  /** Id of the `<summit-map>` to follow and drive (same document or shadow root). */
  @property({ reflect: true }) for = '';

  /** A places dataset to list without a map; a linked map's data wins. */
  @property({ attribute: false }) places?: unknown;

  /** Id of the current place; follows the linked map. */
  @property({ reflect: true }) selected = '';

  /** Palette: `light`, `dark`, or `auto` (the reader's `prefers-color-scheme`). */
  @property({ reflect: true }) theme: Theme = 'auto';

  /** The list's heading. */
  @property() heading = 'Places in the story';

  @state() private standaloneStory: Story = emptyStory();
  /** On a long list: the rows in the DOM, [start, end); [0, 0] until measured. */
  private window: [number, number] = [0, 0];
  private rows?: ListRows;
  /** On a long list: the row holding focus, if any. */
  private focusedRow?: number;
  private frameRequest = 0;

  protected readonly link = new CompanionLinkController(this, () => this.followMap());

  /** The story shown: the linked map's once it has drawn data, else the standalone `places`. */
  get story(): Story {
    const mapStory = this.link.map?.parsedPlaces;
    return mapStory && mapStory.places.length ? mapStory : this.standaloneStory;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('places') && this.places !== undefined) {
      const { value, problems } = parseStory(this.places);
      this.standaloneStory = value;
      reportProblems(this, 'Some places could not be listed.', problems);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Scrolls of the page or of any scrolling ancestor (scroll does not bubble, but is captured).
    window.addEventListener('scroll', this.scheduleWindow, { capture: true, passive: true });
    window.addEventListener('resize', this.scheduleWindow, { passive: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('scroll', this.scheduleWindow, { capture: true });
    window.removeEventListener('resize', this.scheduleWindow);
    cancelAnimationFrame(this.frameRequest);
  }
  // A companion's first render (the whole article, every row) waits for the next paint, so that
  // a map on the same page shows its markers first.
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await nextPaint();
    await super.scheduleUpdate();
  }

  protected override createRenderRoot() {
    return withPrerenderedSlot(super.createRenderRoot());
  }

  protected override update(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) dropPrerenderedSlot(this.renderRoot);
    super.update(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('selected') && this.selected) this.revealCurrent();
    // A long list measures what is visible once it is laid out.
    if (this.rows && this.window[1] === 0) this.scheduleWindow();
  }

  private readonly scheduleWindow = () => {
    if (!this.rows || this.frameRequest) return;
    this.frameRequest = requestAnimationFrame(() => {
      this.frameRequest = 0;
      this.updateWindow();
    });
  };

  /** Puts the rows near the visible part of the list (and the focused one) in the DOM. */
  private updateWindow(): void {
    const list = this.renderRoot.querySelector<HTMLElement>('ul.virtual');
    if (!this.rows || !list) return;
    const box = list.getBoundingClientRect();
    const host = this.getBoundingClientRect();
    const top = Math.max(0, host.top) - box.top;
    const bottom = Math.min(window.innerHeight, host.bottom) - box.top;
    const [start, end] = rowsAround(this.rows, top - OVERSCAN, Math.max(top, bottom) + OVERSCAN);
    if (start === this.window[0] && end === this.window[1]) return;
    this.window = [start, end];
    this.requestUpdate();
  }

  private followMap(): void {
    if (!this.link.map) return;
    this.selected = this.link.selected;
    this.requestUpdate();
  }

  private onChoose(id: string): void {
    const map = this.link.map;
    if (map && map.parsedPlaces.places.length) {
      map.select(id);
      return;
    }
    this.selected = id;
    const feature = this.story.places.find((place) => place.id === id)?.feature ?? null;
    this.dispatchEvent(new SummitSelectEvent({ id, feature }));
  }

  /** Scrolls the current item into view inside this element only; the page itself never jumps. */
  private revealCurrent(): void {
    if (this.rows) {
      this.revealRow(
        rowOf(
          this.rows,
          this.story.places.find((place) => place.id === this.selected),
        ),
      );
      return;
    }
    const item = this.renderRoot.querySelector<HTMLElement>('li.current');
    if (!item || this.scrollHeight <= this.clientHeight) return;
    const box = this.getBoundingClientRect();
    const rect = item.getBoundingClientRect();
    if (rect.top < box.top) this.scrollTop -= box.top - rect.top + 8;
    else if (rect.bottom > box.bottom) this.scrollTop += rect.bottom - box.bottom + 8;
  }

  /** On a long list, scrolls this element (never the page) so a row is in view, and renders it. */
  private revealRow(row: number | undefined): void {
    const list = this.renderRoot.querySelector<HTMLElement>('ul.virtual');
    if (row === undefined || !list || !this.rows) return;
    if (this.scrollHeight > this.clientHeight) {
      const found = rowAt(this.rows, row);
      const rowTop = list.getBoundingClientRect().top - this.getBoundingClientRect().top + this.scrollTop + found.top;
      const rowBottom = rowTop + rowHeight(found);
      if (rowTop < this.scrollTop) this.scrollTop = rowTop - 8;
      else if (rowBottom > this.scrollTop + this.clientHeight) this.scrollTop = rowBottom - this.clientHeight + 8;
    }
    this.updateWindow();
  }

  override render() {
    const story = this.story;
    if (story.places.length >= VIRTUAL_FROM) return this.renderLong(story);
    this.rows = undefined;
    const groups = story.roles
      .map((role) => ({ role, places: story.places.filter((place) => place.role === role.id) }))
      .filter((group) => group.places.length > 0);
    // Until the places are here, a list the page pre-rendered inside the element stays (slotted).
    if (groups.length === 0) {
      return html`<slot><h2 part="heading" id="heading">${this.heading}</h2><p class="empty">No places to list yet.</p></slot>`;
    }
    return html`
      <h2 part="heading" id="heading">${this.heading}</h2>
      ${groups.map(({ role, places }) => this.renderGroup(role, places, story))}
    `;
  }

  /** Only the rows near the visible part; the list keeps its full height so the scrollbar is true. */
  private renderLong(story: Story) {
    if (this.rows?.story !== story) {
      this.rows = rowsOf(story);
      this.window = [0, 0];
      this.focusedRow = undefined;
    }
    const rows = this.rows;
    const [start, end] = this.window[1] === 0 ? rowsAround(rows, 0, 2 * OVERSCAN) : this.window;
    const visible = Array.from({ length: end - start }, (_, k) => rowAt(rows, start + k));
    // The item with focus stays in the DOM when scrolled away, so focus never falls to the page.
    // In row order, so Lit never moves it (a moved element loses focus) and Tab order stays true.
    const focused = this.focusedRow;
    if (focused !== undefined && focused < rows.rowCount && focused < start) visible.unshift(rowAt(rows, focused));
    if (focused !== undefined && focused < rows.rowCount && focused >= end) visible.push(rowAt(rows, focused));
    return html`
      <h2 part="heading" id="heading">${this.heading}</h2>
      <p class="count">${story.places.length.toLocaleString('en')} places</p>
      <ul class="virtual" ${styleProps({ height: `${rows.total}px` })} @focusin=${this.onFocusRow} @focusout=${this.onBlurRow}>
        ${repeat(
          visible,
          (row) => (row.kind === 'heading' ? `role:${row.role.id}` : row.place.id),
          (row) => {
            const position = { top: `${row.top}px` };
            return row.kind === 'heading'
              ? html`<li class="group" role="presentation" ${styleProps(position)}>
                  <h3>${roleSymbol(row.role.symbol, row.role.color, 14)}<span>${row.role.label}</span></h3>
                </li>`
              : this.renderPlace(row.place, story, { style: position, position: row.position, size: story.places.length });
          },
        )}
      </ul>
    `;
  }

  /** Tab moving focus to the edge of the rendered rows scrolls it into view; the window follows. */
  private readonly onBlurRow = (event: FocusEvent) => {
    if (!this.renderRoot.contains(event.relatedTarget as Node | null)) this.focusedRow = undefined;
  };

  private readonly onFocusRow = (event: FocusEvent) => {
    const id = (event.target as Element).closest?.('li[data-place-id]')?.getAttribute('data-place-id');
    if (this.rows && id)
      this.focusedRow = rowOf(
        this.rows,
        this.story.places.find((place) => place.id === id),
      );
    this.scheduleWindow();
  };

  private renderGroup(role: Role, places: Place[], story: Story) {
    const headingId = `role-${role.id}`;
    return html`<section aria-labelledby=${headingId}>
      <h3 id=${headingId}>${roleSymbol(role.symbol, role.color, 14)}<span>${role.label}</span></h3>
      <ul>
        ${places.map((place) => this.renderPlace(place, story))}
      </ul>
    </section>`;
  }

  private renderPlace(place: Place, story: Story, long?: { style: Record<string, string>; position: number; size: number }) {
    const current = place.id === this.selected;
    const quote = place.quotes[0];
    const description = kindOf(place) === 'line' ? describeRoute(place, story.places) : '';
    return html`<li
      part="item"
      class=${current ? 'current' : ''}
      data-place-id=${place.id}
      ${styleProps(long?.style ?? {})}
      aria-posinset=${long ? long.position : nothing}
      aria-setsize=${long ? long.size : nothing}
    >
      <button type="button" part="place" aria-current=${current ? 'true' : nothing} @click=${() => this.onChoose(place.id)}>
        ${place.name}
      </button>
      ${place.site ? html`<p class="site">${place.site}</p>` : nothing}
      ${description ? html`<p class="description">${description}</p>` : nothing}
      ${
        quote
          ? html`<blockquote>
              “${quote.text}” <span class="paragraph" aria-label="paragraph ${quote.paragraph}">¶${quote.paragraph}</span>
            </blockquote>`
          : nothing
      }
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'summit-place-list': SummitPlaceList;
  }
}
