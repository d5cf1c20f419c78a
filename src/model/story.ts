/**
 * Parses and validates a places dataset: any GeoJSON FeatureCollection, from a plain geojson.io
 * or QGIS export (features with nothing but a name) to a story with declared roles and quotes.
 * Whatever can be drawn is kept, with defaults where something is missing; what cannot is
 * dropped and reported, so one bad entry never hides the rest of the story. Every step is
 * linear in the number of features.
 */
import { kindOf, parseGeometry } from './geometry';
import { badTextFields, isIsoDateOrMonth, isNonEmptyString, isObject, textList, textOf, type Json } from './json-guards';
import { buildRoles, DEFAULT_ROLE } from './roles';
import type { Parsed, Place, PlaceKind, Position, Problem, Quote, Story } from './types';
import { checkView, type AuthoredView } from './view-frame';

export function emptyStory(): Story {
  return { tint: [], roles: [], places: [] };
}

/** Optional properties that must be text when given (`name` and `title` too: one of them names the place). */
const TEXT_FIELDS = ['name', 'title', 'site', 'source', 'dateLabel', 'country'];

/** A place before every id is known, with what its group problems need. */
type Draft = Omit<Place, 'id'> & { id?: string; index: number; named: boolean; badRole: boolean };

/** Places that share one kind of problem, reported once for all of them. */
interface Groups {
  noId: Draft[];
  noName: Draft[];
  badRole: Draft[];
}

export function parseStory(input: unknown): Parsed<Story> {
  const steps = parseStoryInSteps(input);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * `parseStory` in steps, for very large data on the page: it pauses after every
 * `featuresPerStep` features, so the caller can let the page answer between steps, and returns
 * exactly what `parseStory` returns.
 */
export function* parseStoryInSteps(input: unknown, featuresPerStep = Infinity): Generator<void, Parsed<Story>, void> {
  const problems: Problem[] = [];
  if (!isObject(input) || input.type !== 'FeatureCollection' || !Array.isArray(input.features)) {
    problems.push({ message: 'The places data is not a GeoJSON FeatureCollection with a "features" list.' });
    return { value: emptyStory(), problems };
  }
  const features: unknown[] = input.features;
  const groups: Groups = { noId: [], noName: [], badRole: [] };
  const firstIndexOf = new Map<string, number>();
  const drafts: Draft[] = [];
  for (const [index, feature] of features.entries()) {
    if (index > 0 && index % featuresPerStep === 0) yield;
    const draft = parsePlace(feature, index, problems);
    if (!draft) continue;
    if (draft.id !== undefined) {
      const first = firstIndexOf.get(draft.id);
      if (first !== undefined) {
        problems.push({
          id: draft.id,
          index,
          field: 'id',
          message: `${describePlace(draft.name, index)} has the id "${draft.id}", which feature ${first + 1} already uses; it was left out.`,
        });
        continue;
      }
      firstIndexOf.set(draft.id, index);
    }
    drafts.push(draft);
    if (draft.id === undefined) groups.noId.push(draft);
    if (!draft.named) groups.noName.push(draft);
    if (draft.badRole) groups.badRole.push(draft);
  }
  for (const draft of groups.noId) draft.id = madeId(draft, firstIndexOf);
  reportGroups(groups, problems);
  const places = drafts.map(({ index: _index, named: _named, badRole: _badRole, ...place }) => place as Place);
  const story = isObject(input.story) ? input.story : {};
  if (input.story !== undefined && !isObject(input.story))
    problems.push({ field: 'story', message: '"story" should be an object; it was ignored.' });
  if (badTextFields(story, ['title']).length)
    problems.push({ field: 'story.title', message: 'The story title is not text; it was ignored.' });
  if (story.tint !== undefined && !textList(story.tint)) {
    problems.push({ field: 'story.tint', message: 'The story\'s "tint" should be a list of country names; the others were ignored.' });
  }
  const view = story.view === undefined ? undefined : parseView(story.view, problems);
  let maxZoom: number | undefined;
  if (typeof story.maxZoom === 'number' && story.maxZoom >= 0 && story.maxZoom <= 22) maxZoom = story.maxZoom;
  else if (story.maxZoom !== undefined)
    problems.push({ field: 'story.maxZoom', message: 'The story\'s "maxZoom" should be a number from 0 to 22; it was ignored.' });
  return {
    value: {
      title: isNonEmptyString(story.title) ? story.title : undefined,
      tint: Array.isArray(story.tint) ? story.tint.filter(isNonEmptyString) : [],
      ...(view && { view }),
      ...(maxZoom !== undefined && { maxZoom }),
      roles: buildRoles(input.roles, usageOf(places), problems),
      places,
    },
    problems,
  };
}

const isNumbers = (value: unknown, length: number): value is number[] =>
  Array.isArray(value) && value.length === length && value.every((item) => typeof item === 'number' && Number.isFinite(item));

/** The data's `story.view`: { "bounds": [west, south, east, north] } or { "center": [longitude, latitude], "zoom": z }. */
function parseView(value: unknown, problems: Problem[]): AuthoredView | undefined {
  let view: AuthoredView | undefined;
  if (isObject(value) && isNumbers(value.bounds, 4) && value.center === undefined)
    view = { bounds: value.bounds as [number, number, number, number] };
  else if (isObject(value) && isNumbers(value.center, 2) && typeof value.zoom === 'number' && value.bounds === undefined)
    view = { center: value.center as Position, zoom: value.zoom };
  const wrong = view
    ? checkView(view)
    : 'It should be { "bounds": [west, south, east, north] } or { "center": [longitude, latitude], "zoom": a number }.';
  if (!wrong) return view;
  problems.push({ field: 'story.view', message: `The story's first view was ignored (the places' own extent is used). ${wrong}` });
  return undefined;
}

/** How a feature is named in problems: by its name when it has one, and always by its number. */
export function describePlace(name: string | undefined, index: number): string {
  return name ? `The place "${name}" (feature ${index + 1})` : `Feature ${index + 1}`;
}

function parsePlace(feature: unknown, index: number, problems: Problem[]): Draft | undefined {
  const properties = isObject(feature) ? feature.properties : undefined;
  if (!isObject(feature) || feature.type !== 'Feature' || !(properties == null || isObject(properties))) {
    problems.push({ index, message: `Feature ${index + 1} is not a GeoJSON Feature with properties.` });
    return undefined;
  }
  // QGIS writes an empty field as null: read it as absent.
  const props = isObject(properties) ? withoutNulls(properties) : {};
  const name = textOf(props.name) || textOf(props.title);
  const at = describePlace(name, index);
  const rawId = feature.id ?? props.id;
  const id = typeof rawId === 'number' && Number.isFinite(rawId) ? String(rawId) : isNonEmptyString(rawId) ? rawId : undefined;
  const report = (field: string, message: string) => problems.push({ id, index, field, message });
  if (rawId != null && id === undefined) report('id', `${at} has an id that is neither text nor a number; another was made for it.`);
  const geometry = parseGeometry(feature.geometry);
  if (typeof geometry === 'string') {
    report('geometry', `${at} ${geometry}`);
    return undefined;
  }
  const role = isNonEmptyString(props.role) ? props.role : DEFAULT_ROLE.id;
  for (const field of badTextFields(props, TEXT_FIELDS)) report(field, `${at} has a "${field}" that is not text; it was ignored.`);
  const aliases = Array.isArray(props.aliases) ? props.aliases.filter(isNonEmptyString) : [];
  if (props.aliases !== undefined && !textList(props.aliases)) {
    report('aliases', `The aliases of ${of(at)} should be a list of words; the others were ignored.`);
  }
  if (props.countries !== undefined && !textList(props.countries)) {
    report('countries', `The countries of ${of(at)} should be a list of country names.`);
  }
  const date = isIsoDateOrMonth(props.date) ? props.date : undefined;
  if (props.date !== undefined && !date)
    report('date', `${at} has the date "${String(props.date)}"; use an ISO date such as 2019-01-21 or 2019-02.`);
  return {
    id,
    index,
    named: !!name,
    badRole: props.role !== undefined && !isNonEmptyString(props.role),
    name: name || id || `Place ${index + 1}`,
    aliases,
    role,
    date,
    dateLabel: date && isNonEmptyString(props.dateLabel) ? props.dateLabel.trim() : undefined,
    site: isNonEmptyString(props.site) ? props.site.trim() : undefined,
    quotes: parseQuotes(props.quotes, at, report),
    source: isNonEmptyString(props.source) ? props.source : undefined,
    geometry,
    feature: feature as unknown as GeoJSON.Feature,
  };
}

function parseQuotes(value: unknown, at: string, report: (field: string, message: string) => void): Quote[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    report('quotes', `The quotes of ${of(at)} are not a list.`);
    return [];
  }
  const quotes: Quote[] = [];
  value.forEach((quote, n) => {
    const valid = isObject(quote) && isNonEmptyString(quote.text) && Number.isInteger(quote.paragraph) && (quote.paragraph as number) >= 1;
    if (valid) quotes.push({ text: quote.text as string, paragraph: quote.paragraph as number });
    else report(`quotes.${n}`, `Quote ${n + 1} of ${of(at)} needs "text" and a paragraph number from 1.`);
  });
  return quotes;
}

const withoutNulls = (object: Json): Json => {
  for (const value of Object.values(object))
    if (value === null) return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== null));
  return object;
};

/** "The place "Hanoi" (feature 3)" → ""Hanoi" (feature 3)", for "the quotes of …". */
const of = (at: string) => (at.startsWith('The place ') ? at.slice('The place '.length) : at.replace('Feature', 'feature'));

/** Letters that Unicode does not decompose into a base letter and a mark. */
const FOLDED: Record<string, string> = { đ: 'd', ð: 'd', ħ: 'h', ı: 'i', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

/** "Hà Nội" → "ha-noi", "Đà Nẵng" → "da-nang"; letters of other scripts stay. */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[đðħıłøßæœþ]/g, (letter) => FOLDED[letter]!)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** A stable id from the name (then the feature's number), with -2, -3… where it is taken. */
function madeId(draft: Draft, taken: Map<string, number>): string {
  const base = (draft.named ? slugOf(draft.name) : '') || `place-${draft.index + 1}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.set(id, draft.index);
  return id;
}

const listed = (items: string[], max = 5) =>
  items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;

function reportGroups(groups: Groups, problems: Problem[]): void {
  const count = (drafts: Draft[]) => (drafts.length === 1 ? '1 place' : `${drafts.length} places`);
  if (groups.noId.length) {
    const made = groups.noId.map((draft) => `"${draft.name}" → ${draft.id}`);
    const message = `${count(groups.noId)} had no id; ids were made from their names: ${listed(made)}.`;
    problems.push({ field: 'id', message, level: 'notice' });
  }
  if (groups.noName.length) {
    const names = groups.noName.map((draft) => `feature ${draft.index + 1} → "${draft.name}"`);
    problems.push({ field: 'name', message: `${count(groups.noName)} had no "name" or "title", so they are called: ${listed(names)}.` });
  }
  if (groups.badRole.length) {
    const names = groups.badRole.map((draft) => `"${draft.name}"`);
    problems.push({
      field: 'role',
      message: `${count(groups.badRole)} had a role that is not a word, so they have the role "${DEFAULT_ROLE.label}": ${listed(names)}.`,
    });
  }
}

/** For each role a place uses, in order of first use: how many places, and how the first is drawn. */
function usageOf(places: readonly Place[]): Map<string, { count: number; kind: PlaceKind }> {
  const usage = new Map<string, { count: number; kind: PlaceKind }>();
  for (const place of places) {
    const entry = usage.get(place.role);
    if (entry) entry.count += 1;
    else usage.set(place.role, { count: 1, kind: kindOf(place) });
  }
  return usage;
}
