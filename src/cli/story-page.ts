/**
 * The story page `summit-map draft` writes beside the two files, and the editor exports: the
 * story pages' one template (stories/page-template.html, src/pages/story-page.ts) filled for the
 * drafted article, on the drop-in module and the package's story-page stylesheet. The article's
 * words are escaped: they are text in the page, never markup.
 */
import template from '../../stories/page-template.html?raw';
import type { ArticleJson } from '../model/draft/read-article';
import { renderStoryPage } from '../pages/story-page';

/** `assets`: where summit-map.js and story-page.css are, relative to the page or an http(s) URL, ending in "/". */
export function storyPage(article: ArticleJson, assets = './'): string {
  return renderStoryPage(
    template,
    {
      title: `${article.headline}: the places in the story`,
      description: `A map of the places in “${article.headline}”, with the article's words.`,
      kicker: 'Map · Draft story',
      // The page's h1 is the article's headline, and the article names its author, publisher and
      // date under it: no credit line of the page's own to say them twice.
      headline: article.headline,
      hideArticleHeadline: true,
      map: { id: 'story-map', src: 'places.geojson', 'article-src': 'article.json', 'sync-hash': true },
      sources: [
        'Drafted with summit-map: places from its offline gazetteer (GeoNames, CC BY 4.0; Natural Earth, public domain), quotes word for word from the article.',
      ],
    },
    { stylesheet: `${assets}story-page.css`, module: `${assets}summit-map.js` },
  );
}
