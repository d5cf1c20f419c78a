/**
 * The story page `summit-map draft` writes beside the two files: the drop-in module, the package's
 * story-page stylesheet, the article, the place list and the map. The article's words are
 * escaped: they are text in the page, never markup.
 */
import type { ArticleJson } from '../model/draft/read-article';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** `assets`: where summit-map.js and story-page.css are, relative to the page or an http(s) URL, ending in "/". */
export function storyPage(article: ArticleJson, assets = './'): string {
  const credit = [article.byline && `By ${article.byline}`, article.publisher, article.date].filter(Boolean).join(' · ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${escape(article.headline)}: the places in the story</title>
    <link rel="stylesheet" href="${escape(assets)}story-page.css" />
    <style>
      /* The page's h1 is the headline: the article's own stays for screen readers only. */
      summit-article::part(headline) {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
    </style>
    <script type="module" src="${escape(assets)}summit-map.js"></script>
  </head>
  <body>
    <nav class="skip-links" aria-label="Skip links">
      <a href="#story-map">Skip to the map</a>
      <a href="#article">Skip to the article</a>
    </nav>
    <main>
      <header>
        <p class="kicker">Map · Draft story</p>
        <h1>${escape(article.headline)}</h1>
${credit ? `        <p class="credit">${escape(credit)}</p>\n` : ''}      </header>
      <div class="story">
        <div class="reading" id="article">
          <summit-article for="story-map"></summit-article>
          <section class="places" aria-label="Places in the story">
            <summit-place-list for="story-map"></summit-place-list>
          </section>
        </div>
        <figure>
          <summit-map id="story-map" src="places.geojson" article-src="article.json" sync-hash></summit-map>
        </figure>
      </div>
      <p class="source">Drafted with summit-map: places from its offline gazetteer (GeoNames, CC BY 4.0; Natural Earth, public domain), quotes word for word from the article.</p>
    </main>
  </body>
</html>
`;
}
