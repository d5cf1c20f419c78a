// What the story page's first frame leaves out (docs/performance.md, "The map before any script"):
// until <summit-map> is defined its figure is not sticky (a sticky figure is a composited layer of
// its own, rastered over the page's), and the pre-rendered article's paragraphs and the place list
// below the fold are `content-visibility: auto`, not laid out or painted. Left out, not lost:
// find-in-page reaches them, the figure is sticky once the map is live, following a place scrolls
// its paragraph into view, and nothing shifts.
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { e2eSession, openPage, openStoryBeforeScript, readJson } from './browser';

const session = e2eSession();
const SIZES = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
] as const;
const article = readJson<{ paragraphs: string[] }>('geo/article.json');

type Skipped = Record<string, boolean>;

/** Records, from the start of the load, each `content-visibility: auto` element's last state (skipped or not) and the layout shifts. */
async function record(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __skipped: Record<string, boolean>; __shift: number };
    w.__skipped = {};
    w.__shift = 0;
    const name = (element: Element) =>
      element.matches('p.paragraph')
        ? `p${[...element.parentElement!.querySelectorAll('p.paragraph')].indexOf(element) + 1}`
        : element.localName;
    document.addEventListener(
      'contentvisibilityautostatechange',
      (event) => (w.__skipped[name(event.target as Element)] = (event as Event & { skipped: boolean }).skipped),
      true,
    );
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) w.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const skipped = (page: Page) => page.evaluate(() => (window as unknown as { __skipped: Skipped }).__skipped);
const shift = (page: Page) => page.evaluate(() => (window as unknown as { __shift: number }).__shift);

describe("the story page's first frame", () => {
  for (const size of SIZES) {
    it(`skips the figure's layer and what is below the fold, and find-in-page still reaches it (${size.name})`, async () => {
      // The module is held: this is the page before any script.
      const { recorded, release } = await openStoryBeforeScript(session, { ...size, viewport: size.viewport }, record);
      const { page } = recorded;
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('figure')!).position)).toBe('relative');
      const last = `p${article.paragraphs.length}`;
      await expect.poll(() => skipped(page)).toMatchObject({ [last]: true, 'summit-place-list': true });
      // The first paragraph, on screen (desktop) or just under the map (phone), is drawn.
      expect((await skipped(page)).p1 ?? false).toBe(false);
      // Find-in-page: the browser finds the words of the last paragraph, scrolls to them and draws them.
      const words = article.paragraphs.at(-1)!.slice(20, 60);
      expect(await page.evaluate((text) => (window as unknown as { find: (text: string) => boolean }).find(text), words)).toBe(true);
      await expect.poll(async () => (await skipped(page))[last]).toBe(false);
      const box = (await page.locator('summit-article > article > p.paragraph').last().boundingBox())!;
      expect(box.y + box.height).toBeGreaterThan(0);
      expect(box.y).toBeLessThan(size.viewport.height);
      release();
      await page.waitForFunction(() => !!document.querySelector('summit-map')?.shadowRoot?.querySelector('.summit-marker'));
      expect(recorded.pageErrors).toEqual([]);
      await recorded.close();
    });

    it(`is sticky once the map is live, follows a place to its paragraph, and nothing shifts (${size.name})`, async () => {
      const recorded = await openPage(session.browser, { ...size, viewport: size.viewport });
      const { page } = recorded;
      await record(page);
      await page.goto(session.server.url('/'));
      await page.waitForFunction(
        () =>
          !!document.querySelector('summit-map')?.shadowRoot?.querySelector('.summit-marker') &&
          !!document.querySelector('summit-article')?.shadowRoot?.querySelector('[data-paragraph]'),
      );
      await page.waitForTimeout(300);
      expect(await shift(page)).toBeLessThanOrEqual(0.01);
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('figure')!).position)).toBe('sticky');
      // Read down the article: the map stays on screen.
      await page.locator('summit-article [data-paragraph="12"]').evaluate((paragraph) => paragraph.scrollIntoView({ block: 'start' }));
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
      await expect
        .poll(async () => {
          const map = (await page.locator('summit-map').boundingBox())!;
          return map.y >= 0 && map.y < size.viewport.height / 2;
        })
        .toBe(true);
      // A popup's paragraph link scrolls the article to it: Washington is quoted in ¶14.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.evaluate(() =>
        (document.querySelector('summit-map') as HTMLElement & { select(id: string): boolean }).select('washington'),
      );
      await page.getByRole('button', { name: 'Show paragraph 14 in the article' }).click();
      await expect
        .poll(async () => {
          const paragraph = (await page.locator('summit-article [data-paragraph="14"]').boundingBox())!;
          return paragraph.y + paragraph.height > 0 && paragraph.y < size.viewport.height;
        })
        .toBe(true);
      expect(recorded.pageErrors).toEqual([]);
      await recorded.close();
    });
  }
});
