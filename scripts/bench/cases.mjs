// One measured page load per call, each in a fresh browser context (no cache shared between runs).
import { installFirstViewProbe, installProbe } from './probe.mjs';

const VIEWPORT = { width: 1280, height: 900 };

async function openProbed(browser, options) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(installProbe, options);
  return { context, page };
}

const readMark = (page, name) => page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime, name);

/**
 * One story page load, in ms from navigation start: the markers as polled each frame (the frame
 * that shows them all), the basemap as the `summit-map:basemap` mark both kinds of page set when
 * its land is drawn, the product's markers mark, and "places on screen" as the first-view bench
 * counts it (`places`: the options of installFirstViewProbe): the later of the first frame with
 * the first view's places in the DOM, pre-rendered or live, and the first contentful paint.
 */
export async function measureStoryLoad(browser, url, { markerSelector, markerCount, places, timeout }) {
  const { context, page } = await openProbed(browser, { markerSelector, markerCount, pollBasemap: false });
  await page.addInitScript(installFirstViewProbe, places);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    // A promise in the page, not page.waitForFunction: that evaluates Playwright's injected script
    // (330 KB, 9–28 ms of the main thread in a trace) inside the load it measures.
    await page
      .evaluate(
        (ms) =>
          new Promise((done) => {
            const end = performance.now() + ms;
            const check = () => {
              const seen =
                window.__bench.markersAt !== undefined &&
                performance.getEntriesByName('summit-map:basemap').length > 0 &&
                window.__firstView.placesAt !== undefined &&
                window.__firstView.fcp !== undefined;
              if (seen || performance.now() > end) done();
              else setTimeout(check, 50);
            };
            check();
          }),
        timeout,
      )
      .catch(() => undefined);
    const { placesAt, fcp } = await page.evaluate(() => window.__firstView);
    return {
      markers: await page.evaluate(() => window.__bench.markersAt),
      basemap: await readMark(page, 'summit-map:basemap'),
      markersMark: await readMark(page, 'summit-map:markers'),
      placesOnScreen: placesAt === undefined || fcp === undefined ? undefined : Math.max(placesAt, fcp),
    };
  } finally {
    await context.close();
  }
}

const percentile = (values, p) => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** Finds the Leaflet container (through shadow roots) and focuses it: wheel zoom needs focus. */
function focusMap() {
  const find = (root) => {
    const hit = root.querySelector('.leaflet-container');
    if (hit) return hit;
    for (const element of root.querySelectorAll('*')) {
      const inner = element.shadowRoot && find(element.shadowRoot);
      if (inner) return inner;
    }
    return null;
  };
  const container = find(document);
  container?.focus({ preventScroll: true });
  const box = container?.getBoundingClientRect();
  return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : { x: innerWidth / 2, y: innerHeight / 2 };
}

/**
 * One scale case: navigation → first draw (the 'summit-map:markers' mark when set, otherwise
 * summit-ready), the longest task before it, then p95 frame gaps while dragging and while
 * wheel-zooming. Anything past `deadline` (a Date.now() value) is reported as undefined.
 */
export async function measureScale(browser, url, { deadline }) {
  const { context, page } = await openProbed(browser, { markerSelector: '', markerCount: 0, pollBasemap: false });
  const left = () => Math.max(0, deadline - Date.now());
  const result = { firstDraw: undefined, longestTask: undefined, dragP95: undefined, zoomP95: undefined };
  const watchdog = setTimeout(() => context.close().catch(() => undefined), left() + 5000);
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: left() });
    await page.waitForFunction(
      () => window.__bench.readyAt !== undefined || performance.getEntriesByName('summit-map:markers').length > 0,
      undefined,
      { timeout: left(), polling: 100 },
    );
    const load = await page.evaluate(() => {
      const drawn = performance.getEntriesByName('summit-map:markers')[0]?.startTime ?? window.__bench.readyAt;
      const during = window.__bench.longTasks.filter(([start]) => start <= drawn).map(([, duration]) => duration);
      return { drawn, longest: during.length ? Math.max(...during) : 0 };
    });
    result.firstDraw = load.drawn;
    result.longestTask = load.longest;

    // Let the page settle (the basemap, a list) before interacting.
    await page.waitForTimeout(500);
    const center = await page.evaluate(focusMap);
    await page.evaluate(() => window.__bench.startFrames());
    await page.mouse.move(center.x, center.y);
    await page.mouse.down();
    for (let step = 1; step <= 12 && left() > 0; step++) {
      await page.mouse.move(center.x + step * 20, center.y + step * 8);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    const drag = await page.evaluate(() => window.__bench.stopFrames());
    if (left() > 0) result.dragP95 = percentile(drag, 95);

    await page.evaluate(focusMap);
    await page.evaluate(() => window.__bench.startFrames());
    for (const delta of [-120, -120, -120, 120, 120, 120]) {
      if (left() === 0) break;
      await page.mouse.wheel(0, delta);
      await page.waitForTimeout(300);
    }
    const zoom = await page.evaluate(() => window.__bench.stopFrames());
    if (left() > 0) result.zoomP95 = percentile(zoom, 95);
  } catch {
    // timed out or the page was closed by the watchdog: what was measured stays
  } finally {
    clearTimeout(watchdog);
    await context.close().catch(() => undefined);
  }
  return result;
}
