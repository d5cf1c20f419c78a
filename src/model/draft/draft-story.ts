/**
 * Drafts a story's places from its article: every place the text names that the gazetteer knows,
 * at the gazetteer's point, with a suggested role, the sentences of its first mentions as quotes
 * (slices of the paragraph, so verbatim by construction), the other forms the text uses as
 * aliases, and what the editor needs to offer alternatives (`draft`). Names the gazetteer lacks
 * are listed in `draft.unresolved`, never placed at a guess. The result is valid for parseStory.
 */
import { sentenceAt } from '../mentions';
import { slugOf } from '../story';
import type { Candidate, Gazetteer } from '../gazetteer/types';
import type { Quote } from '../types';
import { findNames, type NameMention, type UnknownName } from './names';
import { resolveNames, surfaceKey, type Choice } from './resolve';

/** The article fields the draft reads (an ArticleJson or a parsed Article). */
export interface DraftInput {
  headline?: string;
  paragraphs: readonly string[];
}

/** What the editor needs about one drafted place: the foreign member `draft` of its feature. */
export interface PlaceDraft {
  /** 0–1: how sure the draft is of the entry it chose. */
  confidence: number;
  /** Why this entry, in words. */
  reason: string;
  /** The entries the name may mean, the chosen one first (at most 8). */
  candidates: Candidate[];
}

export interface UnresolvedName {
  name: string;
  paragraph: number;
  /** The sentence it is in, verbatim. */
  quote: string;
}

/** The drafted places: a GeoJSON FeatureCollection for parseStory, with the draft's notes. */
export interface DraftCollection {
  type: 'FeatureCollection';
  story: { title?: string; tint: string[] };
  roles: Record<string, { label: string; order: number; symbol: string; color: string }>;
  features: DraftFeature[];
  /** Foreign member: names the gazetteer lacks, for the author to place. */
  draft: { unresolved: UnresolvedName[] };
}

export interface DraftFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: {
    name: string;
    aliases: string[];
    role: DraftRole;
    country?: string;
    quotes: Quote[];
    source: string;
  };
  draft: PlaceDraft;
}

export type DraftRole = 'event' | 'mentioned' | 'actor';

export const DRAFT_ROLES: DraftCollection['roles'] = {
  event: { label: 'Where it happens', order: 1, symbol: 'circle', color: '#b3261e' },
  mentioned: { label: 'Also mentioned', order: 2, symbol: 'diamond', color: '#1f5fa8' },
  actor: { label: 'Country named as an actor', order: 3, symbol: 'triangle', color: '#3d4a57' },
};

export interface DraftSummary {
  places: { id: string; name: string; kind: string; role: DraftRole; confidence: number; reason: string }[];
  unresolved: UnresolvedName[];
  /** What the author should look at, one line each. */
  needsAuthor: string[];
}

export interface DraftedStory {
  places: DraftCollection;
  summary: DraftSummary;
}

/** Below this confidence the summary asks the author to check the choice. */
export const CHECK_BELOW = 0.6;

interface Drafting {
  entry: number;
  mentions: NameMention[];
  choice?: Choice;
}

export function draftStory(article: DraftInput, gazetteer: Gazetteer): DraftedStory {
  const paragraphs = article.paragraphs;
  const { mentions, unknown } = findNames(paragraphs, gazetteer, article.headline);
  const choices = resolveNames(mentions, gazetteer);
  // One place per chosen entry, in the order the article first names it.
  const byEntry = new Map<number, Drafting>();
  for (const mention of mentions) {
    let entry: number | undefined;
    let choice: Choice | undefined;
    if (mention.demonymOf !== undefined) entry = gazetteer.countries.get(mention.demonymOf);
    else {
      choice = choices.get(surfaceKey(mention));
      entry = choice?.entry;
    }
    if (entry === undefined) continue;
    // "Oregon" in "Newport, Oregon" says which Newport; the state itself is drafted only if named otherwise too.
    if (mention.isQualifier && gazetteer.places[entry]!.kind === 'state' && !byEntry.has(entry)) {
      const named = mentions.some((other) => other !== mention && !other.isQualifier && choices.get(surfaceKey(other))?.entry === entry);
      if (!named) continue;
    }
    const drafting = byEntry.get(entry) ?? { entry, mentions: [] };
    drafting.mentions.push(mention);
    if (choice && (!drafting.choice || mention.demonymOf === undefined)) drafting.choice ??= choice;
    byEntry.set(entry, drafting);
  }
  markListedLocatives(mentions, paragraphs);
  const taken = new Set<string>();
  const features: DraftFeature[] = [];
  for (const drafting of byEntry.values()) features.push(featureOf(drafting, paragraphs, gazetteer, taken));
  addCapitalAlias(features, paragraphs);
  const unresolved = unresolvedNames(unknown, paragraphs);
  const tint = [
    ...new Set(
      features
        .filter((f) => f.properties.role !== 'mentioned')
        .map((f) => f.properties.country ?? (f.draft.candidates[0]?.kind === 'country' ? f.draft.candidates[0].name : '')),
    ),
  ].filter(Boolean);
  const used = new Set(features.map((f) => f.properties.role));
  const roles = Object.fromEntries(Object.entries(DRAFT_ROLES).filter(([id]) => used.has(id as DraftRole)));
  const places: DraftCollection = {
    type: 'FeatureCollection',
    story: { ...(article.headline ? { title: article.headline } : {}), tint },
    roles,
    features,
    draft: { unresolved },
  };
  return { places, summary: summaryOf(features, unresolved) };
}

function featureOf(drafting: Drafting, paragraphs: readonly string[], gazetteer: Gazetteer, taken: Set<string>): DraftFeature {
  const place = gazetteer.places[drafting.entry]!;
  const { mentions } = drafting;
  const named = mentions.filter((mention) => mention.demonymOf === undefined);
  // As the body writes it; as the headline does only where the body does not name it (not in capitals).
  const inHeadline = named.find((mention) => !mention.part)?.text;
  // A part ("Mainland Dare") is not the place's name: then the gazetteer's ("Dare County").
  const whole = named.filter((mention) => !mention.part);
  const name =
    whole.find((mention) => mention.paragraph > 0)?.text ??
    (whole.length ? (inHeadline && inHeadline === inHeadline.toUpperCase() ? place.name : inHeadline) : undefined) ??
    place.name;
  // Forms in capitals in the headline ("WEST VIRGINIA") are not aliases: aliases match case-sensitively.
  const forms = [...new Set(mentions.filter((m) => m.paragraph > 0 || m.text !== m.text.toUpperCase()).map((m) => m.text))].filter(
    (form) => form !== name,
  );
  let id = slugOf(name) || 'place';
  for (let n = 2; taken.has(id); n++) id = `${slugOf(name)}-${n}`;
  taken.add(id);
  const isCountry = place.kind === 'country';
  const locative = mentions.some((mention) => mention.locative && !mention.inOrganisation);
  const role: DraftRole = locative ? 'event' : isCountry ? 'actor' : 'mentioned';
  const choice = drafting.choice;
  const candidates = (choice?.ranked ?? [{ entry: drafting.entry, score: 0 }])
    .slice(0, 8)
    .map(({ entry }) => ({ ...gazetteer.places[entry]! }));
  const confidence = choice?.confidence ?? 0.9;
  const reason = choice?.reason ?? `Named by the demonym "${mentions[0]!.text}".`;
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
    properties: {
      name,
      aliases: forms,
      role,
      ...(isCountry ? {} : place.country ? { country: place.country } : {}),
      quotes: quotesOf(mentions, paragraphs),
      source: sourceOf(place),
    },
    draft: { confidence, reason, candidates },
  };
}

/** The sentences of the first two mentions (each once), sliced from their paragraphs. */
function quotesOf(mentions: readonly NameMention[], paragraphs: readonly string[]): Quote[] {
  const quotes: Quote[] = [];
  for (const mention of mentions) {
    if (mention.paragraph === 0) continue; // the headline: quotes cite paragraphs
    const paragraph = paragraphs[mention.paragraph - 1]!;
    const { start, end } = sentenceAt(paragraph, mention.start);
    const text = paragraph.slice(start, end);
    if (!text || quotes.some((quote) => quote.paragraph === mention.paragraph && quote.text === text)) continue;
    quotes.push({ text, paragraph: mention.paragraph });
    if (quotes.length === 2) break;
  }
  return quotes;
}

/** "in Hanoi, Danang and Saigon": the names listed after a locative mention are locative too. */
function markListedLocatives(mentions: NameMention[], paragraphs: readonly string[]): void {
  for (let n = 1; n < mentions.length; n++) {
    const previous = mentions[n - 1]!;
    const mention = mentions[n]!;
    if (mention.locative || !previous.locative || previous.paragraph !== mention.paragraph || mention.paragraph === 0) continue;
    const between = paragraphs[mention.paragraph - 1]!.slice(previous.end, mention.start);
    if (/^(?:,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+)(?:the\s+)?$/u.test(between)) mention.locative = true;
  }
}

/** "the capital" as an alias of the story's one capital, when the text says it. */
function addCapitalAlias(features: DraftFeature[], paragraphs: readonly string[]): void {
  const capitals = features.filter((feature) => feature.draft.candidates[0]?.kind === 'capital');
  if (capitals.length !== 1 || !paragraphs.some((paragraph) => /(?<![\p{L}\p{N}])the capital(?![\p{L}\p{N}])/u.test(paragraph))) return;
  capitals[0]!.properties.aliases.push('the capital');
}

function unresolvedNames(unknown: readonly UnknownName[], paragraphs: readonly string[]): UnresolvedName[] {
  const seen = new Set<string>();
  const list: UnresolvedName[] = [];
  for (const name of unknown) {
    if (seen.has(name.text)) continue;
    seen.add(name.text);
    const paragraph = paragraphs[name.paragraph - 1]!;
    const { start, end } = sentenceAt(paragraph, name.start);
    list.push({ name: name.text, paragraph: name.paragraph, quote: paragraph.slice(start, end) });
  }
  return list.slice(0, 50);
}

function sourceOf(place: Candidate): string {
  const from =
    place.kind === 'capital' || place.kind === 'city' || place.kind === 'town' || place.kind === 'village'
      ? 'GeoNames'
      : place.kind === 'county'
        ? 'U.S. Census Bureau'
        : place.kind === 'park'
          ? 'National Park Service, Natural Earth'
          : 'Natural Earth';
  const where = [place.admin, place.kind === 'country' ? '' : place.country].filter(Boolean).join(', ');
  return `summit-map gazetteer (${from}): ${place.name}${where ? `, ${where}` : ''} (${place.kind})`;
}

function summaryOf(features: readonly DraftFeature[], unresolved: readonly UnresolvedName[]): DraftSummary {
  const needsAuthor: string[] = [];
  for (const feature of features) {
    const { confidence, candidates } = feature.draft;
    if (confidence < CHECK_BELOW && candidates.length > 1) {
      const others = candidates
        .slice(1, 3)
        .map((c) => [c.name, c.admin, c.country].filter(Boolean).join(', '))
        .join('; ');
      needsAuthor.push(`Check "${feature.properties.name}": drafted as ${describe(candidates[0]!)}; it may be ${others}.`);
    }
  }
  for (const name of unresolved)
    needsAuthor.push(
      `Place "${name.name}" (paragraph ${name.paragraph}): not in the gazetteer; place it by hand if it belongs on the map.`,
    );
  return {
    places: features.map((f) => ({
      id: f.id,
      name: f.properties.name,
      kind: f.draft.candidates[0]?.kind ?? '',
      role: f.properties.role,
      confidence: f.draft.confidence,
      reason: f.draft.reason,
    })),
    unresolved: [...unresolved],
    needsAuthor,
  };
}

const describe = (c: Candidate) => `${[c.name, c.admin, c.kind === 'country' ? '' : c.country].filter(Boolean).join(', ')} (${c.kind})`;
