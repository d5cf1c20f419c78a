/**
 * The two lines a page needs to show an exported story: the drop-in module, then the map with the
 * two files beside the page. (The exported story page is `storyPage`, src/cli/story-page.ts, the
 * one `summit-map draft` writes.)
 */
export const EMBED_SNIPPET =
  '<script type="module" src="summit-map.js"></script>\n<summit-map src="places.geojson" article-src="article.json"></summit-map>';
