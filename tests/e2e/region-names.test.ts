// Context at local scale, offline: zoomed in, the basemap names the regions around the story's
// places (states, provinces, islands, ranges; geo/basemap/regions/). On the built Kīlauea page the
// first view names the island of Hawaiʻi, clear of every marker, every place label and every other
// name on the map; at the world view no region is named. The summit story's first view on the
// desktop (Vietnam, about zoom 6) names Vietnam's provinces, not its neighbours', from one or two
// small top-level tiles. On a phone as on a desktop, no name on the basemap (country, sea, region)
// goes under the map's overlays (the locator inset covered "Gulf of Thailand" on a phone).
// The names are drawn on the basemap's canvas: the test reads what the page's canvas drew, with
// where, by wrapping the 2D context's fillText before the page loads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { OVERLAYS } from '../../src/controllers/popup-clearance';
import { e2eSession, placesIn, settled } from './browser';
import { ROOT } from './serve';

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
  const recorder = window as unknown as { __canvasTexts: typeof texts; __redraws: number };
  recorder.__canvasTexts = texts;
  recorder.__redraws = 0;
  const proto = CanvasRenderingContext2D.prototype;
  const { fillRect, fillText } = proto;
  proto.fillRect = function (x: number, y: number, width: number, height: number) {
    if (x === 0 && y === 0 && width === this.canvas.width && height === this.canvas.height) {
      texts.set(this.canvas, []);
      recorder.__redraws += 1;
    }
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
  return page.evaluate((overlaySelector) => {
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
      // What the map shows over its basemap: the element's own list.
      overlays: [...root.querySelectorAll(overlaySelector)].map((overlay) => ({ className: overlay.className, ...rect(overlay) })),
      // A place's open details: a card on a phone, a popup on a desktop.
      details: [...root.querySelectorAll('.summit-card, .summit-leaflet-popup')].map(rect),
    };
  }, OVERLAYS.join(', '));
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
    await expect.poll(async () => (await readMap(page)).drawn.map((d) => d.text), { timeout: 15_000 }).toContain('Hawai‘i');
    const seen = await settled(() => readMap(page));
    const island = seen.drawn.find((d) => d.text === 'Hawai‘i')!;
    expect(island.font).toMatch(/italic/);
    expect(seen.markers.length).toBeGreaterThan(0);
    for (const marker of seen.markers) expect(overlaps(island, marker), `over the marker ${marker.id}`).toBe(false);
    for (const label of seen.labels) expect(overlaps(island, label), `over the label ${label.text}`).toBe(false);
    for (const other of seen.drawn) if (other !== island) expect(overlaps(island, other), `over ${other.text}`).toBe(false);
    expect(recorded.requests.some((url) => /\/summit-map-basemap\/regions\/3-0-3\.json$/.test(url))).toBe(true);

    // Out to the world view (eight steps out from zoom 8 at most reach the map's farthest, 1): the
    // United States is named from its mainland, no region is.
    const zoomOut = page.locator('summit-map').getByRole('button', { name: 'Zoom out' });
    const redraws = () => page.evaluate(() => (window as unknown as { __redraws: number }).__redraws);
    for (let i = 0; i < 8; i++) {
      // One step at a time: each waits for the map to redraw at its new zoom.
      const before = await redraws();
      if (await zoomOut.isVisible()) await zoomOut.click();
      else await page.locator('summit-map [part="map"]').press('-');
      await expect.poll(redraws).toBeGreaterThan(before);
      await settled(redraws, 200);
    }
    await expect
      .poll(async () => (await readMap(page)).drawn.map((d) => d.text), { timeout: 15_000 })
      .toContain('United States of America');
    const world = await settled(() => readMap(page));
    expect(world.drawn.map((d) => d.text)).not.toContain('Hawai‘i');
    expect(world.drawn.filter((d) => !/600 11px|italic 1[13]px/.test(d.font) || /10px/.test(d.font))).toEqual([]);
  });
});

describe('region names on the summit story page at 1280 × 900', () => {
  it('names Vietnam’s provinces at its first view (about zoom 6), not its neighbours’, from the top level’s few kilobytes alone', async () => {
    const recorded = await session.open('/', { viewport: { width: 1280, height: 900 } });
    const { page } = recorded;
    await page.addInitScript(recordCanvasText);
    await page.reload({ waitUntil: 'load' });
    await page.locator(placesIn()).first().waitFor({ timeout: 15_000 });
    await expect
      .poll(async () => (await readMap(page)).drawn.map((d) => d.text), { timeout: 15_000 })
      .toEqual(expect.arrayContaining(['NGHỆ AN', 'KON TUM', 'Hainan']));
    const seen = await settled(() => readMap(page));
    const texts = seen.drawn.map((d) => d.text);
    // Laos's and Cambodia's provinces (Houaphan, Attapu, Krâchéh) would crowd the story's neighbours.
    for (const name of ['HOUAPHAN', 'ATTAPU', 'KRÂCHÉH', 'SIEMRÉAB']) expect(texts).not.toContain(name);
    for (const name of seen.drawn)
      for (const marker of seen.markers) expect(overlaps(name, marker), `${name.text} over ${marker.id}`).toBe(false);
    for (const name of seen.drawn)
      for (const label of seen.labels) expect(overlaps(name, label), `${name.text} over ${label.text}`).toBe(false);
    // Only names first drawn at zoom 6: one level-3 tile or two.
    const tiles = recorded.requests.filter((url) => url.includes('/regions/')).map((url) => url.replace(/.*\/regions\//, ''));
    expect(tiles.length).toBeGreaterThan(0);
    for (const tile of tiles) expect(tile).toMatch(/^3-\d-\d\.json$/);
    const gzip = tiles.reduce((sum, tile) => sum + gzipSync(readFileSync(join(ROOT, 'geo/basemap/regions', tile))).length, 0);
    console.log(`summit story, first view at 1280 × 900: region names ${tiles.join(', ')}, ${(gzip / 1000).toFixed(1)} KB gzip`);
    expect(gzip).toBeLessThan(6_000);
  });
});

describe.each(SIZES)('the basemap names on the summit story page at %s', (_name, options) => {
  it('go under none of the overlays (controls, key, timeline, inset, credits) and no place’s label', async () => {
    const { page } = await session.open('/', options);
    await page.addInitScript(recordCanvasText);
    await page.reload({ waitUntil: 'load' });
    await page.locator(placesIn()).first().waitFor({ timeout: 15_000 });
    await expect.poll(async () => (await readMap(page)).drawn.map((d) => d.text), { timeout: 15_000 }).toContain('Vietnam');
    const seen = await settled(() => readMap(page));
    expect(seen.overlays.length).toBeGreaterThanOrEqual(6);
    for (const name of seen.drawn)
      for (const overlay of seen.overlays) expect(overlaps(name, overlay), `${name.text} under ${overlay.className}`).toBe(false);
    expect(seen.labels.length).toBeGreaterThanOrEqual(3);
    for (const name of seen.drawn)
      for (const label of seen.labels) expect(overlaps(name, label), `${name.text} under the label ${label.text}`).toBe(false);
  });
});

describe.each(SIZES)('the basemap names on the summit story page at %s, a place’s details open', (_name, options) => {
  it('go under the details no more than under the overlays (on a phone, "Andaman Sea" was half under Danang’s card)', async () => {
    const { page } = await session.open('/#place=danang', options);
    await page.addInitScript(recordCanvasText);
    await page.reload({ waitUntil: 'load' });
    await expect.poll(async () => (await readMap(page)).details.length, { timeout: 15_000 }).toBe(1);
    await expect.poll(async () => (await readMap(page)).drawn.length, { timeout: 15_000 }).toBeGreaterThan(2);
    const seen = await settled(() => readMap(page));
    const [details] = seen.details;
    for (const name of seen.drawn) expect(overlaps(name, details!), `${name.text} under the details`).toBe(false);
    for (const name of seen.drawn)
      for (const overlay of seen.overlays) expect(overlaps(name, overlay), `${name.text} under ${overlay.className}`).toBe(false);
  });
});
