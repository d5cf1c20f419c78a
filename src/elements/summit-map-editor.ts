import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { EditorStorageController, type Sources } from '../controllers/editor-storage-controller';
import {
  SummitEditorChangeEvent,
  type SummitEditorChangeReason,
  type SummitMapClickEvent,
  type SummitPlaceMoveEvent,
} from '../edit-events';
import { MAX_ARTICLE_CHARACTERS } from '../model/draft/input-checks';
import { parseArticle } from '../model/article';
import { EditHistory } from '../model/edit-history';
import { exportJson } from '../model/json-format';
import { isObject } from '../model/json-guards';
import { findMentions } from '../model/mentions';
import { checkStory } from '../model/draft/check-story';
import { parseStory } from '../model/story';
import * as edits from '../model/story-edits';
import { storyPage } from '../cli/story-page';
import type { ArticleJson } from '../model/draft/read-article';
import { EMBED_SNIPPET } from '../model/story-export';
import type { Article, Quote, Story } from '../model/types';
import { articlePaneTemplate, selectedQuote } from './editor-article-pane';
import { Drafting } from './editor-drafting';
import { placePanelTemplate, type PlaceRow } from './editor-place-panel';
import { rolesTemplate } from './editor-roles';
import type { SummitMap } from './summit-map';
import { styles } from './summit-map-editor.styles';

type StoryFiles = edits.StoryFiles;

/** What the editor shows, worked out once per story: the parsed places and article, the rows, the mentions. */
interface View {
  story: Story;
  article: Article | undefined;
  rows: PlaceRow[];
  mentions: ReturnType<typeof findMentions>['mentions'];
  draftIds: Set<string>;
  /** What `summit-map check` would say about the files: one line per problem (notices left out). */
  problems: string[];
}

/**
 * An editor for a story's two files: draft a story from an article's text (or open one), check
 * and fix it beside a live `<summit-map>`, export the files, a page and the embed snippet. Work is
 * saved in the browser as it goes. Needs `<summit-map>` defined (the editor's module defines it).
 *
 * @tagname summit-map-editor
 * @fires summit-editor-change - The story changed (opened, drafted, edited, undone, restored after a reload). `detail: { reason, places }`; read it with `exportStory()`.
 *
 * @csspart toolbar - The row of buttons: new article, open, undo, redo, export.
 * @csspart article - The article pane, with the mentions of places marked.
 * @csspart map - The `<summit-map>` showing the story as it is.
 * @csspart places - The list of places and their details, the names to place, the search.
 * @csspart message - The plain-language message about the last thing that went wrong (`role="alert"`).
 *
 * @cssprop --summit-map-editor-height - Height of the editor on a wide screen (default: the viewport's).
 */
export class SummitMapEditor extends LitElement {
  static override styles = styles;

  /** The localStorage key the work is saved under; '' saves nothing. Two editors on one page need two keys. */
  @property({ attribute: 'storage-key' }) storageKey = 'summit-map-editor';

  /** URL of the gazetteer for drafting and search; by default the one beside the editor's module. */
  @property({ attribute: 'gazetteer-src' }) gazetteerSrc = '';

  @state() private files?: StoryFiles;
  @state() private selectedId = '';
  @state() private message = '';
  @state() private notice = '';
  @state() private pasteOpen = false;
  @state() private busy = '';
  @state() private selection: Quote | string | undefined;
  @state() private placing = '';
  @state() private search = { query: '', results: [] as edits.PlaceCandidate[], message: '' };
  @state() private copied = false;

  @query('summit-map') private map?: SummitMap;
  @query('textarea.paste') private pasteArea?: HTMLTextAreaElement;

  private readonly history = new EditHistory<StoryFiles>();
  private readonly storage = new EditorStorageController(this, {
    key: () => this.storageKey,
    report: (message) => (this.message = message),
  });
  private view?: View;
  /** The texts of the files as opened (from files, not objects), exported as they were while unchanged. */
  private sources: Sources = {};
  private viewOf?: StoryFiles;
  private readonly drafting = new Drafting(() => this.gazetteerSrc);
  /** The map frames the story once drawn: after an open or a draft, not after an edit. */
  private frameNext = false;

  /** Whether the editor has a story. */
  get hasStory(): boolean {
    return !!this.files;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('selectionchange', this.onSelectionChange);
    this.addEventListener('keydown', this.onKeyDown);
    if (!this.files && this.storageKey) {
      const saved = this.storage.load();
      if (saved) {
        this.history.restore(saved.undoable);
        this.sources = saved.sources;
        this.apply(saved.files, 'restore', { record: false, frame: true });
      }
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('selectionchange', this.onSelectionChange);
    this.removeEventListener('keydown', this.onKeyDown);
  }

  // The public API, for a CMS.

  /**
   * Drafts a story from an article's text (plain text or HTML) and opens it, replacing the current
   * story (undo brings it back). Bad input leaves the story as it was, with a message; the promise
   * resolves either way (read `hasStory`, or listen for `summit-editor-change`).
   */
  async draft(text: string): Promise<void> {
    if (typeof text !== 'string') {
      this.message = 'The article must be given as text.';
      return;
    }
    this.busy = 'Drafting the story…';
    try {
      const drafted = await this.drafting.draft(text);
      if ('message' in drafted) {
        this.message = drafted.message;
        return;
      }
      const { files } = drafted;
      this.pasteOpen = false;
      this.sources = {};
      this.apply(files, 'draft', { frame: true });
      const count = edits.featuresOf(files).length;
      const unresolved = edits.unresolvedOf(files).length;
      this.notice = [
        `Drafted ${count} ${count === 1 ? 'place' : 'places'}${unresolved ? `; ${unresolved} ${unresolved === 1 ? 'name needs' : 'names need'} a place on the map` : ''}. Check each, then export.`,
        ...drafted.notices,
      ].join(' ');
    } catch (error) {
      this.message = `The story could not be drafted: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      this.busy = '';
    }
  }

  /**
   * Opens a story's two files (as parsed JSON) for editing, replacing the current story (undo
   * brings it back). Returns false, keeping the current story, when they are not a story.
   */
  open(story: { article: unknown; places: unknown }): boolean {
    return this.openFiles(story, {});
  }

  private openFiles(story: { article: unknown; places: unknown }, sources: Sources): boolean {
    const problem = openProblem(story);
    if (problem) {
      this.message = problem;
      return false;
    }
    // A copy: the caller's objects stay theirs.
    const files = structuredClone({ article: story.article, places: story.places }) as StoryFiles;
    this.sources = sources;
    this.apply(files, 'open', { frame: true });
    const problems = this.currentView()?.problems ?? [];
    this.notice = problems.length
      ? `Opened, with ${problems.length} thing${problems.length === 1 ? '' : 's'} to fix: ${problems[0]}`
      : 'Opened.';
    return true;
  }

  /** The story as it is now: the contents of `article.json` and `places.geojson` (copies). */
  exportStory(): { article: unknown; places: unknown } | undefined {
    return this.files ? structuredClone({ article: this.files.article, places: this.files.places }) : undefined;
  }

  /** Undoes the last change; false when there is none. */
  undo(): boolean {
    const previous = this.files && this.history.undo(this.files);
    if (!previous) return false;
    this.apply(previous, 'undo', { record: false });
    return true;
  }

  /** Redoes the last change undone; false when there is none. */
  redo(): boolean {
    const next = this.files && this.history.redo(this.files);
    if (!next) return false;
    this.apply(next, 'redo', { record: false });
    return true;
  }

  // Changes.

  /** Makes `files` the story: recorded for undo, saved, shown, announced. */
  private apply(files: StoryFiles, reason: SummitEditorChangeReason, { record = true, frame = false } = {}): void {
    if (files === this.files) return;
    if (record && this.files) this.history.record(this.files);
    this.files = files;
    this.message = '';
    if (reason !== 'edit') this.notice = '';
    // A map already showing a story keeps its view on new data: frame the new story once drawn.
    this.frameNext ||= frame && !!this.map;
    if (this.storageKey) this.storage.save({ files, undoable: [...this.history.undoable], sources: this.sources });
    const view = this.currentView();
    // Another story: nothing in it is chosen yet, whatever its ids.
    const another = reason === 'open' || reason === 'draft' || reason === 'restore';
    if (another || !view?.rows.some((row) => row.place.id === this.selectedId)) this.selectedId = '';
    if (another) this.placing = '';
    this.dispatchEvent(new SummitEditorChangeEvent({ reason, places: edits.featuresOf(files).length }));
  }

  private edit(change: (files: StoryFiles) => StoryFiles): void {
    if (!this.files) return;
    this.apply(change(this.files), 'edit');
  }

  /** The parsed story and its rows, worked out again only when the files changed. */
  private currentView(): View | undefined {
    if (!this.files) return undefined;
    if (this.viewOf === this.files && this.view) return this.view;
    const story = parseStory(this.files.places).value;
    const article = parseArticle(this.files.article).value;
    const indexOf = new Map(edits.featuresOf(this.files).map((feature, index) => [feature as unknown, index]));
    const rows = story.places.map((place) => {
      const index = indexOf.get(place.feature) ?? -1;
      return { index, place, draft: edits.draftOf(edits.featuresOf(this.files!)[index]) };
    });
    const mentions = article ? findMentions(article.paragraphs, story.places).mentions : [];
    const problems = checkStory(this.files.article, this.files.places)
      .filter((problem) => problem.level !== 'notice')
      .map((problem) => problem.message);
    const draftIds = new Set(rows.filter((row) => row.draft).map((row) => row.place.id));
    this.view = { story, article, rows, mentions, draftIds, problems };
    this.viewOf = this.files;
    return this.view;
  }

  private rowOf(id: string): PlaceRow | undefined {
    return this.currentView()?.rows.find((row) => row.place.id === id);
  }

  private choose(id: string): void {
    this.selectedId = id;
    if (this.map && this.map.selected !== id) this.map.select(id);
  }

  private readonly onSelectionChange = () => {
    if (!this.shadowRoot || !this.files) return;
    const quote = selectedQuote(this.shadowRoot, edits.paragraphsOf(this.files));
    // Keep the last selection while the author moves to a button (a click elsewhere may clear it).
    if (quote !== undefined) this.selection = quote;
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.placing) {
      this.placing = '';
      return;
    }
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 'z') return;
    // Text fields undo their own typing.
    const target = event.composedPath()[0];
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return;
    event.preventDefault();
    if (event.shiftKey) this.redo();
    else this.undo();
  };

  private onPlaceMove(event: SummitPlaceMoveEvent): void {
    const row = this.rowOf(event.detail.id);
    if (!row) return;
    // The place is not chosen: choosing would move the map away from where the author dropped it.
    this.edit((files) => edits.movePlace(files, row.index, event.detail.lat, event.detail.lon));
  }

  private onMapClick(event: SummitMapClickEvent): void {
    const { lat, lon } = event.detail;
    if (this.placing.startsWith('unresolved:')) {
      const name = this.placing.slice('unresolved:'.length);
      this.placing = '';
      this.edit((files) => edits.addPlace(files, { name, lat, lon }));
      const added = edits.featuresOf(this.files!).at(-1);
      if (added) this.choose(String(added.id));
    } else if (this.placing) {
      const row = this.rowOf(this.placing);
      this.placing = '';
      if (row) this.edit((files) => edits.movePlace(files, row.index, lat, lon));
    }
  }

  private async onSearch(query: string): Promise<void> {
    const words = query.trim();
    this.search = { query: words, results: [], message: words ? 'Searching…' : '' };
    if (!words) return;
    try {
      const results = await this.drafting.search(words);
      this.search = { query: words, results, message: results.length ? '' : `The gazetteer has no place called "${words}".` };
    } catch (error) {
      this.search = {
        query: words,
        results: [],
        message: `The gazetteer did not load: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  }

  // Input and output.

  private async onFiles(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const chosen = [...(input.files ?? [])];
    input.value = '';
    if (chosen.length === 0) return;
    // UTF-8 takes up to 4 bytes a character: a larger file cannot be an article the draft reads.
    const large = chosen.find((file) => file.size > MAX_ARTICLE_CHARACTERS * 4);
    if (large) {
      this.message = `${large.name} is ${(large.size / 1e6).toFixed(1)} MB: too large to be one article. Is it the right file?`;
      return;
    }
    const texts = await Promise.all(chosen.map(async (file) => ({ name: file.name, text: await file.text() })));
    const json = texts.filter((file) => /\.(geo)?json$/i.test(file.name));
    if (json.length) {
      const parsed: Record<string, unknown> = {};
      const sources: Record<string, string> = {};
      for (const file of json) {
        try {
          const value: unknown = JSON.parse(file.text);
          const which = isObject(value) && value.type === 'FeatureCollection' ? 'places' : 'article';
          parsed[which] = value;
          sources[which] = file.text;
        } catch {
          this.message = `${file.name} is not JSON: open a story's article.json and places.geojson together, or an article as text.`;
          return;
        }
      }
      if (!parsed.places || !parsed.article) {
        this.message = 'Open a story’s two files together: its article.json and its places.geojson.';
        return;
      }
      this.openFiles({ article: parsed.article, places: parsed.places }, sources);
      return;
    }
    await this.draft(texts[0]!.text);
  }

  private download(name: string, text: string, type: string): void {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = Object.assign(document.createElement('a'), { href: url, download: name });
    link.style.display = 'none';
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private exportFile(which: 'article' | 'places' | 'page'): void {
    if (!this.files) return;
    if (which === 'article') this.download('article.json', exportJson(this.files.article, this.sources.article), 'application/json');
    else if (which === 'places')
      this.download('places.geojson', exportJson(this.files.places, this.sources.places), 'application/geo+json');
    // The page `summit-map draft` writes: the drop-in module and story-page.css beside it.
    else this.download('index.html', storyPage(this.files.article as unknown as ArticleJson), 'text/html');
  }

  private async copySnippet(): Promise<void> {
    try {
      await navigator.clipboard.writeText(EMBED_SNIPPET);
      this.copied = true;
    } catch {
      // No clipboard (permissions, insecure page): the text is selected for the author to copy.
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>('textarea.snippet');
      area?.focus();
      area?.select();
      this.notice = 'Press Ctrl+C (⌘C) to copy the selected snippet.';
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('pasteOpen') && this.pasteOpen) this.pasteArea?.focus();
    if (changed.has('selectedId') && this.selectedId) this.revealChosen();
  }

  /**
   * Where the place list scrolls on its own (side by side with the map), the chosen place's name
   * is brought into it, however the place was chosen. Never the page: on a phone that would take
   * the author away from what they touched.
   */
  private revealChosen(): void {
    const panel = this.renderRoot.querySelector<HTMLElement>('section.places');
    const name = panel?.querySelector<HTMLElement>('li.place.open .place-name');
    if (!panel || !name || getComputedStyle(panel).overflowY !== 'auto') return;
    const offset = name.getBoundingClientRect().top - panel.getBoundingClientRect().top;
    if (offset < 0 || offset > panel.clientHeight - 60) panel.scrollTop += offset - 12;
  }

  private onMapReady(): void {
    if (!this.frameNext) return;
    this.frameNext = false;
    // After the frame that lays the map out (it may have just been shown).
    requestAnimationFrame(() => this.map?.fitAll());
  }

  override render() {
    const view = this.currentView();
    const files = this.files;
    return html`
      <div class="toolbar" part="toolbar" role="toolbar" aria-label="Story">
        <button
          class="new"
          ?disabled=${!files}
          aria-expanded=${this.pasteOpen || !files ? 'true' : 'false'}
          @click=${() => (this.pasteOpen = !this.pasteOpen)}
        >
          New from text
        </button>
        <label class="button open"
          >Open files…
          <input
            class="visually-hidden"
            type="file"
            multiple
            accept=".txt,.text,.html,.htm,.md,.json,.geojson,text/plain,text/html,application/json"
            @change=${this.onFiles}
        /></label>
        <button class="undo" ?disabled=${!this.history.canUndo} @click=${() => this.undo()} aria-keyshortcuts="Control+Z Meta+Z">Undo</button>
        <button class="redo" ?disabled=${!this.history.canRedo} @click=${() => this.redo()} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z">
          Redo
        </button>
        <span class="spacer"></span>
        <span class="export-label" id="export-label">Export</span>
        <button class="export-article" ?disabled=${!files} @click=${() => this.exportFile('article')}>article.json</button>
        <button class="export-places" ?disabled=${!files} @click=${() => this.exportFile('places')}>places.geojson</button>
        <button class="export-page" ?disabled=${!files} @click=${() => this.exportFile('page')}>index.html</button>
      </div>
      ${this.busy ? html`<p class="busy" role="status">${this.busy}</p>` : nothing}
      ${
        this.message
          ? html`<p class="message" part="message" role="alert">
            <span>${this.message}</span>
            <button class="small" @click=${() => (this.message = '')}>Dismiss</button>
          </p>`
          : nothing
      }
      <p class="notice ${this.notice ? '' : 'quiet'}" role="status">${this.notice}</p>
      ${this.pasteOpen || !files ? this.pasteTemplate(!files) : nothing} ${files ? this.workspaceTemplate(view!, files) : nothing}
    `;
  }

  private workspaceTemplate(view: View, files: StoryFiles) {
    return html`
      <div class="workspace">
        <section class="article" part="article" aria-label="Article" tabindex="0">
          ${articlePaneTemplate({
            article: view.article,
            mentions: view.mentions,
            selectedId: this.selectedId,
            draftIds: view.draftIds,
            onMention: (id) => this.choose(id),
          })}
        </section>
        <div class="map-column">
          <summit-map
            part="map"
            editable
            one-finger-pan
            loading="eager"
            .places=${files.places}
            .article=${files.article}
            .selected=${this.selectedId}
            @summit-ready=${this.onMapReady}
            @summit-select=${(event: CustomEvent<{ id: string }>) => (this.selectedId = event.detail.id)}
            @summit-place-move=${this.onPlaceMove}
            @summit-map-click=${this.onMapClick}
            class=${this.placing ? 'placing' : ''}
          ></summit-map>
          ${this.placing ? html`<p class="placing-hint" role="status">Click the map where the place is (Esc cancels).</p>` : nothing}
        </div>
        <section class="places" part="places" aria-label="Places" @focusin=${this.onPanelFocus}>
          ${checkTemplate(view.problems, view.draftIds.size)}
          ${placePanelTemplate({
            rows: view.rows,
            roles: view.story.roles,
            selectedId: this.selectedId,
            selection: this.selection,
            placing: this.placing,
            paragraphs: view.article?.paragraphs ?? [],
            unresolved: edits.unresolvedOf(files),
            search: this.search,
            actions: this.placeActions,
          })}
          ${rolesTemplate(
            view.story.roles.filter((role) => isObject(edits.rolesOf(files)[role.id])),
            {
              set: (id, field, value) => this.edit((current) => edits.setRoleField(current, id, field, value)),
              add: (label) => this.edit((current) => edits.addRole(current, label).files),
            },
          )}
          ${this.embedTemplate()}
        </section>
      </div>
    `;
  }

  /** The search box is about to be used: fetch the gazetteer now. */
  private readonly onPanelFocus = (event: FocusEvent) => {
    if ((event.target as Element).matches('input[type=search]')) this.drafting.prepare();
  };

  private readonly placeActions = {
    choose: (id: string) => this.choose(id),
    accept: (row: PlaceRow) => this.edit((files) => edits.acceptPlace(files, row.index)),
    drop: (row: PlaceRow) => {
      this.edit((files) => edits.dropPlace(files, row.index));
      this.notice = `Dropped ${row.place.name}. Undo brings it back.`;
    },
    pick: (row: PlaceRow, candidate: edits.PlaceCandidate) => this.edit((files) => edits.pickCandidate(files, row.index, candidate)),
    setRole: (row: PlaceRow, role: string) => this.edit((files) => edits.setProperty(files, row.index, 'role', role)),
    move: (row: PlaceRow, lat: number, lon: number) => {
      if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) {
        this.message = 'A latitude is between -90 and 90, a longitude between -180 and 180.';
        return;
      }
      this.edit((files) => edits.movePlace(files, row.index, lat, lon));
    },
    placeOnMap: (what: string) => (this.placing = what),
    setDate: (row: PlaceRow, date: string, label: string) => this.edit((files) => edits.setDate(files, row.index, date, label)),
    addQuote: (row: PlaceRow, quote: Quote, replace?: number) => this.edit((files) => edits.setQuote(files, row.index, quote, replace)),
    removeQuote: (row: PlaceRow, quote: number) => this.edit((files) => edits.removeQuote(files, row.index, quote)),
    search: (query: string) => void this.onSearch(query),
    add: (candidate: edits.PlaceCandidate) => {
      this.edit((files) =>
        edits.addPlace(files, { name: candidate.name, lat: candidate.lat, lon: candidate.lon, country: candidate.country }),
      );
      const added = this.files && edits.featuresOf(this.files).at(-1);
      if (added) this.choose(String(added.id));
    },
    report: (message: string) => (this.message = message),
  };

  private pasteTemplate(first: boolean) {
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      void this.draft(this.pasteArea?.value ?? '');
    };
    return html`<form class="paste" @submit=${submit}>
      ${first ? html`<h2>Start a story</h2>` : nothing}
      <label for="paste-text"
        >Paste an article (headline first, then its paragraphs; text or HTML). Or open its file, or a story's article.json and
        places.geojson, with “Open files…”.</label
      >
      <textarea id="paste-text" class="paste" rows="8" @focus=${() => this.drafting.prepare()}></textarea>
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${!!this.busy}>Draft the story</button>
        ${first ? nothing : html`<button type="button" @click=${() => (this.pasteOpen = false)}>Cancel</button>`}
      </div>
    </form>`;
  }

  private embedTemplate() {
    return html`<details class="embed">
      <summary>Embed snippet</summary>
      <p class="hint">Put the two files and the package's <code>summit-map.js</code> (with its siblings) beside the page, then:</p>
      <label class="visually-hidden" for="snippet">Embed snippet</label>
      <textarea id="snippet" class="snippet" readonly rows="3" .value=${EMBED_SNIPPET}></textarea>
      <button class="copy" @click=${() => void this.copySnippet()}>${this.copied ? 'Copied' : 'Copy snippet'}</button>
    </details>`;
  }
}

/** What `summit-map check` says of the story now, and what is left to review. */
function checkTemplate(problems: readonly string[], drafts: number) {
  const status = problems.length
    ? `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} to fix before publishing:`
    : drafts
      ? `No problems; ${drafts} drafted ${drafts === 1 ? 'place' : 'places'} still to check.`
      : 'No problems: every quote is word for word and every name is in the article. Ready to export.';
  return html`<section class="check ${problems.length ? 'has-problems' : ''}" aria-label="Check">
    <p class="check-status">${status}</p>
    ${problems.length ? html`<ul>${problems.map((problem) => html`<li>${problem}</li>`)}</ul>` : nothing}
  </section>`;
}

/** Why a value cannot be opened as a story, or undefined when it can. */
function openProblem(story: unknown): string | undefined {
  if (!isObject(story)) return 'Give the editor both files of a story: { article, places }.';
  const places = story.places;
  if (!isObject(places) || places.type !== 'FeatureCollection' || !Array.isArray(places.features)) {
    return 'The places file is not a GeoJSON FeatureCollection with a "features" list, so it was not opened.';
  }
  if (!isObject(story.article) || !Array.isArray(story.article.paragraphs)) {
    return 'The article file is not an article (a JSON object with a headline and "paragraphs"), so it was not opened.';
  }
  return undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'summit-map-editor': SummitMapEditor;
  }
}
