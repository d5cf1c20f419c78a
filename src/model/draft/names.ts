/**
 * Finds the names of places in an article's paragraphs: runs of capitalised words ("Ho Chi Minh
 * City", "Gulf of Alaska", "HANOI"), looked up in the gazetteer longest first, with the context
 * rules that tell a place from a person ("Secretary Austin", "Georgia Smith") or an organisation
 * ("Stockholm International Peace Research Institute"). Demonyms ("Swedish", "North Korean") are
 * found as mentions of their country. Offsets are UTF-16 offsets into the paragraph, so each
 * mention is `paragraph.slice(start, end)` exactly.
 */
import { lookUp } from '../gazetteer/search';
import type { Gazetteer, GazetteerKind } from '../gazetteer/types';
import { FUNCTION_WORDS, LOCATIVE, METONYMS, NOT_ALONE, NOT_NAMES, ORGANISATION_WORDS, PLACE_WORDS, TITLES } from './words';

export interface NameMention {
  /** 1-based paragraph number. */
  paragraph: number;
  start: number;
  end: number;
  /** The words as written: `paragraphs[paragraph - 1].slice(start, end)`. */
  text: string;
  /** Gazetteer entries the words may name (indexes into `gazetteer.places`); empty for a demonym. */
  entries: readonly number[];
  /** For a demonym: the country it names. */
  demonymOf?: string;
  /** After "in", "at", "outside"…: where something happens. */
  locative: boolean;
  /** Inside an organisation's name: only a country counts there, as an actor. */
  inOrganisation: boolean;
}

/** Capitalised words the gazetteer does not know, where a place would be expected: for the author. */
export interface UnknownName {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  capitalised: boolean;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-](?![sS](?![\p{L}\p{N}]))[\p{L}\p{M}\p{N}]+)*/gu;
/** Abbreviations that keep their period inside a name: "St. Louis", "Mt. Rainier". */
const ABBREVIATIONS = new Set([
  'st',
  'mt',
  'ft',
  'pt',
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'capt',
  'sgt',
  'adm',
  'maj',
  'prof',
  'rev',
]);
/** Lower-case words allowed inside a name: "Gulf of Alaska", "Rio de Janeiro", "Trinidad and Tobago". */
const CONNECTORS = new Set([
  'of',
  'de',
  'del',
  'da',
  'do',
  'dos',
  'das',
  'du',
  'la',
  'le',
  'les',
  'el',
  'al',
  'upon',
  'on',
  'and',
  'the',
  'y',
  'di',
  'van',
  'von',
  'der',
  'den',
]);
const MAX_WORDS = 6;

export function findNames(paragraphs: readonly string[], gazetteer: Gazetteer): { mentions: NameMention[]; unknown: UnknownName[] } {
  const mentions: NameMention[] = [];
  const unknown: UnknownName[] = [];
  paragraphs.forEach((text, index) => {
    for (const run of runsOf(text)) findInRun(text, index + 1, run, gazetteer, mentions, unknown);
  });
  return { mentions, unknown };
}

function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let end = match.index + match[0].length;
    const lower = match[0].toLowerCase();
    if (text[end] === '.' && ABBREVIATIONS.has(lower)) end += 1;
    tokens.push({
      start: match.index,
      end,
      text: text.slice(match.index, end),
      lower: lower.replace(/\.$/, ''),
      capitalised: /^\p{Lu}/u.test(match[0]),
    });
  }
  return tokens;
}

/** Maximal runs of capitalised words (and connectors between them) separated by spaces only. */
function runsOf(text: string): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    while (run.length && !run[run.length - 1]!.capitalised) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  let previous: Token | undefined;
  for (const token of tokensOf(text)) {
    const gap = previous ? text.slice(previous.end, token.start) : '';
    const joins = run.length > 0 && /^[ \u00a0]$/.test(gap);
    if (!joins) close();
    const nameWord = token.capitalised && !NOT_NAMES.has(token.lower) && !(run.length === 0 && FUNCTION_WORDS.has(token.lower));
    if (nameWord || (run.length > 0 && CONNECTORS.has(token.text))) run.push(token);
    else close();
    previous = token;
  }
  close();
  return runs;
}

function findInRun(
  text: string,
  paragraph: number,
  run: Token[],
  gazetteer: Gazetteer,
  mentions: NameMention[],
  unknown: UnknownName[],
): void {
  // Words after a title are a person's name, except a place after "of" ("Governor of Hawaii").
  const personal = run.map(() => false);
  let inName = false;
  run.forEach((token, n) => {
    if (TITLES.has(token.lower)) inName = true;
    else if (token.text === 'of') inName = false;
    else if (inName && token.capitalised) personal[n] = true;
  });
  const inOrganisation =
    run.some((token, n) => n > 0 && ORGANISATION_WORDS.has(token.lower)) || (run.length > 1 && ORGANISATION_WORDS.has(run[0]!.lower));
  const matched = run.map(() => false);
  let found = 0;
  for (let i = 0; i < run.length;) {
    if (!run[i]!.capitalised || personal[i] || TITLES.has(run[i]!.lower)) {
      i += 1;
      continue;
    }
    const match = longestMatch(text, run, i, personal, gazetteer);
    if (!match) {
      i += 1;
      continue;
    }
    const { length, entries, demonymOf } = match;
    if (!entries.length && demonymOf === undefined) {
      // A government's seat named for the government ("the White House said"): not a place.
      for (let k = i; k < i + length; k++) matched[k] = true;
      i += length;
      continue;
    }
    const isCountry = demonymOf !== undefined || entries.some((entry) => gazetteer.places[entry]!.kind === 'country');
    const next = run[i + length];
    const before = run[i - 1];
    // "Georgia Smith", "Washington Post": a place followed by another capitalised word is part of a longer name.
    const inLongerName =
      (next !== undefined && next.capitalised && !TITLES.has(next.lower) && !PLACE_WORDS[next.lower] && demonymOf === undefined) ||
      (before !== undefined && before.capitalised && !matched[i - 1] && !TITLES.has(before.lower) && !isCountry);
    for (let k = i; k < i + length; k++) matched[k] = true;
    if ((!inLongerName || (inOrganisation && isCountry)) && (!inOrganisation || isCountry)) {
      const start = run[i]!.start;
      const end = run[i + length - 1]!.end;
      mentions.push({
        paragraph,
        start,
        end,
        text: text.slice(start, end),
        entries,
        ...(demonymOf !== undefined ? { demonymOf } : {}),
        locative: isLocative(text.slice(Math.max(0, start - 80), start), entries, gazetteer),
        inOrganisation,
      });
      found += 1;
    }
    i += length;
  }
  if (found === 0 && !inOrganisation && !personal.some(Boolean) && run.length <= 4 && !matched.some(Boolean)) {
    const start = run[0]!.start;
    const end = run[run.length - 1]!.end;
    const placeWord = run.some((token) => PLACE_WORDS[token.lower] && token.lower !== 'city' && token.lower !== 'state');
    if (placeWord || LOCATIVE.test(text.slice(Math.max(0, start - 80), start)))
      unknown.push({ paragraph, start, end, text: text.slice(start, end) });
  }
}

/** The longest span from `i` that the gazetteer (or the demonyms) knows, trying place words apart. */
function longestMatch(
  text: string,
  run: Token[],
  i: number,
  personal: boolean[],
  gazetteer: Gazetteer,
): { length: number; entries: readonly number[]; demonymOf?: string } | undefined {
  let limit = Math.min(MAX_WORDS, run.length - i);
  for (let k = 1; k < limit; k++) if (personal[i + k]) limit = k;
  for (let length = limit; length >= 1; length--) {
    const last = run[i + length - 1]!;
    if (!last.capitalised) continue;
    const words = text.slice(run[i]!.start, last.end);
    if (length === 1 && NOT_ALONE.has(last.lower)) continue;
    if (METONYMS.has(words.toLowerCase())) return { length, entries: [] };
    const demonym = gazetteer.demonyms.get(words) ?? gazetteer.demonyms.get(titleCase(words));
    if (demonym) return { length, entries: [], demonymOf: demonym };
    const entries = lookUp(gazetteer, words);
    if (entries.length) return { length, entries };
    if (length < 2) continue;
    // "Lake Malaren" → the lake "Malaren"; "Yukon River" → the river "Yukon".
    const first = PLACE_WORDS[run[i]!.lower];
    const end = PLACE_WORDS[last.lower];
    const inner = first ? text.slice(run[i + 1]!.start, last.end) : end ? text.slice(run[i]!.start, run[i + length - 2]!.end) : undefined;
    const kinds = first ?? end;
    if (inner && kinds) {
      const typed = lookUp(gazetteer, inner).filter((entry) => kinds.includes(gazetteer.places[entry]!.kind as GazetteerKind));
      if (typed.length) return { length, entries: typed };
    }
  }
  return undefined;
}

const titleCase = (words: string) =>
  words.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());

/** After "in", "outside"…, or "on" before a lake, river, island or mountain ("on Lake Malaren"). */
function isLocative(before: string, entries: readonly number[], gazetteer: Gazetteer): boolean {
  if (LOCATIVE.test(before)) return true;
  return /(?:^|\s)on\s+(?:the\s+)?$/u.test(before) && entries.some((entry) => ON_KINDS.has(gazetteer.places[entry]!.kind));
}
const ON_KINDS = new Set<GazetteerKind>(['lake', 'river', 'island', 'mountain', 'sea']);
