// The story page's pre-rendered first view (scripts/vite-story-pages-first-view.ts): there at the
// first paint and without JavaScript, with the article and the place list readable; taken over by
// the live map at 1280 and 390 wide with every place within 3 px and no layout shift.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { e2eSession, openPage, openStoryBeforeScript } from './browser';

const session = e2eSession();
const SIZES = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
] as const;
const FOCUS = ['hanoi', 'danang', 'ho-chi-minh-city'];
const SHOTS = '/tmp/summit-map-first-view';
mkdirSync(SHOTS, { recursive: true });

type Centres = Record<string, { x: number; y: number }>;

/** The pre-rendered places' marker centres (the picture shown), relative to the map's box. */
function pictureCentres(page: Page): Promise<Centres> {
  return page.evaluate(() => {
    const host = document.querySelector('summit-map')!;
    const box = host.getBoundingClientRect();
    const svg = [...host.querySelectorAll<SVGSVGElement>(':scope > svg[data-first-view]')].find(
      (s) => s.getBoundingClientRect().width > 0,
    )!;
    const out: Record<string, { x: number; y: number }> = {};
    for (const place of svg.querySelectorAll('g[data-place]')) {
      const symbol = place.querySelector('g[transform]')!.getBoundingClientRect();
      out[place.getAttribute('data-place')!] = {
        x: symbol.x + symbol.width / 2 - box.x - host.clientLeft,
        y: symbol.y + symbol.height / 2 - box.y - host.clientTop,
      };
    }
    return out;
  });
}

/** The live markers' centres, relative to the map's box; `shown`: false for one hidden under an overlay. */
function liveCentres(page: Page): Promise<Record<string, { x: number; y: number; shown: boolean }>> {
  return page.evaluate(() => {
    const host = document.querySelector('summit-map')!;
    const box = host.getBoundingClientRect();
    const out: Record<string, { x: number; y: number; shown: boolean }> = {};
    for (const marker of host.shadowRoot!.querySelectorAll('.summit-marker[data-place-id]')) {
      const symbol = marker.querySelector('svg')!.getBoundingClientRect();
      out[marker.getAttribute('data-place-id')!] = {
        x: symbol.x + symbol.width / 2 - box.x - host.clientLeft,
        y: symbol.y + symbol.height / 2 - box.y - host.clientTop,
        shown: getComputedStyle(marker).opacity !== '0',
      };
    }
    return out;
  });
}

/** Records layout shifts from the start of the load. */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: number[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        w.__shifts.push(entry.value);
        (w as unknown as { __sources: string[] }).__sources ??= [];
        for (const source of entry.sources)
          (w as unknown as { __sources: string[] }).__sources.push(
            `${entry.value.toFixed(3)} ${(source.node as Element | undefined)?.nodeName} ${(source.node as Element | undefined)?.className ?? ''} ${JSON.stringify(source.previousRect)} -> ${JSON.stringify(source.currentRect)}`,
          );
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

describe('the first view before any script', () => {
  for (const size of SIZES) {
    it(`is the page's map, with its places, article and list, without JavaScript (${size.name})`, async () => {
      const recorded = await openPage(session.browser, { viewport: size.viewport, javaScriptEnabled: false });
      const { page } = recorded;
      await page.goto(session.server.url('/'));
      const host = page.locator('summit-map');
      const box = (await host.boundingBox())!;
      expect(box.height).toBeGreaterThan(300);
      const shown = page.locator('summit-map > svg[data-first-view]:visible');
      expect(await shown.count()).toBe(1);
      const centres = await pictureCentres(page);
      for (const id of FOCUS) {
        expect(centres[id]!.x).toBeGreaterThan(0);
        expect(centres[id]!.x).toBeLessThan(box.width);
        expect(centres[id]!.y).toBeGreaterThan(0);
        expect(centres[id]!.y).toBeLessThan(box.height);
      }
      expect(await shown.locator('text', { hasText: 'Hanoi' }).count()).toBe(1);
      await expect.poll(() => page.locator('summit-article p', { hasText: 'Vietnam' }).first().isVisible()).toBe(true);
      expect(await page.locator('summit-place-list li', { hasText: 'Ho Chi Minh City' }).isVisible()).toBe(true);
      expect(await page.locator('summit-map > details.summit-map-key summary').isVisible()).toBe(true);
      await page.screenshot({ path: `${SHOTS}/no-js-${size.name}.png` });
      await recorded.close();
    });

    it(`hands over to the live map within 3 px and without layout shift (${size.name})`, async () => {
      // The module waits until the picture has been measured.
      const { recorded, release } = await openStoryBeforeScript(session, { ...size, viewport: size.viewport }, recordShifts);
      const { page } = recorded;
      const before = await pictureCentres(page);
      await page.screenshot({ path: `${SHOTS}/before-${size.name}.png` });
      release();
      // Taken over: the element's slot for the picture is gone once its basemap has painted.
      await page.waitForFunction(() => {
        const root = document.querySelector('summit-map')?.shadowRoot;
        return !!root?.querySelector('.summit-marker') && !root.querySelector('[part="first-view"]');
      });
      const after = await liveCentres(page);
      await page.screenshot({ path: `${SHOTS}/after-${size.name}.png` });
      for (const id of FOCUS) {
        expect(Math.abs(after[id]!.x - before[id]!.x), `${id} x`).toBeLessThanOrEqual(3);
        expect(Math.abs(after[id]!.y - before[id]!.y), `${id} y`).toBeLessThanOrEqual(3);
      }
      // Every place the picture drew is drawn live at the same spot.
      for (const id of Object.keys(before))
        expect(Math.hypot(after[id]!.x - before[id]!.x, after[id]!.y - before[id]!.y), id).toBeLessThanOrEqual(3);
      // And the other way: a marker the live map shows inside its box was in the picture; one it
      // hides under an overlay (the inset, the credits) was not drawn there either.
      const { width, height } = (await page.locator('summit-map').boundingBox())!;
      for (const [id, { x, y, shown }] of Object.entries(after)) {
        if (shown && x > 0 && y > 0 && x < width && y < height) expect(before[id], `${id} in the picture`).toBeDefined();
        if (!shown) expect(before[id], `${id} hidden live, drawn in the picture`).toBeUndefined();
      }
      await page.waitForTimeout(300);
      const shifts = await page.evaluate(() =>
        (window as unknown as { __shifts: number[] }).__shifts.reduce((sum, value) => sum + value, 0),
      );
      const sources = await page.evaluate(() => (window as unknown as { __sources?: string[] }).__sources ?? []);
      expect(shifts, `layout shifts:\n${sources.join('\n')}`).toBeLessThanOrEqual(0.01);
      expect(recorded.pageErrors).toEqual([]);
      await recorded.close();
    });
  }

  for (const size of SIZES)
    it(`fans out a local story's markers as the live map does, and hands over within 3 px (${size.name})`, async () => {
      // Six places within 5 km: at the offline basemap's deepest zoom both fan them out, a leader back to each.
      const { recorded, release } = await openStoryBeforeScript(
        session,
        { ...size, viewport: size.viewport },
        async () => {},
        '/stories/kilauea-summit-drive/',
      );
      const { page } = recorded;
      const before = await pictureCentres(page);
      const ids = Object.keys(before);
      expect(ids.length).toBe(6);
      for (let i = 0; i < ids.length; i++)
        for (let j = i + 1; j < ids.length; j++) {
          const [a, b] = [before[ids[i]!]!, before[ids[j]!]!];
          expect(Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y)), `${ids[i]} / ${ids[j]}`).toBeGreaterThanOrEqual(20);
        }
      release();
      await page.waitForFunction(() => {
        const root = document.querySelector('summit-map')?.shadowRoot;
        return !!root?.querySelector('.summit-marker.fanned') && !root.querySelector('[part="first-view"]');
      });
      const after = await liveCentres(page);
      for (const id of ids) expect(Math.hypot(after[id]!.x - before[id]!.x, after[id]!.y - before[id]!.y), id).toBeLessThanOrEqual(3);
      expect(recorded.pageErrors).toEqual([]);
      await recorded.close();
    });

  it("stays over the live map until its basemap paints, and goes at the reader's first touch of the map", async () => {
    const recorded = await openPage(session.browser, { viewport: { width: 1280, height: 900 } });
    const { page } = recorded;
    // The basemap never comes: the picture (with its land) stays over the live markers.
    await page.route('**/summit-map-basemap/**', () => undefined);
    await page.goto(session.server.url('/'));
    const cover = () => page.evaluate(() => !!document.querySelector('summit-map')!.shadowRoot?.querySelector('[part="first-view"]'));
    await page.waitForFunction(() => !!document.querySelector('summit-map')?.shadowRoot?.querySelector('.summit-marker'));
    await page.waitForTimeout(500);
    expect(await cover()).toBe(true);
    // The live map answers the reader: the picture goes.
    const box = (await page.locator('summit-map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await expect.poll(cover).toBe(false);
    await page.mouse.up();
    await recorded.close();
  });

  it('goes as soon as the view moves, even by code (the article following)', async () => {
    const recorded = await openPage(session.browser, { viewport: { width: 1280, height: 900 } });
    const { page } = recorded;
    await page.route('**/summit-map-basemap/**', () => undefined);
    await page.goto(session.server.url('/'));
    await page.waitForFunction(() => !!document.querySelector('summit-map')?.shadowRoot?.querySelector('.summit-marker'));
    const cover = () => page.evaluate(() => !!document.querySelector('summit-map')!.shadowRoot?.querySelector('[part="first-view"]'));
    expect(await cover()).toBe(true);
    await page.evaluate(() => (document.querySelector('summit-map') as unknown as { frame(ids: string[]): void }).frame(['stockholm']));
    await expect.poll(cover).toBe(false);
    await recorded.close();
  });
});
