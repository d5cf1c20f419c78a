/**
 * Reads an article as an author has it, plain text or HTML, into the article JSON that quotes cite
 * (geo/article.schema.json). Plain text: the headline on the first line, then paragraphs separated
 * by blank lines, or by single newlines as a paste from a CMS has them; a "By …" line, a date
 * line, a dateline on a line of its own, "Read more:" lines, subheads and a copyright line are
 * recognised and kept apart. Nothing is invented: byline, date and publisher are set only where
 * the text states them. Paragraph text is the text as written (hard-wrapped lines joined by a
 * space), so every quote taken from it is verbatim.
 */
import type { Problem } from '../types';
import { htmlText, looksLikeHtml, type TextBlock } from './html-text';
import { inputProblem, scriptNotice } from './input-checks';

/** The article file, as geo/article.schema.json describes it. */
export interface ArticleJson {
  headline: string;
  byline?: string;
  publisher?: string;
  /** ISO date, where the text states one. */
  date?: string;
  paragraphs: string[];
  subheads?: { text: string; beforeParagraph: number }[];
  /** "Read more:" and similar lines: links to other stories, not paragraphs. */
  related?: string[];
  copyright?: string;
}

export interface ReadArticle {
  /** Undefined when nothing usable was read; `problems` then says why. */
  article: ArticleJson | undefined;
  /** Errors (article undefined) or notices about what was dropped or cannot be drafted. */
  problems: Problem[];
}

export function readArticle(input: string): ReadArticle {
  const fatal = inputProblem(input);
  if (fatal) return { article: undefined, problems: [fatal] };
  const problems: Problem[] = [];
  let blocks: TextBlock[];
  if (looksLikeHtml(input)) {
    const html = htmlText(input);
    blocks = html.blocks;
    const notice = scriptNotice(html.scripts, html.handlers);
    if (notice) problems.push(notice);
  } else {
    blocks = textBlocks(input);
  }
  const article = assemble(blocks);
  if (!article) return { article: undefined, problems: [...problems, { message: 'The article has no text to read.' }] };
  if (article.paragraphs.length === 0) {
    problems.push({ field: 'paragraphs', message: 'The article has a headline but no paragraphs under it, so there is nothing to quote.' });
    return { article: undefined, problems };
  }
  return { article, problems };
}

/** Plain text → headline, then blocks: blank lines separate them, and single newlines between paragraphs. */
function textBlocks(input: string): TextBlock[] {
  const lines = input
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''));
  const first = lines.findIndex((line) => line.trim());
  if (first < 0) return [];
  const blocks: TextBlock[] = [{ kind: 'headline', text: lines[first]!.trim() }];
  let group: string[] = [];
  const flush = () => {
    for (const text of splitGroup(group)) blocks.push({ kind: 'text', text });
    group = [];
  };
  let indent = 0;
  for (const line of lines.slice(first + 1)) {
    if (!line.trim()) {
      flush();
      continue;
    }
    // A hanging indent continues the line above ("- A watch is in effect for" / "      Carteret, Dare").
    const own = line.length - line.trimStart().length;
    const last = group.length - 1;
    if (last >= 0 && own > indent && !ENDS_SENTENCE.test(group[last]!)) group[last] += ` ${line.trim()}`;
    else {
      group.push(line.trim());
      indent = own;
    }
  }
  flush();
  return blocks;
}

/**
 * Lines with no blank line between them: one hard-wrapped paragraph (most lines end mid-sentence),
 * or one paragraph a line (a paste from a CMS, where every line ends a sentence).
 */
function splitGroup(group: string[]): string[] {
  if (group.length <= 1) return group;
  const inner = group.slice(0, -1);
  const wrapped = inner.filter((line) => !ENDS_SENTENCE.test(line)).length;
  // Short lines (an address, a dateline block) are lines of their own even without punctuation.
  const long = inner.filter((line) => line.length >= 50).length;
  return wrapped * 2 > inner.length && long * 2 > inner.length ? [group.join(' ')] : group;
}

const ENDS_SENTENCE = /[.!?:"”’)\]…]$/u;
const BYLINE = /^By\s+(\p{Lu}[^\n]{1,140})$/u;
const RELATED = /^(read more|more from|related|see also|also read|read also|watch|listen)\b\s*[:：]/iu;
const COPYRIGHT = /^(©|\(c\)\s|copyright\b)/iu;
/** "(Bloomberg) —", "WASHINGTON (Reuters) -": the publisher the text itself names. */
const AGENCY = /^(?:\p{Lu}[\p{L}\p{M} .,'’-]{0,60}\s)?\(([\p{Lu}][\p{L}&.' ]{1,40})\)\s*[—–-]/u;
/** A dateline alone on its line: "HANOI, Vietnam —" or "HANOI —". */
const DATELINE = /^[\p{Lu}][\p{Lu}\p{M} .'’-]+(,\s*[\p{L} .]+)?\s*[—–-]+$/u;

function assemble(blocks: TextBlock[]): ArticleJson | undefined {
  const headlineAt = blocks.findIndex((block) => block.kind === 'headline');
  const headline = (headlineAt >= 0 ? blocks[headlineAt] : blocks[0])?.text;
  if (!headline) return undefined;
  const body = blocks.filter((_, n) => n !== (headlineAt >= 0 ? headlineAt : 0));
  const article: ArticleJson = { headline, paragraphs: [] };
  const subheads: { text: string; beforeParagraph: number }[] = [];
  const related: string[] = [];
  let pendingSubhead: string | undefined;
  let pendingDateline: string | undefined;
  body.forEach((block, n) => {
    const text = block.text;
    const early = article.paragraphs.length === 0;
    if (block.kind === 'subhead' || (block.kind === 'headline' && !early)) {
      pendingSubhead = text;
      return;
    }
    if (block.kind === 'headline') return;
    if (early && !article.byline && BYLINE.test(text)) {
      article.byline = BYLINE.exec(text)![1]!
        .replace(/\s*[|·•]\s*.*$/u, '')
        .trim();
      return;
    }
    if (early && !article.date) {
      const date = isoDateOf(text);
      if (date) {
        article.date = date;
        return;
      }
    }
    if (RELATED.test(text)) return void related.push(text);
    if (COPYRIGHT.test(text)) {
      article.copyright = text;
      return;
    }
    if (DATELINE.test(text) && text.length < 60) {
      pendingDateline = text;
      return;
    }
    if (isSubhead(text, body[n + 1]) && !early) {
      pendingSubhead = text;
      return;
    }
    const paragraph = pendingDateline ? `${pendingDateline} ${text}` : text;
    pendingDateline = undefined;
    article.paragraphs.push(paragraph);
    if (pendingSubhead) subheads.push({ text: pendingSubhead, beforeParagraph: article.paragraphs.length });
    pendingSubhead = undefined;
  });
  const agency = article.paragraphs[0] && AGENCY.exec(article.paragraphs[0]);
  if (agency) article.publisher = agency[1]!.trim();
  if (subheads.length) article.subheads = subheads;
  if (related.length) article.related = related;
  // The keys in the schema's order, for a readable file.
  const { byline, publisher, date, paragraphs, copyright } = article;
  return JSON.parse(
    JSON.stringify({ headline, byline, publisher, date, paragraphs, subheads: article.subheads, related: article.related, copyright }),
  ) as ArticleJson;
}

/** A short line without sentence punctuation, followed by more text: a subhead. */
function isSubhead(text: string, next: TextBlock | undefined): boolean {
  if (!next || next.kind !== 'text') return false;
  const words = text.split(/\s+/).length;
  return text.length <= 70 && words <= 10 && /^[\p{Lu}\p{N}]/u.test(text) && !/[.!?,;:"”…]$/u.test(text);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?';
const LEAD =
  '^(?:(?:published|updated|posted|last updated|date)\\s*(?:on\\s*)?:?\\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s*)?';
const TAIL = '(?:[,\\s]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}.*)?$';
const MDY = new RegExp(`${LEAD}${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})${TAIL}`, 'i');
const DMY = new RegExp(`${LEAD}(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})${TAIL}`, 'i');
const ISO = new RegExp(`${LEAD}(\\d{4})-(\\d{2})-(\\d{2})(?:[T\\s].*)?$`, 'i');

/** A line that is only a date (perhaps with a weekday, "Updated" or a time): its ISO date. */
export function isoDateOf(line: string): string | undefined {
  const text = line.trim();
  if (text.length > 80) return undefined;
  let year: number, month: number, day: number;
  let match = ISO.exec(text);
  if (match) [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = MDY.exec(text)))
    [year, month, day] = [Number(match[3]), MONTHS.indexOf(match[1]!.slice(0, 3).toLowerCase()) + 1, Number(match[2])];
  else if ((match = DMY.exec(text)))
    [year, month, day] = [Number(match[3]), MONTHS.indexOf(match[2]!.slice(0, 3).toLowerCase()) + 1, Number(match[1])];
  else return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}
