/**
 * What the editor exports besides the two data files: a story page that shows them, and the
 * two-line snippet that embeds the map in a page. The page is text built from the article's
 * words, each escaped, so nothing in the article can become markup. Pure: no DOM.
 */
import { isObject, type Json } from './json-guards';

/** The two lines a page needs: the drop-in module, then the map with the two files beside the page. */
export const EMBED_SNIPPET =
  '<script type="module" src="summit-map.js"></script>\n<summit-map src="places.geojson" article-src="article.json"></summit-map>';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);

const text = (object: Json, key: string) => (typeof object[key] === 'string' ? (object[key] as string).trim() : '');

/**
 * A story page for the two files: the headline, the map, the article with its mentions marked and
 * the list of places. It loads `summit-map.js` from beside it (copy the package's dist/summit-map.js,
 * its summit-map-*.js siblings and summit-map-basemap/ there).
 */
export function storyPageHtml(article: Json, places: Json): string {
  const headline = text(article, 'headline') || 'Map of the story';
  const story = isObject(places.story) ? places.story : {};
  const title = text(story, 'title') || headline;
  const credit = [text(article, 'publisher'), text(article, 'byline'), text(article, 'date')].filter(Boolean).join(' · ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
    <style>
      body { margin: 0; font: 1rem/1.5 system-ui, sans-serif; color: #16181a; background: #fff; }
      main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
      .story { display: grid; gap: 1.5rem; }
      summit-map { --summit-map-height: 70vh; }
      @media (min-width: 60rem) {
        .story { grid-template-columns: minmax(0, 1fr) minmax(0, 1.3fr); align-items: start; }
        figure { position: sticky; top: 1rem; }
      }
      figure { margin: 0; }
    </style>
    <script type="module" src="summit-map.js"></script>
  </head>
  <body>
    <main>
      <h1>${escapeHtml(title)}</h1>
${credit ? `      <p>${escapeHtml(credit)}</p>\n` : ''}      <div class="story">
        <div>
          <summit-article for="story-map"></summit-article>
          <summit-place-list for="story-map"></summit-place-list>
        </div>
        <figure>
          <summit-map id="story-map" src="places.geojson" article-src="article.json"></summit-map>
        </figure>
      </div>
    </main>
  </body>
</html>
`;
}
