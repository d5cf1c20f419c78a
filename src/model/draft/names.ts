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
import {
  FUNCTION_WORDS,
  GENERIC_AFTER,
  LOCATIVE,
  METONYMS,
  NOT_ALONE,
  NOT_NAMES,
  ORGANISATION_WORDS,
  PART_OF,
  PART_OF_BARE,
  PART_OF_PAIRS,
  PLACE_WORDS,
  TITLES,
  US_POSTAL,
} from './words';

export interface NameMention {
  /** 1-based paragraph number; 0 for the headline. */
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
  /** The first words of a sentence, where any word is capitalised. */
  sentenceStart: boolean;
  /** "Newport, Oregon": the state or country named right after it, which says which one is meant. */
  qualifier?: string;
  /** Its kind was written with it ("Lake Malaren", "Rowan" in "Davie and Rowan Counties"). */
  typed?: boolean;
  /** It names a part of the place ("Mainland Dare", "Southern West Virginia"): the place is drafted by its own name. */
  part?: boolean;
  /** For a part: the place's words ("Dare"), by which it is grouped with the place's other mentions. */
  placeText?: string;
  /** The name right after it, after "in" or a comma ("Newfoundland" in "St. John’s in Newfoundland"): it may begin the name of its state. */
  within?: string;
  /** This mention only qualifies the one before it ("Oregon" in "Newport, Oregon"). */
  isQualifier?: boolean;
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

/** A word; an apostrophe or ʻokina inside it ("Hawai‘i", "O'ahu") keeps it whole, a possessive "'s" does not. */
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’‘ʼ-](?![sS](?![\p{L}\p{N}]))[\p{L}\p{M}\p{N}]+)*/gu;
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
/** Names of streams ("Bear Creek", "Masons Branch"), and words that say a sentence is about streams. */
const STREAM_END = /\s(?:creek|branch|run|brook|fork|river|bayou|stream)$/iu;
const TOWN_KINDS = new Set<GazetteerKind>(['capital', 'city', 'town', 'village']);
const STREAM_CONTEXT = /\b(?:streams?|creeks?|rivers?|tributar(?:y|ies)|along)\b/iu;

export function findNames(
  paragraphs: readonly string[],
  gazetteer: Gazetteer,
  headline?: string,
): { mentions: NameMention[]; unknown: UnknownName[] } {
  const mentions: NameMention[] = [];
  const unknown: UnknownName[] = [];
  const personalWords = new Set<string>();
  // The headline's names, as paragraph 0: where every word may be capitalised ("Flood Clean-Up
  // Continues in Southern West Virginia", "FLOOD WARNING FOR DAVIE"), capitals say nothing, so a
  // neighbouring capitalised word does not make a longer name, and each mention counts as a
  // sentence's first word; names it lacks are not listed for the author.
  if (headline) {
    const first = mentions.length;
    for (const run of runsOf(headline, gazetteer)) findInRun(headline, 0, run, gazetteer, mentions, [], personalWords, true);
    markQualifiers(headline, mentions.slice(first), gazetteer);
  }
  paragraphs.forEach((text, index) => {
    const first = mentions.length;
    for (const run of runsOf(text, gazetteer)) findInRun(text, index + 1, run, gazetteer, mentions, unknown, personalWords);
    markQualifiers(text, mentions.slice(first), gazetteer);
  });
  // A word that is part of a person's name anywhere ("Bell M. Shimada") names no place alone ("the Shimada").
  return { mentions: mentions.filter((mention) => mention.demonymOf !== undefined || !personalWords.has(mention.text)), unknown };
}

function tokensOf(text: string, gazetteer: Gazetteer): Token[] {
  const tokens: Token[] = [];
  // In text set in capitals ("STORM WATCHES FOR THE COAST OF NORTH CAROLINA"), "OF", "AND", "FOR"
  // are the small words they would be in lower case.
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  const shouting = upper >= 12 && upper > 4 * (text.match(/\p{Ll}/gu)?.length ?? 0);
  for (const match of text.matchAll(TOKEN)) {
    // "Russia-Ukraine", "Trump-Kim": names joined by a hyphen, unless the whole is one ("Guinea-Bissau").
    // Not an organisation's hyphenated name ("Operation Center-Atlantic").
    const parts = match[0].split('-');
    if (
      /^\p{Lu}[^-]*(?:-\p{Lu}[^-]*)+$/u.test(match[0]) &&
      !parts.some((part) => ORGANISATION_WORDS.has(part.toLowerCase())) &&
      !lookUp(gazetteer, match[0]).length
    ) {
      let at = match.index;
      for (const part of parts) {
        tokens.push({ start: at, end: at + part.length, text: part, lower: part.toLowerCase(), capitalised: true });
        at += part.length + 1;
      }
      continue;
    }
    let end = match.index + match[0].length;
    // "St. John’s", "Martha's Vineyard": an 's that the gazetteer writes as part of a name is not a possessive.
    if (/^['’]s(?![\p{L}\p{N}])/u.test(text.slice(end, end + 3)) && ownsApostrophe(text, tokens, match.index, end + 2, gazetteer)) end += 2;
    const lower = text
      .slice(match.index, end)
      .replace(/['’]s$/u, '')
      .toLowerCase();
    // "St. Louis"; and initials ("Bell M. Shimada"), which make the words around them a person's name.
    if (text[end] === '.' && (ABBREVIATIONS.has(lower) || /^\p{Lu}$/u.test(match[0]))) end += 1;
    tokens.push({
      start: match.index,
      end,
      text: text.slice(match.index, end),
      lower: lower.replace(/\.$/, ''),
      capitalised: /^\p{Lu}/u.test(match[0]) && !(shouting && (CONNECTORS.has(lower) || FUNCTION_WORDS.has(lower))),
    });
  }
  return tokens;
}

/** Whether the word ending at `end` with its 's, alone or after the one or two words before it, is a name the gazetteer knows. */
function ownsApostrophe(text: string, tokens: readonly Token[], start: number, end: number, gazetteer: Gazetteer): boolean {
  if (lookUp(gazetteer, text.slice(start, end)).length) return true;
  for (let back = 1; back <= 2 && tokens.length >= back; back++) {
    const first = tokens[tokens.length - back]!;
    if (!/^[ \u00a0]*$/u.test(text.slice(tokens[tokens.length - 1]!.end, start))) return false;
    if (lookUp(gazetteer, text.slice(first.start, end)).length) return true;
  }
  return false;
}

/** Maximal runs of capitalised words (and connectors between them) separated by spaces only. */
function runsOf(text: string, gazetteer: Gazetteer): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    while (run.length && !run[run.length - 1]!.capitalised) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  let previous: Token | undefined;
  for (const token of tokensOf(text, gazetteer)) {
    const gap = previous ? text.slice(previous.end, token.start) : '';
    const joins = run.length > 0 && /^[ \u00a0]$/.test(gap);
    if (!joins) close();
    const nameWord = token.capitalised && !NOT_NAMES.has(token.lower) && !(run.length === 0 && FUNCTION_WORDS.has(token.lower));
    if (nameWord || (run.length > 0 && !token.capitalised && CONNECTORS.has(token.lower))) run.push(token);
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
  personalWords: Set<string>,
  inHeadline = false,
): void {
  // Words after a title are a person's name, except a place after "of" ("Governor of Hawaii").
  // Words after a title are a person's name; after "of", one word is the office's place
  // ("Governor of Hawaii"), and the words after that a name again ("Secretary of State Marco Rubio").
  const personal = run.map((token) => /^\p{Lu}\.$/u.test(token.text));
  let inName = false;
  let office = false;
  run.forEach((token, n) => {
    // "Consulate General Nogales": a title after an organisation's word is part of its name, not a person's.
    if (TITLES.has(token.lower) && !(n > 0 && ORGANISATION_WORDS.has(run[n - 1]!.lower))) inName = true;
    else if (inName && token.text === 'of') office = true;
    else if (office && token.capitalised) office = false;
    else if (inName && token.capitalised) personal[n] = true;
  });
  // Initials make the whole run a person's name ("Bell M. Shimada", "Henry B. Bigelow").
  if (personal.some((p, n) => p && /^\p{Lu}\.$/u.test(run[n]!.text))) personal.fill(true);
  run.forEach((token, n) => personal[n] && token.text.length > 2 && personalWords.add(token.text));
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
    const { length, entries, demonymOf, shorten = 0, typed = false, part = 0 } = match;
    if (!entries.length && demonymOf === undefined) {
      // A government's seat named for the government ("the White House said"): not a place.
      for (let k = i; k < i + length; k++) matched[k] = true;
      i += length;
      continue;
    }
    const isCountry = demonymOf !== undefined || entries.some((entry) => gazetteer.places[entry]!.kind === 'country');
    const next = run[i + length];
    const before = run[i - 1];
    // "Georgia Smith", "Washington Post", "Gordon Gunter": a place next to another capitalised word
    // that no longer name in the gazetteer includes is part of a longer name (a person, a ship, a body).
    const postal = next && US_POSTAL[next.text];
    // A name that ends in its kind ("Kīlauea Volcano", "Davie County") is whole, whatever follows ("Erupts", "Lower East Rift Zone").
    const complete =
      length > 1 && PLACE_WORDS[run[i + length - 1]!.lower] !== undefined && !['city', 'state'].includes(run[i + length - 1]!.lower);
    const inLongerName =
      (next !== undefined &&
        !complete &&
        next.capitalised &&
        !TITLES.has(next.lower) &&
        !GENERIC_AFTER.has(next.lower) &&
        !postal &&
        demonymOf === undefined) ||
      (!inHeadline && before !== undefined && before.capitalised && !TITLES.has(before.lower) && !isCountry);
    for (let k = i; k < i + length; k++) matched[k] = true;
    // "Streams likely to flood include … Bear Creek": a stream's name in a sentence about streams names
    // a stream, not the village of that name; the gazetteer lacking the stream, it is for the author.
    const stream =
      STREAM_END.test(text.slice(run[i]!.start, run[i + length - 1]!.end)) &&
      STREAM_CONTEXT.test(text.slice(Math.max(0, text.lastIndexOf('.', run[i]!.start - 1) + 1), run[i]!.start));
    const waters = stream ? entries.filter((entry) => !TOWN_KINDS.has(gazetteer.places[entry]!.kind)) : entries;
    if (stream && !waters.length && !inLongerName) {
      unknown.push({
        paragraph,
        start: run[i]!.start,
        end: run[i + length - 1]!.end,
        text: text.slice(run[i]!.start, run[i + length - 1]!.end),
      });
      found += 1;
    } else if ((!inLongerName || (inOrganisation && isCountry)) && (!inOrganisation || isCountry)) {
      let start = run[i]!.start;
      const end = run[i + length - 1 - shorten]!.end;
      // "in The Hague": the article is part of the name where the gazetteer says so.
      if (i === 0 && text.slice(start - 4, start) === 'The ' && lookUp(gazetteer, `The ${text.slice(start, end)}`).length) start -= 4;
      mentions.push({
        paragraph,
        start,
        end,
        text: text.slice(start, end),
        entries: waters,
        ...(demonymOf !== undefined ? { demonymOf } : {}),
        locative: isLocative(text.slice(Math.max(0, start - 80), start), entries, gazetteer),
        inOrganisation,
        sentenceStart: inHeadline || /(?:^|[.!?]["”’)\]]*\s+)["“‘(]?$/u.test(text.slice(Math.max(0, start - 4), start)),
        ...(postal ? { qualifier: postal } : {}),
        ...(typed ? { typed } : {}),
        ...(part ? { part: true, placeText: text.slice(run[i + part]!.start, end) } : {}),
      });
      found += 1;
      // "Davie and Rowan Counties": the plural kind names the places listed before too.
      if (shorten) {
        for (let back = mentions.length - 2, next = mentions[mentions.length - 1]!; back >= 0; back--) {
          const earlier = mentions[back]!;
          if (earlier.paragraph !== paragraph || !/^(?:,\s*|\s+and\s+|,\s+and\s+)$/u.test(text.slice(earlier.end, next.start))) break;
          const counties = earlier.entries.filter((entry) => gazetteer.places[entry]!.kind === 'county');
          if (!counties.length) break;
          earlier.entries = counties;
          earlier.typed = true;
          next = earlier;
        }
      }
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
): { length: number; entries: readonly number[]; demonymOf?: string; shorten?: number; typed?: boolean; part?: number } | undefined {
  let limit = Math.min(MAX_WORDS, run.length - i);
  for (let k = 1; k < limit; k++) if (personal[i + k]) limit = k;
  const part = partOfMatch(text, run, i, limit, personal, gazetteer);
  if (part) return part;
  for (let length = limit; length >= 1; length--) {
    const last = run[i + length - 1]!;
    if (!last.capitalised) continue;
    const words = text.slice(run[i]!.start, last.end);
    if (length === 1 && (NOT_ALONE.has(last.lower) || last.text.length < 2)) continue;
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
      // "Davie and Rowan Counties": the plural belongs to both names; the mention is "Rowan".
      if (typed.length) return { length, entries: typed, typed: true, ...(!first && last.lower === 'counties' ? { shorten: 1 } : {}) };
    }
  }
  return undefined;
}

/**
 * "Mainland Dare", "Southeastern Buncombe County", "Northern Sangamon", "Eastern North Carolina": words
 * that say which part of a county or a state is meant, then its name. The mention is the whole span and
 * names the county or state, unless the gazetteer knows the whole span as a place ("North Dakota",
 * "Northern California"). The shortest prefix that leaves a county or a state wins ("Southern | West Virginia").
 */
function partOfMatch(
  text: string,
  run: Token[],
  i: number,
  limit: number,
  personal: boolean[],
  gazetteer: Gazetteer,
): { length: number; entries: readonly number[]; shorten?: number; typed?: boolean; part: number } | undefined {
  for (let n = 0, bare = true; n < limit - 1;) {
    const pair = `${run[i + n]!.lower} ${run[i + n + 1]?.lower ?? ''}`;
    const step = PART_OF_PAIRS.has(pair) && n + 2 < limit ? 2 : PART_OF.has(run[i + n]!.lower) ? 1 : 0;
    if (!step || !run[i + n]!.capitalised) return undefined;
    if (step === 1 && !PART_OF_BARE.has(run[i + n]!.lower)) bare = false;
    n += step;
    const rest = longestMatch(text, run, i + n, personal, gazetteer);
    if (!rest || rest.demonymOf !== undefined || lookUp(gazetteer, text.slice(run[i]!.start, run[i + n + rest.length - 1]!.end)).length)
      continue;
    const whole = rest.entries.filter((entry) => {
      const kind = gazetteer.places[entry]!.kind;
      // A county's bare name only after a word that can only say which part ("Northern Sangamon", not "Central Park").
      return kind === 'state' || (kind === 'county' && (rest.typed || bare));
    });
    if (whole.length)
      return { length: n + rest.length, entries: whole, typed: true, part: n, ...(rest.shorten ? { shorten: rest.shorten } : {}) };
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

/** "Newport, Oregon", "Antalya, Türkiye": a state or country right after a name, set off by a comma, says which one is meant. */
function markQualifiers(text: string, mentions: NameMention[], gazetteer: Gazetteer): void {
  for (let n = 1; n < mentions.length; n++) {
    const place = mentions[n - 1]!;
    const qualifier = mentions[n]!;
    // "St. John’s in Newfoundland", "St. John’s, Newfoundland": the words after may begin the name of
    // the state it lies in ("Newfoundland and Labrador") though the gazetteer knows them as something else.
    // Not in a list ("include Springfield, Virginia, Sherman").
    const gap = text.slice(place.end, qualifier.start);
    const listed = gap === ', ' && mentions[n + 1] !== undefined && text.slice(qualifier.end, mentions[n + 1]!.start) === ', ';
    if ((gap === ' in ' || (gap === ', ' && !listed)) && place.demonymOf === undefined && qualifier.demonymOf === undefined)
      place.within = qualifier.text;
    if (text.slice(place.end, qualifier.start) !== ', ' || place.demonymOf !== undefined || qualifier.demonymOf !== undefined) continue;
    // "include Springfield, Virginia, Sherman, Riverton": a list of places, not Springfield in Virginia.
    const after = mentions[n + 1];
    if (
      after &&
      text.slice(qualifier.end, after.start) === ', ' &&
      !after.entries.some((entry) => ['state', 'country'].includes(gazetteer.places[entry]!.kind))
    )
      continue;
    const kinds = qualifier.entries.map((entry) => gazetteer.places[entry]!.kind);
    if (!kinds.includes('state') && !kinds.includes('country')) continue;
    place.qualifier = qualifier.text;
    qualifier.isQualifier = true;
    qualifier.entries = qualifier.entries.filter((entry) => ['state', 'country'].includes(gazetteer.places[entry]!.kind));
  }
}
