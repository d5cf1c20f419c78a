// Context at local scale, offline: zoomed in, the basemap names the regions around the story's
// places (states, provinces, islands, ranges; geo/basemap/regions/). On the built Kīlauea page the
// first view names the island of Hawaiʻi, clear of every marker, every place label and every other
// name on the map; at the world view no region is named. The summit story's first view (Vietnam,
// zoom 5.25) neither names nor fetches any.
// The names are drawn on the basemap's canvas: the test reads what the page's canvas drew, with
// where, by wrapping the 2D context's fillText before the page loads.
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { e2eSession, placesIn, settled } from './browser';

const session = e2eSession();
const KILAUEA = '/stories/kilauea-summit-drive/';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface Drawn extends Box {
  text: string;
  font: string;
}

/** Records, per canvas, the texts of its last full redraw (which starts by filling the whole canvas with the sea). */
function recordCanvasText() {
  const texts = new WeakMap<HTMLCanvasElement, unknown[]>();
  (window as unknown as { __canvasTexts: typeof texts }).__canvasTexts = texts;
  const proto = CanvasRenderingContext2D.prototype;
  const { fillRect, fillText } = proto;
  proto.fillRect = function (x: number, y: number, width: number, height: number) {
    if (x === 0 && y === 0 && width === this.canvas.width && height === this.canvas.height) texts.set(this.canvas, []);
    fillRect.call(this, x, y, width, height);
  };
  proto.fillText = function (text: string, x: number, y: number, maxWidth?: number) {
    const list = texts.get(this.canvas);
    if (list) {
      const t = this.getTransform();
      const m = this.measureText(text);
      const [cx, cy] = [t.a * x + t.e, t.d * y + t.f];
      const left = this.textAlign === 'center' ? cx - (m.width * t.a) / 2 : cx;
      list.push({
        text,
        font: this.font,
        left,
        right: left + m.width * t.a,
        top: cy - m.actualBoundingBoxAscent * t.d,
        bottom: cy + m.actualBoundingBoxDescent * t.d,
      });
    }
    if (maxWidth === undefined) fillText.call(this, text, x, y);
    else fillText.call(this, text, x, y, maxWidth);
  };
}

/** The basemap's names of its last redraw, markers and shown place labels, in window pixels. */
function readMap(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('summit-map')!.shadowRoot!;
    const canvas = root.querySelector<HTMLCanvasElement>('.leaflet-summit-basemap-pane canvas')!;
    const box = canvas.getBoundingClientRect();
    const ratio = canvas.width / box.width;
    const drawn = ((window as unknown as { __canvasTexts: WeakMap<HTMLCanvasElement, Drawn[]> }).__canvasTexts.get(canvas) ?? []).map(
      (d) => ({
        ...d,
        left: box.left + d.left / ratio,
        right: box.left + d.right / ratio,
        top: box.top + d.top / ratio,
        bottom: box.top + d.bottom / ratio,
      }),
    );
    const rect = (element: Element) => {
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom };
    };
    return {
      drawn,
      markers: [...root.querySelectorAll('.summit-marker[data-place-id]:not(.covered)')].map((marker) => ({
        id: marker.getAttribute('data-place-id')!,
        ...rect(marker.querySelector('.summit-marker-icon, svg') ?? marker),
      })),
      labels: [...root.querySelectorAll<HTMLElement>('.place-label')]
        .filter((label) => label.dataset.side && label.dataset.side !== 'none')
        .map((label) => ({ text: label.textContent!.trim(), ...rect(label) })),
    };
  });
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const SIZES = [
  ['1280 × 900', { viewport: { width: 1280, height: 900 } }],
  ['390 × 844, touch', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }],
] as const;

describe.each(SIZES)('region names on the Kīlauea page at %s', (_name, options) => {
  it('names the island of Hawaiʻi at the first view, over no marker, place label or other name; none at the world view', async () => {
    const recorded = await session.open(KILAUEA, options);
    const { page } = recorded;
    await page.addInitScript(recordCanvasText);
    await page.reload({ waitUntil: 'load' });
    await page.locator(placesIn()).first().waitFor({ timeout: 15_000 });
    await expect
      .poll(async () => (await readMap(page)).drawn.map((d) => d.text), { timeout: 15_000 })
      .toContain('Hawai‘i');
    const seen = await settled(() => readMap(page));
    const island = seen.drawn.find((d) => d.text === 'Hawai‘i')!;
    expect(island.font).toMatch(/italic/);
    expect(seen.markers.length).toBeGreaterThan(0);
    for (const marker of seen.markers) expect(overlaps(island, marker), `over the marker ${marker.id}`).toBe(false);
    for (const label of seen.labels) expect(overlaps(island, label), `over the label ${label.text}`).toBe(false);
    for (const other of seen.drawn) if (other !== island) expect(overlaps(island, other), `over ${other.text}`).toBe(false);
    expect(recorded.requests.some((url) => /\/summit-map-basemap\/regions\/3-0-3\.json$/.test(url))).toBe(true);

    // Out to the world view (the map's farthest zoom is 1): the oceans are named, no region is.
    const zoomOut = page.locator('summit-map').getByRole('button', { name: 'Zoom out' });
    for (let i = 0; i < 8; i++) if (await zoomOut.isVisible()) await zoomOut.click();
    if (!(await zoomOut.isVisible())) for (let i = 0; i < 8; i++) await page.locator('summit-map [part="map"]').press('-');
    await expect.poll(async () => (await readMap(page)).drawn.map((d) => d.text), { timeout: 15_000 }).toContain('Pacific Ocean');
    const world = await settled(() => readMap(page));
    expect(world.drawn.map((d) => d.text)).not.toContain('Hawai‘i');
    expect(world.drawn.filter((d) => !/600 11px|italic 1[13]px/.test(d.font) || /10px/.test(d.font))).toEqual([]);
  });
});

describe('region names on the summit story page', () => {
  it('neither draws nor fetches any at its first view (Vietnam at zoom 5.25)', async () => {
    const recorded = await session.open('/', { viewport: { width: 1280, height: 900 } });
    const { page } = recorded;
    await page.locator(placesIn()).first().waitFor({ timeout: 15_000 });
    // The first view's detail tiles have come (the basemap is complete).
    await expect.poll(() => recorded.requests.some((url) => /\/summit-map-basemap\/detail\/4-/.test(url)), { timeout: 15_000 }).toBe(true);
    await settled(() => readMap(page).catch(() => null));
    expect(recorded.requests.filter((url) => url.includes('/regions/'))).toEqual([]);
  });
});
