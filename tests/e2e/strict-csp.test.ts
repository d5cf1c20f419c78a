// The drop-in module on a page whose CSP allows only its own stylesheets (style-src 'self': no
// inline styles, no `style` attributes). Every overlay is shown at once (the locator inset, an open
// popup, the timeline, the key, an error note, the companions, a long place list) and the page
// must report no violation: positions are set through the CSSOM, never as `style` attributes.
import { beforeAll, describe, expect, it } from 'vitest';
import { consoleErrorsBesidesFavicon, e2eSession, placeIds, popupIn, storyPlaces, type RecordedPage } from './browser';

const CSP = "style-src 'self'";
const PAGE = '/fixtures/strict-csp.html';

const session = e2eSession();
let recorded: RecordedPage;

beforeAll(async () => {
  session.server.setHeaders(PAGE, { 'Content-Security-Policy': CSP });
  const opened = await session.open(PAGE);
  recorded = opened;
  expect((await opened.response?.allHeaders())?.['content-security-policy']).toBe(CSP);
});

describe("under style-src 'self'", () => {
  it('shows every overlay', async () => {
    const { page } = recorded;
    await expect.poll(() => placeIds(page), { timeout: 20_000 }).toHaveLength(storyPlaces().features.length);
    const visible = (selector: string) => page.locator(selector).first().waitFor({ state: 'visible', timeout: 20_000 });
    await visible(popupIn());
    await visible('summit-map [part="inset"] .inset-place .inset-dot');
    await visible('summit-map [part="timeline"]');
    await visible('summit-map [part="legend"] li');
    await visible('summit-map [part="error"]');
    await visible('summit-article [part="paragraph"]');
    await visible('summit-place-list:not(#long) [part="item"]');
    await visible('#long [part="item"]');
    // The inset's boxes really are placed (the CSSOM styles took effect).
    const inset = await page.locator('summit-map [part="inset"]').boundingBox();
    expect(inset?.width).toBeGreaterThan(100);
    const tops = await page
      .locator('#long li[part="item"]')
      .evaluateAll((items) => items.slice(0, 3).map((item) => getComputedStyle(item).top));
    expect(new Set(tops).size).toBe(tops.length);
  });

  it('reports no CSP violation and no page error', async () => {
    expect(await recorded.cspViolations()).toEqual([]);
    expect(recorded.pageErrors).toEqual([]);
    // The outcome file that is not there, on purpose.
    expect(consoleErrorsBesidesFavicon(recorded).filter((text) => !text.includes('/fixtures/missing.json'))).toEqual([]);
  });

  it('really enforces the policy (a style attribute is reported)', async () => {
    // Last, since it causes a violation on purpose.
    await recorded.page.evaluate(() => document.body.setAttribute('style', 'color: red'));
    await expect
      .poll(async () => (await recorded.cspViolations()).map((violation) => violation.violatedDirective))
      .toContain('style-src-attr');
  });
});
