// The bare two-line embed on a page that enforces Trusted Types
// (Content-Security-Policy: require-trusted-types-for 'script'): the element must draw, open
// popups, and never hand a string to an HTML sink (innerHTML and friends).
import { beforeAll, describe, expect, it } from 'vitest';
import {
  allMarkersInView,
  consoleErrorsBesidesFavicon,
  e2eSession,
  foreignRequests,
  placeIds,
  placePositions,
  popupIn,
  settled,
  storyPlaces,
  type RecordedPage,
} from './browser';

const CSP = "require-trusted-types-for 'script'";
const PAGE = '/fixtures/embed.html';
const hanoi = storyPlaces().features.find((feature) => feature.id === 'hanoi');
const placeCount = storyPlaces().features.length;

const session = e2eSession();
let tt: RecordedPage;
let documentCsp: string | undefined;

beforeAll(async () => {
  session.server.setHeaders(PAGE, { 'Content-Security-Policy': CSP });
  const opened = await session.open(PAGE);
  tt = opened;
  documentCsp = (await opened.response?.allHeaders())?.['content-security-policy'];
});

describe('under Trusted Types', () => {
  it('serves the page with the policy', () => {
    expect(documentCsp).toBe(CSP);
  });

  it('draws the markers', async () => {
    await expect.poll(() => placeIds(tt.page), { timeout: 15_000 }).toHaveLength(placeCount);
    const events = await tt.events();
    expect(events.filter((event) => event.type === 'summit-ready').map((event) => event.detail)).toEqual([{ places: 10 }]);
    expect(events.filter((event) => event.type === 'summit-error')).toEqual([]);
  });

  it('opens a popup from the keyboard', async () => {
    const { page } = tt;
    expect(hanoi?.properties.quotes?.length).toBeGreaterThan(0);
    await page.locator('summit-map [part="map"] [data-place-id="hanoi"]').focus();
    await page.keyboard.press('Enter');
    const popup = page.locator(popupIn());
    await expect.poll(() => popup.locator('.popup-title').allTextContents()).toEqual(['Hanoi']);
    expect(await popup.locator('.popup-quote blockquote').allTextContents()).toEqual(hanoi?.properties.quotes?.map((quote) => quote.text));
  });

  it('zooms and frames all places with its own buttons', async () => {
    const { page } = tt;
    const before = await placePositions(page);
    await page.locator('summit-map button[aria-label="Zoom in"]').click();
    await expect.poll(() => placePositions(page)).not.toEqual(before);
    // Leaflet drops a view change asked for while a zoom animates: let the zoom end first.
    await settled(() => placePositions(page));
    await page.locator('summit-map [part="controls"] button.fit').click();
    await expect.poll(() => allMarkersInView(page), { timeout: 5000 }).toBe(true);
  });

  it('reports no Trusted Types violations and no page errors', async () => {
    expect(await tt.cspViolations()).toEqual([]);
    expect(tt.pageErrors).toEqual([]);
    expect(consoleErrorsBesidesFavicon(tt)).toEqual([]);
    expect(foreignRequests(tt.requests, session.server.origin)).toEqual([]);
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
