/** What makes an input unusable as an article, told in plain words before anything is parsed. */
import type { Problem } from '../types';

/** An article longer than this is refused: a long feature is about 50,000 characters. */
export const MAX_ARTICLE_CHARACTERS = 1_000_000;

/** The first thing that makes `input` unreadable as an article, if any. */
export function inputProblem(input: string): Problem | undefined {
  if (!input.trim()) return { message: 'The article is empty: there is no text to draft a story from.' };
  if (input.length > MAX_ARTICLE_CHARACTERS) {
    const size = (input.length / 1e6).toFixed(1);
    return {
      message: `The text is ${size} million characters long; an article up to 1 million is read (a long feature is about 50,000). Is this the right file?`,
    };
  }
  if (input.startsWith('%PDF-')) return { message: 'This is a PDF file, not text: copy the article’s text out of it, or save it as text.' };
  const sample = input.slice(0, 100_000);
  // eslint-disable-next-line no-control-regex -- control characters are what tells binary data
  const control = (sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  if (sample.includes('\u0000') || control > sample.length / 100) {
    return {
      message:
        'This is not text: it looks like binary data (an image, a word-processor file or an archive). Save the article as plain text or HTML.',
    };
  }
  return undefined;
}

/** A notice that scripts and event handlers were found and dropped, if there were any. */
export function scriptNotice(scripts: number, handlers: number): Problem | undefined {
  if (scripts === 0 && handlers === 0) return undefined;
  const parts = [
    scripts && `${scripts} script${scripts === 1 ? '' : 's'}`,
    handlers && `${handlers} event handler${handlers === 1 ? '' : 's'} or script link${handlers === 1 ? '' : 's'}`,
  ];
  return {
    level: 'notice',
    message: `The HTML had ${parts.filter(Boolean).join(' and ')}; only its text was read, so none of them ran or is kept.`,
  };
}

/** The script most letters of the text are in, when that is not Latin: its names cannot be looked up. */
export function nonLatinScript(text: string): string | undefined {
  const scripts: [string, RegExp][] = [
    ['Cyrillic', /\p{Script=Cyrillic}/gu],
    ['Greek', /\p{Script=Greek}/gu],
    ['Arabic', /\p{Script=Arabic}/gu],
    ['Hebrew', /\p{Script=Hebrew}/gu],
    ['Han (Chinese characters)', /\p{Script=Han}/gu],
    ['Japanese kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
    ['Hangul (Korean)', /\p{Script=Hangul}/gu],
    ['Devanagari', /\p{Script=Devanagari}/gu],
    ['Thai', /\p{Script=Thai}/gu],
  ];
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  let best: [string, number] | undefined;
  for (const [name, pattern] of scripts) {
    const count = (text.match(pattern) ?? []).length;
    if (count > latin && (!best || count > best[1])) best = [name, count];
  }
  return best?.[0];
}
