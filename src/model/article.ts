/** Parses and validates the article JSON that quotes cite. */
import type { Article, Parsed } from './types';
import { safeHttpUrl } from './urls';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseArticle(input: unknown): Parsed<Article | undefined> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { value: undefined, problems: [{ message: 'The article is not a JSON object.' }] };
  }
  const raw = input as Record<string, unknown>;
  const text = (field: string) => (typeof raw[field] === 'string' ? (raw[field] as string).trim() : '');
  const problems = [];
  const paragraphs = Array.isArray(raw.paragraphs) ? raw.paragraphs.filter((p): p is string => typeof p === 'string') : [];
  if (paragraphs.length === 0)
    problems.push({ field: 'paragraphs', message: 'The article has no paragraphs, so quotes cannot be checked.' });
  if (!text('headline')) problems.push({ field: 'headline', message: 'The article has no headline.' });
  const date = text('date');
  if (date && !ISO_DATE.test(date))
    problems.push({ field: 'date', message: `The article date "${date}" is not an ISO date such as 2019-01-21.` });
  const url = raw.url === undefined ? undefined : safeHttpUrl(raw.url);
  if (raw.url !== undefined && !url)
    problems.push({ field: 'url', message: 'The article link is not an http(s) address, so it is not shown.' });
  return {
    value: {
      headline: text('headline'),
      byline: text('byline'),
      publisher: text('publisher'),
      date: ISO_DATE.test(date) ? date : '',
      url,
      paragraphs,
      subheads: parseSubheads(raw.subheads, paragraphs.length),
      credit: text('copyright') || undefined,
    },
    problems,
  };
}

function parseSubheads(value: unknown, paragraphCount: number): Article['subheads'] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    if (typeof item !== 'object' || item === null) return [];
    const { text, beforeParagraph } = item as Record<string, unknown>;
    const valid = typeof text === 'string' && text.trim() && Number.isInteger(beforeParagraph) && (beforeParagraph as number) >= 1;
    return valid && (beforeParagraph as number) <= paragraphCount
      ? [{ text: text.trim(), beforeParagraph: beforeParagraph as number }]
      : [];
  });
}
