/**
 * Checks a story's two files as the map will read them, in Node or anywhere: the article and the
 * places through their parsers (the same contract as the schemas; tests/model/contract.test.ts
 * keeps them equal), every quote against its paragraph, and every name and alias against the
 * text. Each problem is one line that names the place. For a quote that is not verbatim it gives
 * the first character that differs (its position and both characters) and the paragraphs where
 * the quote does appear.
 */
import { parseArticle } from '../article';
import { findMentions } from '../mentions';
import { parseStory } from '../story';
import type { Article, Place, Problem, Quote } from '../types';

/** Every problem with the story, errors first; notices (`level: 'notice'`) say what a default filled. */
export function checkStory(article: unknown, places: unknown): Problem[] {
  const problems: Problem[] = [];
  const parsedArticle = parseArticle(article);
  for (const problem of parsedArticle.problems) problems.push({ ...problem, message: `Article: ${problem.message}` });
  const story = parseStory(places);
  problems.push(...story.problems);
  const text = parsedArticle.value;
  if (text && text.paragraphs.some((paragraph) => paragraph)) {
    for (const place of story.value.places) {
      place.quotes.forEach((quote, n) => {
        const message = quoteProblem(place, quote, n, text);
        if (message) problems.push({ id: place.id, field: `quotes.${n}`, message });
      });
    }
    // The headline is part of the article: a place it alone names (the draft takes those too) is mentioned.
    const headline = text.headline ? [text.headline] : [];
    problems.push(...findMentions([...headline, ...text.paragraphs], story.value.places).problems);
  }
  return [...problems.filter((p) => p.level !== 'notice'), ...problems.filter((p) => p.level === 'notice')];
}

function quoteProblem(place: Place, quote: Quote, n: number, article: Article): string | undefined {
  const paragraph = article.paragraphs[quote.paragraph - 1];
  if (paragraph !== undefined && paragraph.includes(quote.text)) return undefined;
  const label = `"${place.name}", quote ${n + 1} ("${truncate(quote.text)}")`;
  const elsewhere = article.paragraphs.flatMap((text, index) => (text.includes(quote.text) ? [index + 1] : []));
  const found = elsewhere.length ? `; it appears word for word in ${listParagraphs(elsewhere)}` : '';
  if (paragraph === undefined)
    return `${label}: cites paragraph ${quote.paragraph}, but the article has ${article.paragraphs.length}${found}.`;
  if (elsewhere.length) return `${label}: not in paragraph ${quote.paragraph}${found}.`;
  const { at, actual } = firstDifference(quote.text, paragraph);
  const where = at === 0 ? 'its first character' : `character ${at + 1}`;
  const against = actual === undefined ? 'where the paragraph ends' : `against ${showCharacter(actual)} in the paragraph`;
  return `${label}: not word for word in paragraph ${quote.paragraph}: ${where} is ${showCharacter(quote.text[at]!)} ${against}.`;
}

/**
 * Where the quote, aligned with the paragraph as far as it will go, first differs: the longest
 * prefix of the quote found anywhere in the paragraph, and the paragraph's character after it.
 */
export function firstDifference(quote: string, paragraph: string): { at: number; actual: string | undefined } {
  let best = 0;
  let actual: string | undefined = paragraph[0];
  for (let start = 0; start < paragraph.length; start++) {
    let k = 0;
    while (k < quote.length && start + k < paragraph.length && quote[k] === paragraph[start + k]) k++;
    if (k > best) {
      best = k;
      actual = paragraph[start + k];
    }
  }
  return { at: best, actual };
}

/** "'" (U+0027): a character and its code point, which tells look-alikes apart. */
export function showCharacter(character: string): string {
  const code = character.codePointAt(0)!;
  const visible = /\s/u.test(character) ? (character === ' ' ? 'a space' : 'a white-space character') : `"${character}"`;
  return `${visible} (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
}

const listParagraphs = (numbers: number[]) =>
  numbers.length === 1 ? `paragraph ${numbers[0]}` : `paragraphs ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;

function truncate(text: string, max = 50): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
