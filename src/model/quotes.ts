/**
 * Checks every quote against the article, whenever an article is given: the paragraph must exist
 * and contain the text character for character. Quotes that fail are dropped (and reported), the
 * place stays. Without an article there is nothing to check against, and quotes are kept as given.
 */
import type { Article, Parsed, Problem, Story } from './types';

export function verifyQuotes(story: Story, article: Article | undefined): Parsed<Story> {
  if (!article) return { value: story, problems: [] };
  if (article.paragraphs.length === 0) return withoutQuotes(story);
  const problems: Problem[] = [];
  const places = story.places.map((place) => {
    const quotes = place.quotes.filter((quote) => {
      const paragraph = article.paragraphs[quote.paragraph - 1];
      if (paragraph === undefined) {
        problems.push({
          id: place.id,
          field: 'quotes',
          message: `A quote of "${place.name}" cites paragraph ${quote.paragraph}, but the article has ${article.paragraphs.length}.`,
        });
        return false;
      }
      if (!paragraph.includes(quote.text)) {
        problems.push({
          id: place.id,
          field: 'quotes',
          message: `A quote of "${place.name}" is not word for word in paragraph ${quote.paragraph}: "${truncate(quote.text)}".`,
        });
        return false;
      }
      return true;
    });
    return quotes.length === place.quotes.length ? place : { ...place, quotes };
  });
  return { value: { ...story, places }, problems };
}

/** An article without paragraphs confirms no quote: all are left out, with one problem for them all. */
function withoutQuotes(story: Story): Parsed<Story> {
  const count = story.places.reduce((sum, place) => sum + place.quotes.length, 0);
  if (count === 0) return { value: story, problems: [] };
  return {
    value: { ...story, places: story.places.map((place) => (place.quotes.length ? { ...place, quotes: [] } : place)) },
    problems: [
      { field: 'quotes', message: `The article has no paragraphs, so its ${count} quotes cannot be checked; they were left out.` },
    ],
  };
}

function truncate(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
