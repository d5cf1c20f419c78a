import { test } from 'vitest';
import { writeFileSync } from 'node:fs';
import { readJson } from '../fixtures/load';
import { renderStory } from '../../src/render/node';
test('try', async () => {
  for (const theme of ['light', 'dark'] as const) {
    const t = performance.now();
    const png = await renderStory({ places: readJson('geo/places.geojson'), article: readJson('geo/article.json'), theme });
    console.log(theme, png.data.length, performance.now() - t);
    writeFileSync(`/tmp/rtool/card-${theme}.png`, png.data);
  }
  const svg = await renderStory({ places: readJson('geo/places.geojson'), article: readJson('geo/article.json'), format: 'svg' });
  writeFileSync('/tmp/rtool/card.svg', svg.data);
  console.log(svg.data.length, svg.markers);
  const a = await renderStory({
    places: readJson('stories/seascape-alaska/places.geojson'),
    article: readJson('stories/seascape-alaska/article.json'),
  });
  writeFileSync('/tmp/rtool/alaska.png', a.data);
}, 60000);
