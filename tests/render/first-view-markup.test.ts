// The first view a story page carries before any script (src/render/first-view-markup.ts): the
// basemap it draws at the scale of its view, and its markers as the live map places them.
import { describe, expect, it } from 'vitest';
import { readJson } from '../fixtures/load';
import { STORY_PAGE_LAYOUTS } from '../../scripts/vite-story-pages-first-view';
import { firstViewMarkup } from '../../src/render/first-view-markup';
import { basemapFrom } from '../../src/render/node';
import { checkedStory } from '../../src/render/story-check';

async function markupOf(folder: string) {
  const { story, article } = await checkedStory(readJson(`${folder}/places.geojson`), readJson(`${folder}/article.json`));
  return firstViewMarkup(story, article, basemapFrom(), STORY_PAGE_LAYOUTS);
}

/** The number of vertices of the picture's land: its land-filled paths' coordinate pairs. */
const landVertices = (svg: string) =>
  [...svg.matchAll(/<path d="([^"]+)" fill="#(?:e9dcbf|f3f0e8)"/g)].reduce((sum, [, d]) => sum + d!.match(/-?[\d.]+/g)!.length / 2, 0);

describe('a story page’s first view', () => {
  it('draws a local story’s coasts from the basemap’s 1:10m tiles, not the world file’s few straight lines', async () => {
    const local = await markupOf('stories/kilauea-summit-drive');
    for (const picture of local.pictures) {
      expect(picture.view.zoom).toBeGreaterThanOrEqual(7);
      expect(landVertices(picture.svg), `zoom ${picture.view.zoom}`).toBeGreaterThan(100);
    }
  });

  it('keeps the world file for a view at a wider scale (the summit page, about zoom 6): a small page', async () => {
    const summit = await markupOf('geo');
    for (const picture of summit.pictures) expect(picture.view.zoom).toBeLessThan(7);
    expect(summit.map.length).toBeLessThan(40_000);
  });
});
