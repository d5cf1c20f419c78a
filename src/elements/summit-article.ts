import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { IntersectionController } from '@lit-labs/observers/intersection-controller.js';
import type { SummitCiteEvent, SummitSelectEvent } from '../events';
import { parseArticle } from '../model/article';
import { piecesOf } from '../model/article-pieces';
import { formatDate } from '../model/credit';
import { findMentions, placesInParagraph, sentenceAt, type Mention } from '../model/mentions';
import type { Outcome } from '../model/outcome';
import { emptyStory, parseStory } from '../model/story';
import type { Article, Problem, Story } from '../model/types';
import { CompanionLinkController } from '../controllers/companion-link';
import { nextPaint } from '../dom/after-paint';
import { dropPrerenderedSlot, withPrerenderedSlot } from '../dom/prerendered-slot';
import { reportProblems } from './error-reporter';
import type { Theme } from '../controllers/theme-controller';
import { prefersReducedMotion } from './motion';
import { styles } from './summit-article.styles';

/** The band of the viewport where a paragraph counts as "being read": 50–60% from the top, below a map stuck to the top of a phone screen. */
const READING_BAND = '-50% 0px -40% 0px';
/** After a popup's paragraph link scrolls the article, following waits this long (ms). */
const CITE_QUIET_MS = 1500;

/**
 * The article, with every mention of a place marked as a control that selects it on the linked
 * map. As the reader scrolls, the paragraph in view highlights its places and the map frames
 * them (switch "Map follows the article" turns that off, and it stays off); a place already chosen
 * when the page opens (a deep link, `selected`) keeps the map until the reader reaches another
 * paragraph. Popups of the linked map list the paragraphs that mention their place; choosing one
 * scrolls here and highlights the sentence. After the article, a separate note tells what happened
 * next, from later reporting.
 *
 * @tagname summit-article
 * @fires summit-error - The article or places were rejected in part, or a place name or alias matches nothing in the article. `detail: { message, problems }`.
 *
 * @csspart headline - The article's headline.
 * @csspart paragraph - Each paragraph.
 * @csspart mention - Each place mention (a button).
 * @csspart outcome - The "what happened next" note.
 *
 * @cssprop --summit-article-font - Font family of the text.
 * @cssprop --summit-article-background - Background behind the sticky follow switch.
 * @cssprop --summit-article-sticky-top - Where the follow switch sticks, e.g. below a sticky map (default 0px).
 * @cssprop --summit-map-font - Font family of everything but the article text (byline, switch, notes).
 * @cssprop --summit-map-focus - Colour of the focus ring.
 * @cssprop --summit-map-ink - Text colour (light #16181a, dark #e8e6e1).
 * @cssprop --summit-map-muted - Secondary text (light #4a4f55, dark #b3b9bf).
 * @cssprop --summit-map-link - Place mentions and links (light #0b4f9c, dark #94bcf6).
 * @cssprop --summit-map-page - Page colour behind the sticky switch, and the element's own background in dark (light #fbfaf7, dark #16191c).
 * @cssprop --summit-map-current - Background of the paragraph being read (light #fff3d6, dark #3b3222).
 * @cssprop --summit-map-accent - Bar beside the paragraph being read (light #b26a00, dark #e5a93a).
 */
export class SummitArticle extends LitElement {
  static override styles = styles;

  /** Id of the `<summit-map>` whose places and article to show and drive. */
  @property({ reflect: true }) for = '';

  /** The article as an object, for use without a map (a linked map's article wins). */
  @property({ attribute: false }) article?: unknown;

  /** A places dataset whose mentions to mark, for use without a map. */
  @property({ attribute: false }) places?: unknown;

  /** Palette: `light`, `dark`, or `auto` (the reader's `prefers-color-scheme`). */
  @property({ reflect: true }) theme: Theme = 'auto';

  /** Stop the map from following the paragraph being read. */
  @property({ type: Boolean, reflect: true, attribute: 'follow-paused' }) followPaused = false;

  @state() private standaloneArticle?: Article;
  @state() private standaloneStory: Story = emptyStory();
  @state() private currentParagraph = 0;
  @state() private marked?: { paragraph: number; start: number; end: number };
  @state() private selectedId = '';

  private mentions: Mention[] = [];
  private mentionsFor?: { article: Article; story: Story };
  private readonly visible = new Set<number>();
  private readonly observed = new Set<Element>();
  private quietUntil = 0;
  private catchUpTimer = 0;
  /** The paragraph being read when the reader chose a place: following leaves their choice alone until they read on. */
  private choiceParagraph = 0;

  protected readonly link = new CompanionLinkController(this, () => this.onMapChange(), {
    'summit-cite': (event) => this.onCite(event as SummitCiteEvent),
    'summit-select': (event) => this.onMapSelect(event as SummitSelectEvent),
  });

  protected readonly reading = new IntersectionController(this, {
    target: null,
    config: { rootMargin: READING_BAND },
    callback: (entries) => this.onIntersect(entries),
    skipInitial: false,
  });

  /** The article shown: the linked map's, else the one given directly. */
  get shownArticle(): Article | undefined {
    return this.link.map?.parsedArticle ?? this.standaloneArticle;
  }

  private get shownStory(): Story {
    const mapStory = this.link.map?.parsedPlaces;
    return mapStory && mapStory.places.length ? mapStory : this.standaloneStory;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The observer forgets its targets on disconnect; observe the paragraphs again.
    this.observed.clear();
    if (this.hasUpdated) this.observeParagraphs();
  }

  override disconnectedCallback(): void {
    clearTimeout(this.catchUpTimer);
    // Before super: its controllers' hostDisconnected unlinks the map, and then it is out of reach.
    if (this.link.map) this.link.map.citeParagraphs = false;
    super.disconnectedCallback();
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('article') && this.article !== undefined) {
      const { value, problems } = parseArticle(this.article);
      this.standaloneArticle = value;
      this.report(problems, 'The article could not be shown in full.');
    }
    if (changed.has('places') && this.places !== undefined) {
      const { value, problems } = parseStory(this.places);
      this.standaloneStory = value;
      this.report(problems, 'Some places in the article could not be linked.');
    }
    this.refreshMentions();
  }

  protected override updated(): void {
    this.observeParagraphs();
  }

  private onMapChange(): void {
    const map = this.link.map;
    if (!map) return;
    map.citeParagraphs = true;
    this.selectedId = this.link.selected;
    this.requestUpdate();
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const paragraph = Number((entry.target as HTMLElement).dataset.paragraph);
      if (entry.isIntersecting) this.visible.add(paragraph);
      else this.visible.delete(paragraph);
    }
    const current = this.visible.size ? Math.min(...this.visible) : 0;
    if (current === this.currentParagraph || current === 0) return;
    const first = this.currentParagraph === 0;
    this.currentParagraph = current;
    const map = this.link.map;
    if (!map) return;
    const ids = placesInParagraph(this.mentions, current);
    map.highlight(ids);
    // A place chosen before the reader reads (a deep link, `selected`) keeps the map until the reader
    // reaches another paragraph: the first paragraph in view does not frame its own places instead
    // (under load it was reported after the deep link's move, and took the map from the place).
    if (first && this.link.selected) this.choiceParagraph = current;
    if (current === this.choiceParagraph) return;
    this.choiceParagraph = 0;
    if (!this.followPaused && performance.now() > this.quietUntil && ids.length) map.frame(ids);
  }

  /** A place chosen while reading (not by following): remember where the reader was. */
  private onMapSelect(event: SummitSelectEvent): void {
    if (event.detail.id) this.choiceParagraph = this.paragraphBeingRead();
  }

  /** After a cited jump's pause, the map catches up with the paragraph then being read. */
  private catchUp(): void {
    const map = this.link.map;
    const ids = placesInParagraph(this.mentions, this.currentParagraph);
    if (map && !this.followPaused && ids.length && this.currentParagraph !== this.choiceParagraph) map.frame(ids);
  }

  /** The paragraph in the reading band now, measured at once rather than when the observer reports. */
  private paragraphBeingRead(): number {
    const [top, bottom] = [window.innerHeight * 0.5, window.innerHeight * 0.6];
    for (const element of this.renderRoot.querySelectorAll<HTMLElement>('[data-paragraph]')) {
      const box = element.getBoundingClientRect();
      if (box.bottom > top && box.top < bottom) return Number(element.dataset.paragraph);
    }
    return this.currentParagraph;
  }

  private onCite(event: SummitCiteEvent): void {
    const { id, paragraph } = event.detail;
    const text = this.shownArticle?.paragraphs[paragraph - 1];
    if (text === undefined) return;
    const mention = this.mentions.find((candidate) => candidate.paragraph === paragraph && candidate.placeId === id);
    const sentence = sentenceAt(text, mention?.start ?? 0);
    this.marked = { paragraph, ...sentence };
    this.quietUntil = performance.now() + CITE_QUIET_MS;
    clearTimeout(this.catchUpTimer);
    this.catchUpTimer = window.setTimeout(() => this.catchUp(), CITE_QUIET_MS + 50);
    void this.updateComplete.then(() => {
      const element = this.renderRoot.querySelector<HTMLElement>(`[data-paragraph="${paragraph}"]`);
      element?.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
      element?.focus({ preventScroll: true });
    });
  }

  private onMention(id: string): void {
    const map = this.link.map;
    if (map) map.select(id);
    this.selectedId = id;
  }

  private onFollowChange(event: Event): void {
    this.followPaused = !(event.target as HTMLInputElement).checked;
  }

  private onShowOutcome(): void {
    const map = this.link.map;
    if (!map) return;
    map.showOutcome = true;
    map.scrollIntoView({ block: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }

  override render() {
    const article = this.shownArticle;
    // Until the article is here, the text a page pre-rendered inside the element stays (slotted).
    if (!article) return html`<slot><p class="problem" role="status">No article to show yet.</p></slot>`;
    const outcome = this.link.map?.parsedOutcome;
    return html`
      ${
        this.link.map
          ? html`<label class="follow"
            ><input type="checkbox" role="switch" .checked=${!this.followPaused} @change=${this.onFollowChange} /> Map follows the
            article</label
          >`
          : nothing
      }
      <article aria-labelledby="headline">
        <header>
          <h2 id="headline" part="headline">${article.headline}</h2>
          ${article.byline ? html`<p class="byline">By ${article.byline}</p>` : nothing}
          <p class="dateline">
            ${article.publisher}${article.publisher && article.date ? ', ' : ''}${
              article.date ? html`<time datetime=${article.date}>${formatDate(article.date)}</time>` : nothing
            }
          </p>
        </header>
        ${article.paragraphs.length === 0 ? html`<p class="problem" role="alert">This article has no paragraphs.</p>` : nothing}
        ${article.paragraphs.map((text, index) => this.renderParagraph(article, text, index + 1))}
        ${article.credit ? html`<p class="end-matter">${article.credit}</p>` : nothing}
      </article>
      ${outcome ? this.renderOutcome(outcome) : nothing}
    `;
  }

  private renderParagraph(article: Article, text: string, number: number) {
    const subhead = article.subheads.find((candidate) => candidate.beforeParagraph === number);
    const mentions = this.mentions.filter((mention) => mention.paragraph === number);
    const sentence = this.marked?.paragraph === number ? this.marked : undefined;
    return html`${subhead ? html`<h3>${subhead.text}</h3>` : nothing}
      <p part="paragraph" class="paragraph ${number === this.currentParagraph ? 'current' : ''}" data-paragraph=${number} tabindex="-1">
        ${piecesOf(text, mentions, sentence).map((piece) => {
          const content = piece.placeId
            ? html`<button
                type="button"
                part="mention"
                class="mention ${piece.placeId === this.selectedId ? 'selected' : ''}"
                data-place-id=${piece.placeId}
                @click=${() => this.onMention(piece.placeId!)}
              >${piece.text}</button>`
            : piece.text;
          return piece.marked ? html`<mark>${content}</mark>` : content;
        })}<span class="number" aria-hidden="true"> ¶${number}</span>
      </p>`;
  }

  private renderOutcome(outcome: Outcome) {
    const told = outcome.features.filter((feature) => feature.kind !== 'stop');
    return html`<aside class="outcome" part="outcome" aria-labelledby="outcome-title">
      <h3 id="outcome-title">${outcome.title}</h3>
      <p class="label">${outcome.note}</p>
      <ul>
        ${told.map((feature) => html`<li><strong>${feature.dateLabel ?? feature.name}:</strong> ${feature.name}. ${feature.summary}</li>`)}
      </ul>
      <button type="button" @click=${this.onShowOutcome}>Show on the map</button>
      ${
        outcome.sources.length
          ? html`<p class="sources">
            Sources:
            ${outcome.sources.map(
              (source, index) =>
                html`${index ? '; ' : ''}<a href=${source.url} target="_blank" rel="noopener noreferrer">${source.title}</a>`,
            )}
          </p>`
          : nothing
      }
    </aside>`;
  }

  private refreshMentions(): void {
    const article = this.shownArticle;
    const story = this.shownStory;
    if (!article || (this.mentionsFor?.article === article && this.mentionsFor.story === story)) return;
    this.mentionsFor = { article, story };
    if (article.paragraphs.length === 0) {
      this.mentions = [];
      return;
    }
    const { mentions, problems } = findMentions(article.paragraphs, story.places);
    this.mentions = mentions;
    // The linked map's own article and places: the map reports what matches nothing (once, where its author listens).
    const fromMap = this.link.map?.parsedArticle === article && this.link.map.parsedPlaces === story;
    if (!fromMap) this.report(problems, 'Some place names were not found in the article.');
  }

  private observeParagraphs(): void {
    for (const paragraph of this.renderRoot.querySelectorAll('[data-paragraph]')) {
      if (this.observed.has(paragraph)) continue;
      this.observed.add(paragraph);
      this.reading.observe(paragraph);
    }
  }

  private report(problems: Problem[], message: string): void {
    reportProblems(this, message, problems);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'summit-article': SummitArticle;
  }
}
