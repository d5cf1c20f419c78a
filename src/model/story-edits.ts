/**
 * The editor's changes to a story's two files, made on the JSON as given (not on the parsed
 * story), so that whatever the editor does not touch (unknown members, key order, numbers) is
 * exported as it came. Every change returns new objects and shares the rest: the old value stays
 * valid for undo. Places are addressed by their index in `features`. Pure: no DOM.
 */
import { isObject, type Json } from './json-guards';
import { DEFAULT_COLORS, DEFAULT_POINT_SYMBOLS } from './roles';
import { slugOf } from './story';
import type { Quote, RoleSymbol } from './types';

/** A story as its two files hold it: `article.json` and `places.geojson`, parsed but not validated. */
export interface StoryFiles {
  article: Json;
  places: Json;
}

/** A place the gazetteer offers (the draft's candidates, a search result). */
export interface PlaceCandidate {
  name: string;
  kind?: string;
  country?: string;
  admin?: string;
  lat: number;
  lon: number;
  population?: number;
}

export const featuresOf = (files: StoryFiles): Json[] => (Array.isArray(files.places.features) ? (files.places.features as Json[]) : []);

export const propertiesOf = (feature: Json | undefined): Json => (feature && isObject(feature.properties) ? feature.properties : {});

/** The draft's notes on a place (`feature.draft`), if it is still a draft the author has not accepted. */
export function draftOf(feature: Json | undefined): { confidence?: number; reason?: string; candidates: PlaceCandidate[] } | undefined {
  const draft = feature && isObject(feature.draft) ? feature.draft : undefined;
  if (!draft) return undefined;
  const candidates = Array.isArray(draft.candidates) ? draft.candidates.filter(isCandidate) : [];
  return {
    confidence: typeof draft.confidence === 'number' ? draft.confidence : undefined,
    reason: typeof draft.reason === 'string' ? draft.reason : undefined,
    candidates,
  };
}

const isCandidate = (value: unknown): value is PlaceCandidate =>
  isObject(value) && typeof value.name === 'string' && Number.isFinite(value.lat) && Number.isFinite(value.lon);

/** The names the draft found in the text but not in the gazetteer (`places.draft.unresolved`). */
export function unresolvedOf(files: StoryFiles): string[] {
  const draft = isObject(files.places.draft) ? files.places.draft : undefined;
  const list = draft && Array.isArray(draft.unresolved) ? draft.unresolved : [];
  return list.flatMap((entry) =>
    typeof entry === 'string' ? [entry] : isObject(entry) && typeof entry.name === 'string' ? [entry.name] : [],
  );
}

function withFeatures(files: StoryFiles, features: Json[]): StoryFiles {
  return { ...files, places: { ...files.places, features } };
}

/** Replaces feature `index` with what `change` makes of it. */
export function updateFeature(files: StoryFiles, index: number, change: (feature: Json) => Json): StoryFiles {
  const features = featuresOf(files);
  if (!features[index]) return files;
  return withFeatures(
    files,
    features.map((feature, n) => (n === index ? change(feature) : feature)),
  );
}

/** Sets (or, given undefined, removes) one property of a place, keeping the others and their order. */
export function setProperty(files: StoryFiles, index: number, key: string, value: unknown): StoryFiles {
  return updateFeature(files, index, (feature) => {
    const properties = propertiesOf(feature);
    if (value === undefined) {
      if (!(key in properties)) return feature;
      const rest = { ...properties };
      delete rest[key];
      return { ...feature, properties: rest };
    }
    return { ...feature, properties: { ...properties, [key]: value } };
  });
}

/** Moves a point place (a new Point for any other geometry), longitude first as GeoJSON wants. */
export function movePlace(files: StoryFiles, index: number, lat: number, lon: number): StoryFiles {
  return updateFeature(files, index, (feature) => ({
    ...feature,
    geometry: { ...(isObject(feature.geometry) ? feature.geometry : {}), type: 'Point', coordinates: [lon, lat] },
  }));
}

/** The author accepts a drafted place: the draft's notes go. */
export function acceptPlace(files: StoryFiles, index: number): StoryFiles {
  return updateFeature(files, index, ({ draft: _draft, ...feature }) => feature);
}

export function dropPlace(files: StoryFiles, index: number): StoryFiles {
  const features = featuresOf(files);
  return features[index] ? withFeatures(files, features.toSpliced(index, 1)) : files;
}

/** Puts a place at another of the draft's candidates (or a search result); its name stays as the text writes it. */
export function pickCandidate(files: StoryFiles, index: number, candidate: PlaceCandidate): StoryFiles {
  const moved = movePlace(files, index, candidate.lat, candidate.lon);
  return candidate.country ? setProperty(moved, index, 'country', candidate.country) : setProperty(moved, index, 'country', undefined);
}

/** An id not used by any place: the slug of the name, then -2, -3… */
export function freeId(files: StoryFiles, name: string): string {
  const taken = new Set(featuresOf(files).map((feature) => String(feature.id ?? propertiesOf(feature).id ?? '')));
  const base = slugOf(name) || 'place';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * Adds a point place at the end, with the article's first sentence naming it as its quote when
 * there is one; removes the name from the draft's unresolved names.
 */
export function addPlace(
  files: StoryFiles,
  place: { name: string; lat: number; lon: number; role?: string; country?: string },
): StoryFiles {
  const id = freeId(files, place.name);
  const quote = firstSentenceNaming(paragraphsOf(files), place.name);
  const feature: Json = {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
    properties: {
      name: place.name,
      role: place.role ?? firstRoleId(files) ?? 'place',
      ...(place.country ? { country: place.country } : {}),
      quotes: quote ? [quote] : [],
    },
  };
  const added = withFeatures(files, [...featuresOf(files), feature]);
  return withoutUnresolved(added, place.name);
}

function withoutUnresolved(files: StoryFiles, name: string): StoryFiles {
  const draft = isObject(files.places.draft) ? files.places.draft : undefined;
  if (!draft || !Array.isArray(draft.unresolved)) return files;
  const unresolved = draft.unresolved.filter((entry) => entry !== name && !(isObject(entry) && entry.name === name));
  return { ...files, places: { ...files.places, draft: { ...draft, unresolved } } };
}

export const paragraphsOf = (files: StoryFiles): string[] =>
  Array.isArray(files.article.paragraphs)
    ? files.article.paragraphs.map((paragraph) => (typeof paragraph === 'string' ? paragraph : ''))
    : [];

/**
 * The sentences of a paragraph, each an exact slice of it (trimmed), so a quote made of one is
 * verbatim by construction.
 */
export function sentencesOf(paragraph: string): string[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  return [...segmenter.segment(paragraph)].map((piece) => piece.segment.trim()).filter((sentence) => sentence.length > 0);
}

/** The first sentence of the article that names `name` as a whole word, with its paragraph number. */
export function firstSentenceNaming(paragraphs: readonly string[], name: string): Quote | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
  for (const [n, paragraph] of paragraphs.entries()) {
    if (!pattern.test(paragraph)) continue;
    const sentence = sentencesOf(paragraph).find((text) => pattern.test(text));
    if (sentence) return { text: sentence, paragraph: n + 1 };
  }
  return undefined;
}

/**
 * A quote from the article's own text: characters `start` to `end` of paragraph `paragraph`
 * (1-based), trimmed. Undefined when that is not a paragraph or holds no words.
 */
export function quoteFrom(paragraphs: readonly string[], paragraph: number, start: number, end: number): Quote | undefined {
  const text = paragraphs[paragraph - 1];
  if (text === undefined) return undefined;
  const slice = text.slice(Math.max(0, Math.min(start, end)), Math.max(start, end)).trim();
  return /[\p{L}\p{N}]/u.test(slice) ? { text: slice, paragraph } : undefined;
}

const quotesOf = (feature: Json | undefined): Quote[] => {
  const quotes = propertiesOf(feature).quotes;
  return Array.isArray(quotes) ? (quotes as Quote[]) : [];
};

/** Adds a quote to a place, or replaces its quote number `replace` (0-based). */
export function setQuote(files: StoryFiles, index: number, quote: Quote, replace?: number): StoryFiles {
  const quotes = quotesOf(featuresOf(files)[index]);
  const next = replace !== undefined && quotes[replace] ? quotes.map((old, n) => (n === replace ? quote : old)) : [...quotes, quote];
  return setProperty(files, index, 'quotes', next);
}

export function removeQuote(files: StoryFiles, index: number, quote: number): StoryFiles {
  const quotes = quotesOf(featuresOf(files)[index]);
  return quotes[quote] ? setProperty(files, index, 'quotes', quotes.toSpliced(quote, 1)) : files;
}

/** Sets a place's date for the timeline (ISO date or year-month; '' removes it and its label) and the date in words. */
export function setDate(files: StoryFiles, index: number, date: string, label: string): StoryFiles {
  const dated = setProperty(files, index, 'date', date || undefined);
  return setProperty(dated, index, 'dateLabel', date && label.trim() ? label.trim() : undefined);
}

// Roles: `places.roles`, an object keyed by role id.

export const rolesOf = (files: StoryFiles): Json => (isObject(files.places.roles) ? files.places.roles : {});

const firstRoleId = (files: StoryFiles): string | undefined => Object.keys(rolesOf(files))[0];

/** Changes one field of a declared role (label, symbol, colour). */
export function setRoleField(files: StoryFiles, id: string, field: 'label' | 'symbol' | 'color', value: string): StoryFiles {
  const roles = rolesOf(files);
  const role = isObject(roles[id]) ? roles[id] : {};
  return { ...files, places: { ...files.places, roles: { ...roles, [id]: { ...role, [field]: value } } } };
}

/** Declares a new role after the others, with the next free colour and symbol; returns its id too. */
export function addRole(files: StoryFiles, label: string): { files: StoryFiles; id: string } {
  const roles = rolesOf(files);
  const base = slugOf(label) || 'role';
  let id = base;
  for (let n = 2; id in roles; n++) id = `${base}-${n}`;
  const count = Object.keys(roles).length;
  const orders = Object.values(roles).map((role) => (isObject(role) && typeof role.order === 'number' ? role.order : 0));
  const role = {
    label: label.trim() || 'New role',
    order: Math.max(0, ...orders) + 1,
    symbol: DEFAULT_POINT_SYMBOLS[count % DEFAULT_POINT_SYMBOLS.length] as RoleSymbol,
    color: DEFAULT_COLORS[count % DEFAULT_COLORS.length],
  };
  return { files: { ...files, places: { ...files.places, roles: { ...roles, [id]: role } } }, id };
}
