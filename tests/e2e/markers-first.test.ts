// Markers first (issue 8): on the story page the frame that first shows the map's markers comes
// before the article and the place list have rendered, and before the basemap joins the map;
// the article, the list and the basemap follow. On a bare embed page the map's first render
// already has the bundled story's markers: no frame shows an empty map before them.
import { describe, expect, it } from 'vitest';
import { e2eSession, storyPlaces } from './browser';

const points = storyPlaces().features.filter((place) => place.geometry.type === 'Point').length;
const session = e2eSession();

/** Runs in the page before its scripts: at each frame until the markers show, what else is there. */
function watchFirstFrames(markerCount: number): void {
  const w = window as unknown as { __atMarkers?: { paragraphs: number; listItems: number; basemapCanvas: boolean } };
  const inShadow = (host: string, selector: string) => document.querySelector(host)?.shadowRoot?.querySelectorAll(selector).length ?? 0;
  const frame = () => {
    const markers = document.querySelector('summit-map')?.shadowRoot?.querySelectorAll('.summit-marker').length ?? 0;
    if (markers < markerCount) return void requestAnimationFrame(frame);
    w.__atMarkers = {
      paragraphs: inShadow('summit-article', '[part="paragraph"]'),
      listItems: inShadow('summit-place-list', 'li'),
      basemapCanvas: !!document.querySelector('summit-map')?.shadowRoot?.querySelector('[class*="basemap"] canvas'),
    };
  };
  requestAnimationFrame(frame);
}

describe('the story page draws its markers first', () => {
  it('shows the markers in a frame before the article, the list and the basemap, which then follow', async () => {
    const recorded = await session.open('/', { viewport: { width: 1280, height: 900 } });
    const { page } = recorded;
    await page.addInitScript(watchFirstFrames, points);
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __atMarkers?: unknown }).__atMarkers !== undefined, undefined, {
      timeout: 15_000,
    });
    const atMarkers = await page.evaluate(() => (window as unknown as { __atMarkers: unknown }).__atMarkers);
    expect(atMarkers).toEqual({ paragraphs: 0, listItems: 0, basemapCanvas: false });
    // Then the rest arrives.
    await page.locator('summit-article [part="paragraph"]').first().waitFor();
    await page.locator('summit-place-list li[data-place-id]').first().waitFor();
    await page.waitForFunction(() => performance.getEntriesByName('summit-map:basemap').length > 0);
  });
});

/** Runs in the page before its scripts: the first frame in which the map has rendered, and its marker count then. */
function watchFirstRender(): void {
  const w = window as unknown as { __firstRender?: { markers: number } };
  const frame = () => {
    const root = document.querySelector('summit-map')?.shadowRoot;
    if (!root?.querySelector('.map')) return void requestAnimationFrame(frame);
    w.__firstRender = { markers: root.querySelectorAll('.summit-marker').length };
  };
  requestAnimationFrame(frame);
}

describe('a bare embed of the bundled story', () => {
  it("renders its map for the first time with the story's markers in it", async () => {
    const { page } = await session.open('/fixtures/embed.html', { viewport: { width: 1280, height: 900 } });
    await page.addInitScript(watchFirstRender);
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __firstRender?: unknown }).__firstRender !== undefined, undefined, {
      timeout: 15_000,
    });
    const first = await page.evaluate(() => (window as unknown as { __firstRender: { markers: number } }).__firstRender);
    expect(first.markers).toBe(points);
  });
});
