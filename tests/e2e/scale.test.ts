// Large stories on the built drop-in module: 10,000 and 100,000 generated places given by `src`
// are drawn (clusters on a canvas, parsed in a worker next to the module), the list is virtualised,
// and more than 500,000 features stop with a message. Times and long tasks are logged, not asserted
// (the bench measures speed; this 2-core machine is shared).
import { describe, expect, it } from 'vitest';
import { generatePlaces } from '../fixtures/generate-places';
import { e2eSession, type RecordedPage, popupIn } from './browser';

const session = e2eSession();

const hostPage = (src: string) => `<!doctype html>
<title>Large story</title>
<script type="module" src="/summit-map.js"></script>
<summit-place-list for="map" style="display:block;height:400px;overflow:auto"></summit-place-list>
<summit-map id="map" src="${src}"></summit-map>`;

/** Records long tasks and the time of summit-ready (ms since navigation) before the page's own scripts. */
function observeLoad(): void {
  const w = window as unknown as { __longTasks: [number, number][]; __readyAt?: number };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__longTasks.push([Math.round(entry.startTime), Math.round(entry.duration)]);
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('summit-ready', () => (w.__readyAt ??= performance.now()), true);
}

async function openLarge(count: number, features?: unknown[]): Promise<RecordedPage> {
  const recorded = await session.open('/fixtures/embed.html');
  const { page } = recorded;
  const data = JSON.stringify(features ? { type: 'FeatureCollection', features } : generatePlaces(count));
  await page.route('**/generated/places.geojson', (route) => route.fulfill({ body: data, contentType: 'application/geo+json' }));
  await page.route('**/generated/host.html', (route) =>
    route.fulfill({ body: hostPage('/generated/places.geojson'), contentType: 'text/html' }),
  );
  await page.addInitScript(observeLoad);
  await page.goto(session.server.url('/generated/host.html'));
  return recorded;
}

const loadFigures = (recorded: RecordedPage) =>
  recorded.page.evaluate(() => {
    const w = window as unknown as { __longTasks: [number, number][]; __readyAt?: number };
    const marks = performance.getEntriesByType('mark').map((mark) => `${mark.name} at ${Math.round(mark.startTime)}`);
    const tasks = w.__longTasks.map(([start, duration]) => `${duration} ms at ${start}`);
    return {
      readyAt: Math.round(w.__readyAt ?? -1),
      longest: Math.max(0, ...w.__longTasks.map(([, duration]) => duration)),
      longTasks: `${tasks.join(', ')}; ${marks.join(', ')}`,
    };
  });

// A 10,000-place file (1.4 MB) is validated on the page in slices; a 100,000-place one (14 MB) in the worker.
describe.each([
  [10_000, false],
  [100_000, true],
])('%i places from src', (count, inWorker) => {
  it(`are drawn as clusters on a canvas, parsed ${inWorker ? 'in the worker beside the module' : 'on the page in slices'}; the list is virtualised`, async () => {
    const recorded = await openLarge(count);
    const { page } = recorded;
    await expect
      .poll(async () => (await recorded.events()).find((event) => event.type === 'summit-ready')?.detail, { timeout: 50_000 })
      .toEqual({ places: count });
    const canvas = page.locator('summit-map .summit-point-canvas');
    await expect.poll(async () => Number(await canvas.getAttribute('data-clusters')), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.locator('summit-map .summit-marker').count()).toBeLessThanOrEqual(1);
    expect(recorded.requests.some((url) => url.endsWith('/summit-map-parse-worker.js'))).toBe(inWorker);
    expect(recorded.requests.some((url) => url.endsWith('/summit-map-cluster-worker.js'))).toBe(true);

    const items = page.locator('summit-place-list li[data-place-id]');
    await expect.poll(() => items.count()).toBeGreaterThan(0);
    expect(await items.count()).toBeLessThan(100);
    expect(await items.first().getAttribute('aria-setsize')).toBe(String(count));
    expect(recorded.pageErrors).toEqual([]);

    const figures = await loadFigures(recorded);
    console.log(`${count} places: summit-ready at ${figures.readyAt} ms; longest task ${figures.longest} ms (${figures.longTasks})`);
  });
});

describe('the keyboard on 10,000 places', () => {
  // Cluster and point clicks are tested in the element tests (tests/elements/scale.test.ts), where the map's projection is at hand.
  it('the arrow keys reach a place inside a cluster: the map zooms in and the place takes focus', async () => {
    const recorded = await openLarge(10_000);
    const { page } = recorded;
    const canvas = page.locator('summit-map .summit-point-canvas');
    await expect.poll(async () => Number(await canvas.getAttribute('data-clusters')), { timeout: 50_000 }).toBeGreaterThan(0);
    const zoom = () => canvas.getAttribute('data-zoom').then(Number);
    const focused = () =>
      page.evaluate(() => document.querySelector('summit-map')!.shadowRoot!.activeElement?.getAttribute('data-place-id'));
    const before = await zoom();
    // The first place (alone in the South Atlantic) has the one DOM marker; the next is inside the Hanoi cluster.
    await page.locator('summit-map [data-place-id="p0"]').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(focused).toBe('p1');
    await expect.poll(zoom).toBeGreaterThan(before);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(popupIn()).textContent()).toContain('Place 1');
    expect(recorded.pageErrors).toEqual([]);
  });
});

describe('limits', () => {
  it('more than 500,000 features: a plain-language message, summit-error, no freeze', async () => {
    const recorded = await openLarge(0, Array(500_001).fill({}));
    const alert = recorded.page.locator('summit-map [role="alert"]');
    await alert.waitFor({ state: 'visible', timeout: 30_000 });
    // Readers get the short plain-language note; the count and the limit are for the author (summit-error, console).
    expect(await alert.locator('p').textContent()).toBe('The map data could not be loaded.');
    const errors = (await recorded.events()).filter((event) => event.type === 'summit-error');
    expect(errors).toHaveLength(1);
    const detail = errors[0]!.detail as { problems: { message: string }[] };
    expect(detail.problems.map((problem) => problem.message).join(' ')).toContain('has 500,001 features; this map shows at most 500,000.');
    expect(recorded.pageErrors).toEqual([]);
  });
});
