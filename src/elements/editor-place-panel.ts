/**
 * The editor's list of places: each with its role and state (a draft to check, or accepted); the
 * chosen one opens its details: accept or drop, the draft's other candidates, role, position,
 * date for the timeline and quotes (from the text selected in the article, or a sentence picked
 * from a paragraph). Below: the names the draft could not place, and a search of the gazetteer to
 * add a place the draft missed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ref } from 'lit/directives/ref.js';
import { isIsoDateOrMonth } from '../model/json-guards';
import { sentencesOf, type PlaceCandidate } from '../model/story-edits';
import type { Place, Quote, Role } from '../model/types';

export interface PlaceRow {
  /** Index in the file's `features`. */
  index: number;
  place: Place;
  draft?: { confidence?: number; reason?: string; candidates: PlaceCandidate[] };
}

export interface PlaceActions {
  choose: (id: string) => void;
  accept: (row: PlaceRow) => void;
  drop: (row: PlaceRow) => void;
  pick: (row: PlaceRow, candidate: PlaceCandidate) => void;
  setRole: (row: PlaceRow, role: string) => void;
  move: (row: PlaceRow, lat: number, lon: number) => void;
  /** Start (or, with '', stop) waiting for a click on the map to put `what` there. */
  placeOnMap: (what: string) => void;
  setDate: (row: PlaceRow, date: string, label: string) => void;
  addQuote: (row: PlaceRow, quote: Quote, replace?: number) => void;
  removeQuote: (row: PlaceRow, quote: number) => void;
  search: (query: string) => void;
  add: (candidate: PlaceCandidate) => void;
  report: (message: string) => void;
}

export interface PlacePanelOptions {
  rows: readonly PlaceRow[];
  roles: readonly Role[];
  selectedId: string;
  /** The text selected in the article: a quote, a message why it is none, or nothing. */
  selection: Quote | string | undefined;
  /** What a click on the map places now: a place id, `unresolved:<name>`, or ''. */
  placing: string;
  paragraphs: readonly string[];
  unresolved: readonly string[];
  search: { query: string; results: readonly PlaceCandidate[]; message: string };
  actions: PlaceActions;
}

const confidenceWords = (confidence: number | undefined) =>
  confidence === undefined
    ? 'draft'
    : confidence >= 0.75
      ? 'draft, likely right'
      : confidence >= 0.45
        ? 'draft, check it'
        : 'draft, unsure';

const describeCandidate = (candidate: PlaceCandidate) =>
  [candidate.name, candidate.admin, candidate.country].filter(Boolean).join(', ') +
  (candidate.kind ? ` (${candidate.kind}${candidate.population ? `, pop. ${candidate.population.toLocaleString('en')}` : ''})` : '');

const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

function rowTemplate(row: PlaceRow, options: PlacePanelOptions): TemplateResult {
  const { place } = row;
  const open = place.id === options.selectedId;
  const role = options.roles.find((candidate) => candidate.id === place.role);
  return html`
    <li class="place ${open ? 'open' : ''} ${row.draft ? 'is-draft' : ''}" data-place-id=${place.id}>
      <button class="place-name" aria-expanded=${open ? 'true' : 'false'} @click=${() => options.actions.choose(open ? '' : place.id)}>
        ${place.name}
      </button>
      <span class="place-meta">${role?.label ?? place.role} · ${row.draft ? confidenceWords(row.draft.confidence) : 'accepted'}</span>
      ${open ? detailsTemplate(row, options) : nothing}
    </li>
  `;
}

function detailsTemplate(row: PlaceRow, options: PlacePanelOptions): TemplateResult {
  const { place } = row;
  const { actions } = options;
  const point = place.geometry.type === 'Point' ? place.geometry.coordinates : undefined;
  const id = place.id;
  const placing = options.placing === id;
  let dateInput: HTMLInputElement | undefined;
  let labelInput: HTMLInputElement | undefined;
  const saveDate = () => {
    const date = dateInput?.value.trim() ?? '';
    if (date && !isIsoDateOrMonth(date)) {
      actions.report(`"${date}" is not a date the timeline reads: write it as 2019-02-27, or 2019-02 for a month.`);
      return;
    }
    actions.setDate(row, date, labelInput?.value ?? '');
  };
  return html`
    <div class="details" role="group" aria-label="Details of ${place.name}">
      ${row.draft?.reason ? html`<p class="reason">${row.draft.reason}</p>` : nothing}
      <div class="actions">
        ${row.draft ? html`<button class="accept" @click=${() => actions.accept(row)}>Accept</button>` : nothing}
        <button class="drop" @click=${() => actions.drop(row)}>Drop place</button>
      </div>
      ${
        row.draft && row.draft.candidates.length > 1
          ? html`<fieldset class="candidates">
            <legend>Which ${place.name}?</legend>
            ${row.draft.candidates.map((candidate) => {
              const chosen = !!point && Math.abs(point[0] - candidate.lon) < 1e-6 && Math.abs(point[1] - candidate.lat) < 1e-6;
              return html`<label
                ><input type="radio" name="candidate-${id}" .checked=${live(chosen)} @change=${() => actions.pick(row, candidate)} />
                ${describeCandidate(candidate)}</label
              >`;
            })}
          </fieldset>`
          : nothing
      }
      <label class="field"
        >Role
        <select @change=${(event: Event) => actions.setRole(row, value(event))}>
          ${options.roles.map((role) => html`<option value=${role.id} ?selected=${role.id === place.role}>${role.label}</option>`)}
        </select>
      </label>
      ${
        point
          ? html`<div class="position">
            <label class="field"
              >Latitude
              <input
                type="number"
                step="any"
                min="-90"
                max="90"
                .value=${live(String(point[1]))}
                @change=${(event: Event) => actions.move(row, Number(value(event)), point[0])}
            /></label>
            <label class="field"
              >Longitude
              <input
                type="number"
                step="any"
                min="-180"
                max="180"
                .value=${live(String(point[0]))}
                @change=${(event: Event) => actions.move(row, point[1], Number(value(event)))}
            /></label>
            <button class="place-on-map" aria-pressed=${placing ? 'true' : 'false'} @click=${() => actions.placeOnMap(placing ? '' : id)}>
              ${placing ? 'Click the map… (cancel)' : 'Put it where I click on the map'}
            </button>
            <p class="hint">Or drag its pin on the map.</p>
          </div>`
          : nothing
      }
      <div class="date">
        <label class="field"
          >Date for the timeline
          <input
            placeholder="2019-02-27 or 2019-02"
            .value=${live(place.date ?? '')}
            ${refTo((input) => (dateInput = input))}
            @change=${saveDate}
        /></label>
        <label class="field"
          >Date in words
          <input
            placeholder="Late February 2019: the summit"
            .value=${live(place.dateLabel ?? '')}
            ${refTo((input) => (labelInput = input))}
            @change=${saveDate}
        /></label>
      </div>
      ${quotesTemplate(row, options)}
    </div>
  `;
}

/** Hands an input to the code that reads it on change, without an id lookup. */
const refTo = (keep: (input: HTMLInputElement) => void) =>
  ref((element) => {
    if (element) keep(element as HTMLInputElement);
  });

function quotesTemplate(row: PlaceRow, options: PlacePanelOptions): TemplateResult {
  const { actions, selection, paragraphs } = options;
  const quote = typeof selection === 'object' ? selection : undefined;
  let paragraphSelect: HTMLSelectElement | undefined;
  let sentenceSelect: HTMLSelectElement | undefined;
  const sentences = (paragraph: number) => sentencesOf(paragraphs[paragraph - 1] ?? '');
  const fillSentences = () => {
    if (!paragraphSelect || !sentenceSelect) return;
    sentenceSelect.replaceChildren(
      ...sentences(Number(paragraphSelect.value)).map((sentence, n) => {
        const option = document.createElement('option');
        option.value = String(n);
        option.textContent = sentence;
        return option;
      }),
    );
  };
  const addSentence = () => {
    const paragraph = Number(paragraphSelect?.value);
    const sentence = sentences(paragraph)[Number(sentenceSelect?.value)];
    if (sentence) actions.addQuote(row, { text: sentence, paragraph });
  };
  return html`
    <section class="quotes" aria-label="Quotes">
      <h3 class="quotes-heading">Quotes</h3>
      ${
        row.place.quotes.length
          ? html`<ol>
            ${row.place.quotes.map(
              (item, n) => html`<li>
                <q>${item.text}</q> <span class="cite">¶${item.paragraph}</span>
                <button class="small" @click=${() => actions.removeQuote(row, n)} aria-label="Remove quote ${n + 1}">Remove</button>
                ${
                  quote
                    ? html`<button class="small" @click=${() => actions.addQuote(row, quote, n)} aria-label="Replace with selection: quote ${n + 1}">
                      Replace with selection
                    </button>`
                    : nothing
                }
              </li>`,
            )}
          </ol>`
          : html`<p class="hint">No quote yet.</p>`
      }
      <p class="selection" aria-live="polite">
        ${
          quote
            ? html`Selected in ¶${quote.paragraph}: <q>${quote.text}</q>`
            : typeof selection === 'string'
              ? selection
              : 'Select words in the article to quote them.'
        }
      </p>
      <button class="add-selection" ?disabled=${!quote} @click=${() => quote && actions.addQuote(row, quote)}>Add the selection as a quote</button>
      ${
        paragraphs.length
          ? html`<div class="sentence-picker">
            <label class="field"
              >Paragraph
              <select
                ${ref((element) => {
                  paragraphSelect = element as HTMLSelectElement | undefined;
                  queueMicrotask(fillSentences);
                })}
                @change=${fillSentences}
              >
                ${paragraphs.map((_, n) => html`<option value=${n + 1}>¶${n + 1}</option>`)}
              </select></label
            >
            <label class="field sentence"
              >Sentence
              <select
                ${ref((element) => {
                  sentenceSelect = element as HTMLSelectElement | undefined;
                  queueMicrotask(fillSentences);
                })}
              ></select
            ></label>
            <button @click=${addSentence}>Add sentence</button>
          </div>`
          : nothing
      }
    </section>
  `;
}

function unresolvedTemplate(options: PlacePanelOptions): TemplateResult | typeof nothing {
  if (!options.unresolved.length) return nothing;
  return html`<section class="unresolved" aria-label="Names the gazetteer lacks">
    <h3>Not on the map yet</h3>
    <p class="hint">The draft found these names but not where they are.</p>
    <ul>
      ${options.unresolved.map((name) => {
        const placing = options.placing === `unresolved:${name}`;
        return html`<li>
          <span class="name">${name}</span>
          <button aria-pressed=${placing ? 'true' : 'false'} @click=${() => options.actions.placeOnMap(placing ? '' : `unresolved:${name}`)}>
            ${placing ? 'Click the map… (cancel)' : 'Place on map'}
          </button>
          <button @click=${() => options.actions.search(name)}>Search</button>
        </li>`;
      })}
    </ul>
  </section>`;
}

function searchTemplate(options: PlacePanelOptions): TemplateResult {
  const { search, actions } = options;
  return html`<section class="search" aria-label="Add a place">
    <h3>Add a place</h3>
    <form
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        actions.search(String(new FormData(event.target as HTMLFormElement).get('query') ?? ''));
      }}
    >
      <label class="field"
        >Search the gazetteer
        <input name="query" type="search" autocomplete="off" .value=${live(search.query)}
      /></label>
      <button type="submit">Search</button>
    </form>
    <p class="hint" aria-live="polite">${search.message}</p>
    ${
      search.results.length
        ? html`<ul class="results">
          ${search.results.map(
            (candidate) =>
              html`<li>
                <button @click=${() => actions.add(candidate)}>Add</button>
                ${describeCandidate(candidate)}
              </li>`,
          )}
        </ul>`
        : nothing
    }
  </section>`;
}

export function placePanelTemplate(options: PlacePanelOptions): TemplateResult {
  const drafts = options.rows.filter((row) => row.draft).length;
  return html`
    <h2 id="places-heading">Places <span class="count">${options.rows.length}${drafts ? `, ${drafts} to check` : ''}</span></h2>
    ${
      options.rows.length
        ? html`<ul class="places" aria-labelledby="places-heading">
          ${options.rows.map((row) => rowTemplate(row, options))}
        </ul>`
        : html`<p class="hint">No places yet.</p>`
    }
    ${unresolvedTemplate(options)} ${searchTemplate(options)}
  `;
}
