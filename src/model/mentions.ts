/**
 * Finds where the article mentions each place (its name or an alias, as whole words), so the
 * article can mark every mention as a control and a popup can list "¶2, ¶5". Pure: no DOM.
 */
import type { Place, Problem } from './types';

/** One mention of a place: UTF-16 offsets into paragraph `paragraph` (1-based). */
export interface Mention {
  placeId: string;
  paragraph: number;
  start: number;
  end: number;
  /** The words as written in the article: `paragraphs[paragraph - 1].slice(start, end)`. */
  text: string;
}

/** A place's name or one of its aliases, ready to search for. */
interface Term {
  placeIndex: number;
  /** The words as given in the data, for problems. */
  words: string;
  /** The term in each Unicode form it may be stored in, split at whitespace. */
  forms: string[][];
}

interface Candidate {
  placeIndex: number;
  start: number;
  end: number;
}

/** A run of letters and digits of any script: what "whole word" is measured against. */
const WORD = /[\p{L}\p{N}]+/gu;
const FIRST_WORD = /^[\p{L}\p{N}]+/u;
const STARTS_WITH_WORD = /^[\p{L}\p{N}]/u;
const WHITESPACE = /\s+/uy;
const WORD_HERE = /[\p{L}\p{N}]+/uy;

/** The word that follows whitespace at `at`, if any. */
function wordAfterSpace(text: string, at: number): string | undefined {
  WHITESPACE.lastIndex = at;
  if (!WHITESPACE.test(text)) return undefined;
  WORD_HERE.lastIndex = WHITESPACE.lastIndex;
  return WORD_HERE.exec(text)?.[0];
}

/**
 * Finds every mention of every place, sorted by paragraph then offset. Terms match
 * case-sensitively as whole words: never next to a letter or digit of any script, so "Hanoi"
 * is found in "Hanoi’s" and "(Hanoi)" but not in "Hanoians". Where matches overlap, the longest
 * wins; between equally long matches, the earlier one, then the place listed first.
 *
 * Linear in the places and the text: terms are indexed by their first word, and at each word of
 * the text only the terms starting with that word are compared, as plain strings (a regular
 * expression per term would cost milliseconds each to compile).
 */
export function findMentions(paragraphs: readonly string[], places: readonly Place[]): { mentions: Mention[]; problems: Problem[] } {
  if (paragraphs.length === 0) {
    return { mentions: [], problems: [{ field: 'paragraphs', message: 'The article has no paragraphs, so no place can be found in it.' }] };
  }
  const termsByPlace = places.map((place, placeIndex) => termsOf(place, placeIndex));
  const { byFirstWord, others } = indexTerms(termsByPlace);
  const found = new Set<Term>();
  const mentions: Mention[] = [];
  paragraphs.forEach((text, index) => {
    const candidates: Candidate[] = [];
    const add = (term: Term, start: number, end: number) => {
      candidates.push({ placeIndex: term.placeIndex, start, end });
      found.add(term);
    };
    const tryAll = (entries: readonly Entry[], start: number) => {
      for (const { term, parts } of entries) {
        const end = matchAt(text, start, parts);
        if (end > 0) add(term, start, end);
      }
    };
    for (const word of text.matchAll(WORD)) {
      const bucket = byFirstWord.get(word[0]);
      if (!bucket) continue;
      tryAll(bucket.rest, word.index);
      const second = bucket.bySecondWord && wordAfterSpace(text, word.index + word[0].length);
      if (second) tryAll(bucket.bySecondWord!.get(second) ?? [], word.index);
    }
    for (const term of others) for (const { start, end } of matchesOf(term, text)) add(term, start, end);
    for (const { placeIndex, start, end } of resolveOverlaps(candidates, text.length)) {
      mentions.push({ placeId: places[placeIndex]!.id, paragraph: index + 1, start, end, text: text.slice(start, end) });
    }
  });
  return { mentions, problems: problemsOf(places, termsByPlace, found, mentions) };
}

/**
 * Where `parts` (words of a term) match `text` at `start`, whitespace between them matching any
 * run of whitespace: the end of the match, or -1. `start` begins a word, so only the end needs
 * checking for a letter or digit next to it.
 */
function matchAt(text: string, start: number, parts: readonly string[]): number {
  let at = start;
  for (let k = 0; k < parts.length; k++) {
    if (k > 0) {
      WHITESPACE.lastIndex = at;
      if (!WHITESPACE.test(text)) return -1;
      at = WHITESPACE.lastIndex;
    }
    if (!text.startsWith(parts[k]!, at)) return -1;
    at += parts[k]!.length;
  }
  return at < text.length && STARTS_WITH_WORD.test(text.slice(at, at + 2)) ? -1 : at;
}

type Entry = { term: Term; parts: string[] };
/**
 * The terms that start with one word. Terms whose first part is that word alone, followed by
 * another word ("Lake Malaren", "Lake Hoan Kiem"), are also keyed by that second word, so a
 * common first word does not make every place that starts with it a candidate.
 */
interface Bucket {
  rest: Entry[];
  bySecondWord?: Map<string, Entry[]>;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Terms by the first word of each of their forms; terms that start with no letter or digit apart. */
function indexTerms(termsByPlace: readonly Term[][]): { byFirstWord: Map<string, Bucket>; others: Term[] } {
  const byFirstWord = new Map<string, Bucket>();
  const others: Term[] = [];
  for (const terms of termsByPlace) {
    for (const term of terms) {
      const firstWords = term.forms.map((parts) => FIRST_WORD.exec(parts[0]!)?.[0]);
      if (firstWords.includes(undefined)) {
        others.push(term);
        continue;
      }
      term.forms.forEach((parts, n) => {
        const word = firstWords[n]!;
        let bucket = byFirstWord.get(word);
        if (!bucket) byFirstWord.set(word, (bucket = { rest: [] }));
        const second = parts[0] === word && parts.length > 1 ? FIRST_WORD.exec(parts[1]!)?.[0] : undefined;
        if (second) push((bucket.bySecondWord ??= new Map()), second, { term, parts });
        else bucket.rest.push({ term, parts });
      });
    }
  }
  return { byFirstWord, others };
}

/** Where mentions are looked up by place or by paragraph many times, index them once. */
export function indexMentions(mentions: readonly Mention[]): { byPlace: Map<string, Mention[]>; byParagraph: Map<number, Mention[]> } {
  const byPlace = new Map<string, Mention[]>();
  const byParagraph = new Map<number, Mention[]>();
  for (const mention of mentions) {
    push(byPlace, mention.placeId, mention);
    push(byParagraph, mention.paragraph, mention);
  }
  return { byPlace, byParagraph };
}

/** The sorted 1-based numbers of the paragraphs that mention a place, each once. */
export function paragraphsMentioning(mentions: readonly Mention[], placeId: string): number[] {
  const paragraphs = new Set(mentions.filter((mention) => mention.placeId === placeId).map((mention) => mention.paragraph));
  return [...paragraphs].sort((a, b) => a - b);
}

/** The ids of the places a paragraph mentions, each once, in the order they are first mentioned. */
export function placesInParagraph(mentions: readonly Mention[], paragraph: number): string[] {
  const inParagraph = mentions.filter((mention) => mention.paragraph === paragraph).sort((a, b) => a.start - b.start);
  return [...new Set(inParagraph.map((mention) => mention.placeId))];
}

/*
 * Sentences are split by rule rather than with Intl.Segmenter: in Node 20, Intl.Segmenter
 * ('sentence') breaks this article's ¶10 after "the Special U.S." (before "Representative") and
 * breaks "Michael R. Pompeo" after the initial. The rule: a sentence ends at . ? or !, optionally
 * followed by closing quotes or brackets, then whitespace, or at the end of the paragraph; a
 * period never ends a sentence after initials ("U.S.", "R.") or a title ("Mr.", "Gen."), and
 * "2.5" or "U.S.’s" never break since no whitespace follows the period.
 */
const SENTENCE_END = /[.?!][”’"')\]]*(?=\s)/gu;
const INITIALS = /(?:^|[^\p{L}\p{N}.])(?:\p{Lu}\.)+$/u;
const TITLES = /(?:^|[^\p{L}\p{N}])(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Adm|Sgt|Rev|Hon|St|Jr|Sr)\.$/u;

/**
 * The sentence that contains `offset`, as UTF-16 offsets into `paragraph`, without the
 * whitespace around it. An offset in the space between two sentences belongs to the first.
 */
export function sentenceAt(paragraph: string, offset: number): { start: number; end: number } {
  const at = Math.min(Math.max(0, Math.trunc(offset) || 0), paragraph.length);
  let start = 0;
  let end = paragraph.length;
  for (const match of paragraph.matchAll(SENTENCE_END)) {
    const stop = match.index + match[0].length;
    if (!endsSentence(paragraph, match.index)) continue;
    const next = stop + (/^\s*/u.exec(paragraph.slice(stop))?.[0].length ?? 0);
    if (at < next) {
      end = stop;
      break;
    }
    start = next;
  }
  return trimmed(paragraph, start, end);
}

/** Whether the . ? or ! at `index` ends a sentence. */
function endsSentence(paragraph: string, index: number): boolean {
  if (paragraph[index] !== '.') return true;
  const before = paragraph.slice(0, index + 1);
  return !INITIALS.test(before) && !TITLES.test(before);
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/u.test(text[start]!)) start += 1;
  while (end > start && /\s/u.test(text[end - 1]!)) end -= 1;
  return { start, end };
}

/** The same words may be stored composed ("ä") or decomposed ("a" + combining diaeresis); ASCII has one form. */
const formsOf = (term: string) =>
  /^[\x20-\x7e]*$/.test(term) ? [term] : [...new Set([term, term.normalize('NFC'), term.normalize('NFD')])];

/** A place's name and aliases, each once. */
function termsOf(place: Place, placeIndex: number): Term[] {
  const name = place.name.trim();
  const words = place.aliases.length ? [...new Set([name, ...place.aliases.map((term) => term.trim())])] : [name];
  return words
    .filter((term) => term.length > 0)
    .map((term) => ({ placeIndex, words: term, forms: formsOf(term).map((form) => form.split(/\s+/u)) }));
}

/** Escapes the characters that have a meaning in a regular expression (valid with the `u` flag). */
function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** Every match of a term that starts with no letter or digit (rare), overlapping ones included. */
function matchesOf(term: Term, text: string): { start: number; end: number }[] {
  const matches: { start: number; end: number }[] = [];
  const source = term.forms.map((parts) => parts.map(escapeRegExp).join('\\s+')).join('|');
  const search = new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'gu');
  for (let match = search.exec(text); match !== null; match = search.exec(text)) {
    matches.push({ start: match.index, end: match.index + match[0].length });
    search.lastIndex = match.index + 1;
  }
  return matches;
}

/**
 * Keeps the longest matches (then the earliest, then the first place) so that none overlap; sorted
 * by offset. Which characters are taken is kept per character, so each check costs its own length.
 */
function resolveOverlaps(candidates: Candidate[], length: number): Candidate[] {
  const byPriority = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.placeIndex - b.placeIndex,
  );
  const taken = new Uint8Array(length);
  const kept: Candidate[] = [];
  for (const candidate of byPriority) {
    if (taken.subarray(candidate.start, candidate.end).includes(1)) continue;
    taken.fill(1, candidate.start, candidate.end);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function problemsOf(
  places: readonly Place[],
  termsByPlace: readonly Term[][],
  found: ReadonlySet<Term>,
  mentions: readonly Mention[],
): Problem[] {
  const problems: Problem[] = [];
  const mentioned = new Set(mentions.map((mention) => mention.placeId));
  places.forEach((place, placeIndex) => {
    const own = termsByPlace[placeIndex]!;
    if (!mentioned.has(place.id)) {
      const message = own.some((term) => found.has(term))
        ? `"${place.name}" is never marked in the article: its name and aliases only appear inside longer mentions of other places.`
        : `"${place.name}" is never mentioned in the article: neither its name nor its aliases are found.`;
      problems.push({ id: place.id, field: 'name', message });
      return;
    }
    const name = place.name.trim();
    for (const term of own) {
      if (term.words !== name && !found.has(term)) {
        problems.push({
          id: place.id,
          field: 'aliases',
          message: `The alias "${term.words}" of "${place.name}" is not found in the article.`,
        });
      }
    }
  });
  return problems;
}
