/** The article's credit line, shown under quotes: publisher, headline, date. */
import type { Article } from './types';

export function creditLine(article: Article | undefined): string {
  if (!article) return '';
  const date = article.date ? formatDate(article.date) : '';
  return [article.publisher, `“${article.headline}”`, date].filter((part) => part && part !== '“”').join(', ');
}

// The date is written the British way in English whatever the reader's locale, as the article
// is. Not `toLocaleDateString`: the first Intl date call in a page loads ICU's date data, some
// 20–30 ms on the main thread, and the credit line is drawn with the map's first view.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2019-01-21" → "21 January 2019"; anything else as given. */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  const day = match ? Number(match[3]) : 0;
  return match && month && day >= 1 && day <= 31 ? `${day} ${month} ${match[1]}` : isoDate;
}
