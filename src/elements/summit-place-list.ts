import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SummitSelectEvent } from '../events';
import { describeRoute } from '../model/route-description';
import { emptyStory, parseStory } from '../model/story';
import type { Place, Role, Story } from '../model/types';
import { roleSymbol } from '../symbols/role-symbol';
import { CompanionLinkController } from './companion-link';
import { reportProblems } from './error-reporter';
import type { Theme } from './theme-controller';
import { styles } from './summit-place-list.styles';

/**
 * The story's places as an accessible list, grouped by role, each with its name, site and first
 * quote: readable without the map. Linked to a `<summit-map>` by `for`, choosing a place selects it
 * on the map, and the map's selection is marked here (`aria-current`) and scrolled into view.
 * Standalone, give it `places`.
 *
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

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('selected') && this.selected) this.revealCurrent();
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
    const item = this.renderRoot.querySelector<HTMLElement>('li.current');
    if (!item || this.scrollHeight <= this.clientHeight) return;
    const box = this.getBoundingClientRect();
    const rect = item.getBoundingClientRect();
    if (rect.top < box.top) this.scrollTop -= box.top - rect.top + 8;
    else if (rect.bottom > box.bottom) this.scrollTop += rect.bottom - box.bottom + 8;
  }

  override render() {
    const story = this.story;
    const groups = story.roles
      .map((role) => ({ role, places: story.places.filter((place) => place.role === role.id) }))
      .filter((group) => group.places.length > 0);
    return html`
      <h2 part="heading" id="heading">${this.heading}</h2>
      ${groups.length === 0 ? html`<p class="empty">No places to list yet.</p>` : nothing}
      ${groups.map(({ role, places }) => this.renderGroup(role, places, story))}
    `;
  }

  private renderGroup(role: Role, places: Place[], story: Story) {
    const headingId = `role-${role.id}`;
    return html`<section aria-labelledby=${headingId}>
      <h3 id=${headingId}>${roleSymbol(role.symbol, role.color, 14)}<span>${role.label}</span></h3>
      <ul>
        ${places.map((place) => this.renderPlace(place, story))}
      </ul>
    </section>`;
  }

  private renderPlace(place: Place, story: Story) {
    const current = place.id === this.selected;
    const quote = place.quotes[0];
    const description = place.geometry.type === 'LineString' ? describeRoute(place, story.places) : '';
    return html`<li part="item" class=${current ? 'current' : ''} data-place-id=${place.id}>
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
