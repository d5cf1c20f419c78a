// One measured page load per call, each in a fresh browser context (no cache shared between runs).
import { installProbe } from './probe.mjs';

const VIEWPORT = { width: 1280, height: 900 };

async function openProbed(browser, options) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(installProbe, options);
  return { context, page };
}

const readMark = (page, name) => page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime, name);

/**
 * Time to markers and basemap painted on one story page, in ms from navigation start: the markers
 * as polled each frame (the frame that shows them all), the basemap as the `summit-map:basemap`
 * mark both kinds of page set when its land is drawn. The product's markers mark is returned too.
 */
export async function measureStoryLoad(browser, url, { markerSelector, markerCount, timeout }) {
  const { context, page } = await openProbed(browser, { markerSelector, markerCount, pollBasemap: false });
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page
      .waitForFunction(
        () => window.__bench.markersAt !== undefined && performance.getEntriesByName('summit-map:basemap').length > 0,
        undefined,
        {
          timeout,
          polling: 50,
        },
      )
      .catch(() => undefined);
    return {
      markers: await page.evaluate(() => window.__bench.markersAt),
      basemap: await readMark(page, 'summit-map:basemap'),
      markersMark: await readMark(page, 'summit-map:markers'),
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
