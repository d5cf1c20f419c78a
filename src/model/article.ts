/** Parses and validates the article JSON that quotes cite. */
import { badTextFields, isHttpUrl, isIsoDate, isNonEmptyString, isObject, textOf } from './json-guards';
import type { Article, Parsed, Problem } from './types';

export function parseArticle(input: unknown): Parsed<Article | undefined> {
  if (!isObject(input)) {
    return { value: undefined, problems: [{ message: 'The article is not a JSON object.' }] };
  }
  const problems: Problem[] = [];
  const report = (field: string, message: string) => problems.push({ field, message });
  const raw = Array.isArray(input.paragraphs) ? input.paragraphs : [];
  if (raw.length === 0) report('paragraphs', 'The article has no paragraphs, so quotes cannot be checked.');
  // A paragraph that is not text stays as an empty one, so the numbers that quotes cite still hold.
  const paragraphs = raw.map((paragraph, n) => {
    if (isNonEmptyString(paragraph)) return paragraph;
    report(`paragraphs.${n}`, `Paragraph ${n + 1} of the article is empty or not text.`);
    return '';
  });
  if (!isNonEmptyString(input.headline)) report('headline', 'The article has no headline.');
  for (const field of badTextFields(input, ['byline', 'publisher', 'copyright'])) report(field, `The article's ${field} is not text.`);
  if (input.date !== undefined && !isIsoDate(input.date))
    report('date', `The article date "${String(input.date)}" is not an ISO date such as 2019-01-21.`);
  const url = isHttpUrl(input.url) ? input.url : undefined;
  if (input.url !== undefined && !url) report('url', 'The article link is not an http(s) address, so it is not shown.');
  return {
    value: {
      headline: textOf(input.headline),
      byline: textOf(input.byline),
      publisher: textOf(input.publisher),
      date: isIsoDate(input.date) ? input.date : '',
      url,
      paragraphs,
      subheads: parseSubheads(input.subheads, paragraphs.length, report),
      credit: textOf(input.copyright) || undefined,
    },
    problems,
  };
}

function parseSubheads(value: unknown, paragraphCount: number, report: (field: string, message: string) => void): Article['subheads'] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    report('subheads', 'The article\'s "subheads" are not a list.');
    return [];
  }
  return value.flatMap((item, n) => {
    const beforeParagraph = isObject(item) ? item.beforeParagraph : undefined;
    if (isObject(item) && isNonEmptyString(item.text) && Number.isInteger(beforeParagraph)) {
      const before = beforeParagraph as number;
      if (before >= 1 && before <= paragraphCount) return [{ text: item.text.trim(), beforeParagraph: before }];
    }
    report(`subheads.${n}`, `Subhead ${n + 1} needs "text" and "beforeParagraph", a paragraph number from 1 to ${paragraphCount}.`);
    return [];
  });
}
