/** The article's credit line, shown under quotes: publisher, headline, date. */
import type { Article } from './types';

export function creditLine(article: Article | undefined): string {
  if (!article) return '';
  const date = article.date ? formatDate(article.date) : '';
  return [article.publisher, `“${article.headline}”`, date].filter((part) => part && part !== '“”').join(', ');
}

export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  return Number.isNaN(date.getTime())
    ? isoDate
    : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
