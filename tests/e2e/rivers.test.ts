// Context at local scale, offline: zoomed in, the basemap's detail tiles draw Natural Earth's 1:10m
// rivers and lake centre lines (here the Red River, "Hong", below Hanoi at zoom 8) in the water
// colour, on the land they cross. The first view of a story at region scale or wider draws from the
// world file only, which has no rivers (tests/e2e/size.test.ts holds its bytes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { e2eSession, placesIn } from './browser';
import { ROOT } from './serve';

const HANOI: [number, number] = [105.8542, 21.0285];
const ZOOM = 8;
interface Rivers {
  features: { properties: { name: string }; geometry: { type: string; coordinates: number[][] | number[][][] } }[];
}
// Read from disk: a 5 MB source is not one for tests/fixtures/load.ts to bundle into every test project.
const rivers = JSON.parse(readFileSync(join(ROOT, 'geo/source/natural-earth/ne_10m_rivers_lake_centerlines.json'), 'utf8')) as Rivers;
/** Points of the Hong 15–60 km from Hanoi: inland, away from the marker, inside a 1280 × 900 view at zoom 8. */
const hong = rivers.features
  .filter((feature) => feature.properties.name === 'Hong')
  .flatMap((feature) =>
    feature.geometry.type === 'LineString' ? [feature.geometry.coordinates as number[][]] : (feature.geometry.coordinates as number[][][]),
  )
  .flat()
  .filter(([lon, lat]) => {
    const km = Math.hypot((lon! - HANOI[0]) * Math.cos((21 * Math.PI) / 180), lat! - HANOI[1]) * 111.2;
    return km > 15 && km < 60;
  });

const session = e2eSession();

/** Web Mercator in pixels at `zoom`, as Leaflet's map.project. */
function project([lon, lat]: number[], zoom: number): [number, number] {
  const sin = Math.sin((lat! * Math.PI) / 180);
  const size = 256 * 2 ** zoom;
  return [((lon! + 180) / 360) * size, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size];
}

/** For each point (as an offset in CSS pixels from the Hanoi marker's centre): whether the basemap canvas has a water-coloured pixel within 2 pixels of it, on land. */
function riverPixels(page: Page, offsets: [number, number][]) {
  return page.evaluate((offsets) => {
    const root = document.querySelector('summit-map')!.shadowRoot!;
    const marker = root.querySelector('.summit-marker[data-place-id="hanoi"]')!.getBoundingClientRect();
    const canvas = root.querySelector<HTMLCanvasElement>('canvas')!;
    const box = canvas.getBoundingClientRect();
    const ctx = canvas.getContext('2d')!;
    const ratio = canvas.width / box.width;
    const pixel = (x: number, y: number) =>
      ctx.getImageData(Math.round((x - box.left) * ratio), Math.round((y - box.top) * ratio), 1, 1).data;
    const [cx, cy] = [marker.left + marker.width / 2, marker.top + marker.height / 2];
    return offsets.map(([dx, dy]) => {
      const [x, y] = [cx + dx, cy + dy];
      let bluest = -Infinity;
      for (let ox = -2; ox <= 2; ox++)
        for (let oy = -2; oy <= 2; oy++) {
          const [r, , b] = pixel(x + ox, y + oy);
          bluest = Math.max(bluest, b! - r!);
        }
      // The land around: the same reading 14 pixels away on both sides (the river is 1 pixel wide).
      const land = [pixel(x + 14, y), pixel(x - 14, y), pixel(x, y + 14), pixel(x, y - 14)].map(([r, , b]) => b! - r!);
      return { bluest, land: Math.min(...land) };
    });
  }, offsets);
}

describe('rivers on the offline basemap, zoomed in', () => {
  it('draws the Red River below Hanoi at zoom 8 in the water colour, where the land would be', async () => {
    expect(hong.length).toBeGreaterThanOrEqual(10);
    const { page } = await session.open('/fixtures/red-river.html');
    await page.locator(placesIn()).first().waitFor({ timeout: 15_000 });
    const [hx, hy] = project(HANOI, ZOOM);
    const offsets = hong.map((point) => {
      const [x, y] = project(point, ZOOM);
      return [x - hx, y - hy] as [number, number];
    });
    // The detail tiles load after the first draw: wait until the river shows (or fail after the timeout).
    await expect
      .poll(
        async () => {
          const readings = await riverPixels(page, offsets);
          return readings.filter((reading) => reading.bluest > reading.land + 30).length / readings.length;
        },
        { timeout: 15_000 },
      )
      .toBeGreaterThanOrEqual(0.8);
  });
});
