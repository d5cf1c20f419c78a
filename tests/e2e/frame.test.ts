// The iframe embed (dist/summit-map-frame.html): one story full-bleed from its query, the height
// posted to the parent whenever it changes, and addresses off the frame's own site refused
// without a request.
import { describe, expect, it } from 'vitest';
import { e2eSession, openPage } from './browser';

const session = e2eSession();

async function openParent(query: string) {
  const recorded = await openPage(session.browser);
  await recorded.page.goto(session.server.url(`/fixtures/frame-parent.html${query}`));
  const frame = recorded.page.frameLocator('#frame');
  const heights = () => recorded.page.evaluate(() => (window as unknown as { __heights: number[] }).__heights);
  return { ...recorded, frame, heights };
}

describe('summit-map-frame.html', () => {
  it('shows the story of its query and posts its height to the parent whenever it changes', async () => {
    const { page, frame, heights, pageErrors, close } = await openParent(
      '?src=stories/seascape-alaska/places.geojson&article-src=stories/seascape-alaska/article.json&place=dutch-harbor',
    );
    await frame.locator('summit-map [part="map"] [data-place-id="dutch-harbor"]').waitFor();
    await expect.poll(heights).toContain(480);
    // The parent followed it: the iframe is as tall as the map.
    expect((await page.locator('#frame').boundingBox())!.height).toBe(480);
    // The place of the query is open.
    await expect.poll(() => frame.locator('summit-map').getAttribute('selected')).toBe('dutch-harbor');
    // A new height is posted again.
    await frame.locator('summit-map').evaluate((map: HTMLElement) => map.style.setProperty('--summit-map-height', '620px'));
    await expect.poll(heights).toContain(620);
    await expect.poll(async () => (await page.locator('#frame').boundingBox())!.height).toBe(620);
    expect(pageErrors).toEqual([]);
    await close();
  });

  it('opened on its own (a reader following its address) logs no error, not even a missing favicon', async () => {
    // A phone's browser asks for /favicon.ico of a page that names no icon (this server answers 404).
    const recorded = await session.open(
      '/summit-map-frame.html?src=stories/seascape-alaska/places.geojson&article-src=stories/seascape-alaska/article.json',
      { viewport: { width: 390, height: 600 }, hasTouch: true, isMobile: true },
    );
    await recorded.page.locator('summit-map [part="map"] [data-place-id="dutch-harbor"]').waitFor();
    await recorded.page.waitForTimeout(300);
    expect(recorded.consoleErrors).toEqual([]);
    expect(recorded.pageErrors).toEqual([]);
  });

  for (const [what, query, shown] of [
    ['another site', '?src=https://example.com/places.geojson', '“https://example.com/places.geojson”'],
    ['a protocol-relative address', '?src=//example.com/places.geojson&article-src=article.json', '“//example.com/places.geojson”'],
    ['a script address', '?src=places.geojson&article-src=javascript:alert(1)', '“javascript:alert(1)”'],
  ] as const) {
    it(`refuses ${what} with a plain message, never fetching it`, async () => {
      const { frame, heights, requests, close } = await openParent(query);
      const message = frame.locator('[role="alert"]');
      await message.waitFor();
      expect(await message.textContent()).toMatch(
        new RegExp(
          `^The map was not shown\\. The (places|article) address ${shown.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is not on this site`,
        ),
      );
      expect(await frame.locator('summit-map').count()).toBe(0);
      await expect.poll(heights).not.toEqual([]);
      // Nothing but the parent and the frame's page: no data, not even the map's code.
      expect(requests.filter((url) => new URL(url).hostname === 'example.com' || new URL(url).pathname.endsWith('.js'))).toEqual([]);
      await close();
    });
  }
});
