// The bare two-line embed on a page that enforces Trusted Types
// (Content-Security-Policy: require-trusted-types-for 'script'): the element must draw, open
// popups, and never hand a string to an HTML sink (innerHTML and friends).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import {
  consoleErrorsBesidesFavicon,
  foreignRequests,
  launchBrowser,
  markerIds,
  openPage,
  storyPlaces,
  type RecordedPage,
} from './browser';
import { startServer, type StaticServer } from './serve';

const CSP = "require-trusted-types-for 'script'";
const PAGE = '/fixtures/embed.html';
const hanoi = storyPlaces().features.find((feature) => feature.id === 'hanoi');
const pointCount = storyPlaces().features.filter((feature) => feature.geometry.type === 'Point').length;

let server: StaticServer;
let browser: Browser;
let tt: RecordedPage;
let documentCsp: string | undefined;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  server.setHeaders(PAGE, { 'Content-Security-Policy': CSP });
  tt = await openPage(browser);
  const response = await tt.page.goto(server.url(PAGE), { waitUntil: 'load' });
  documentCsp = (await response?.allHeaders())?.['content-security-policy'];
});

afterAll(async () => {
  await tt?.close();
  await browser?.close();
  await server?.close();
});

describe('under Trusted Types', () => {
  it('serves the page with the policy', () => {
    expect(documentCsp).toBe(CSP);
  });

  it('draws the markers', async () => {
    await expect.poll(() => markerIds(tt.page), { timeout: 15_000 }).toHaveLength(pointCount);
    const events = await tt.events();
    expect(events.filter((event) => event.type === 'summit-ready').map((event) => event.detail)).toEqual([{ places: 10 }]);
    expect(events.filter((event) => event.type === 'summit-error')).toEqual([]);
  });

  it('opens a popup from the keyboard', async () => {
    const { page } = tt;
    expect(hanoi?.properties.quotes?.length).toBeGreaterThan(0);
    await page.locator('summit-map .summit-marker[data-place-id="hanoi"]').focus();
    await page.keyboard.press('Enter');
    const popup = page.locator('summit-map .leaflet-popup');
    await expect.poll(() => popup.locator('.popup-title').allTextContents()).toEqual(['Hanoi']);
    expect(await popup.locator('.popup-quote blockquote').allTextContents()).toEqual(hanoi?.properties.quotes?.map((quote) => quote.text));
    // The zoom controls work too.
    await page.locator('summit-map button[aria-label="Zoom in"]').click();
    await page.locator('summit-map button.fit').click();
  });

  it('reports no Trusted Types violations and no page errors', async () => {
    expect(await tt.cspViolations()).toEqual([]);
    expect(tt.pageErrors).toEqual([]);
    expect(consoleErrorsBesidesFavicon(tt)).toEqual([]);
    expect(foreignRequests(tt.requests, server.origin)).toEqual([]);
  });

  it('really enforces the policy (a string to innerHTML throws and is reported)', async () => {
    // Last, since it causes a violation on purpose.
    const outcome = await tt.page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return 'allowed';
      } catch (error) {
        return (error as Error).name;
      }
    });
    expect(outcome).toBe('TypeError');
    await expect
      .poll(async () => (await tt.cspViolations()).map((violation) => violation.violatedDirective))
      .toContain('require-trusted-types-for');
  });
});
