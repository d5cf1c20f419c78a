// <summit-map> in a React 19 page and a Vue 3 page (tests/frameworks/), built with Vite here and run
// in Chromium: `places` arrives as a property, `selected` follows framework state, and the
// element's `summit-select` and `summit-error` reach the framework's state and its DOM.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePlaces } from '../frameworks/fixture';
import { consoleErrorsBesidesFavicon, e2eSession, foreignRequests, placeIds, type RecordedPage } from './browser';
import { ROOT } from './serve';

const fixtureIds = fixturePlaces.features.map((feature) => feature.id).sort();

let outDir = '';
const session = e2eSession(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'summit-map-frameworks-'));
  await build({ configFile: join(ROOT, 'tests/frameworks/vite.config.ts'), build: { outDir } });
  return { mounts: [{ prefix: '/', dir: outDir }] };
});

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe.each(['react', 'vue'])('the %s page', (framework) => {
  let recorded: RecordedPage;

  beforeAll(async () => {
    recorded = await session.open(`/${framework}/`);
  });

  it('draws the places it passed as a property, not the bundled story', async () => {
    const { page } = recorded;
    await expect.poll(async () => (await placeIds(page)).sort(), { timeout: 15_000 }).toEqual(fixtureIds);
    const ready = (await recorded.events()).filter((event) => event.type === 'summit-ready');
    expect(ready.map((event) => event.detail)).toEqual([{ places: fixtureIds.length }]);
    // A property, never an attribute: an object would show up as "[object Object]".
    expect(await page.locator('summit-map').getAttribute('places')).toBeNull();
    expect(await page.locator('summit-map .legend li').allTextContents()).toEqual(['City', 'Port']);
  });

  it('follows a marker click into framework state (all places are in view at first)', async () => {
    const { page } = recorded;
    await page.locator('summit-map .summit-marker[data-place-id="hanoi"]').click();
    await expect.poll(() => page.locator('#selected').textContent()).toBe('hanoi');
    expect(await page.locator('summit-map').getAttribute('selected')).toBe('hanoi');
    await expect.poll(() => page.locator('summit-map .leaflet-popup .popup-title').allTextContents()).toEqual(['Hanoi']);
  });

  it('opens the place that framework state selects, and the event reaches the state', async () => {
    const { page } = recorded;
    await page.locator('#select-danang').click();
    await expect.poll(() => page.locator('summit-map .leaflet-popup .popup-title').allTextContents()).toEqual(['Danang']);
    expect(await page.locator('summit-map').getAttribute('selected')).toBe('danang');
    await expect.poll(() => page.locator('#selected').textContent()).toBe('danang');
    const selects = (await recorded.events()).filter((event) => event.type === 'summit-select');
    expect(selects.map((event) => (event.detail as { id: string }).id)).toEqual(['hanoi', 'danang']);
  });

  it('shows the message of `summit-error` when it passes bad data, and keeps the places drawn', async () => {
    const { page } = recorded;
    expect((await page.locator('#error').textContent())?.trim()).toBe('');
    await page.locator('#bad-data').click();
    await expect.poll(async () => (await page.locator('#error').textContent())?.trim() ?? '').not.toBe('');
    const errors = (await recorded.events()).filter((event) => event.type === 'summit-error');
    expect(errors).toHaveLength(1);
    expect((await page.locator('#error').textContent())?.trim()).toBe((errors[0]!.detail as { message: string }).message);
    expect((await placeIds(page)).sort()).toEqual(fixtureIds);
    expect(recorded.pageErrors).toEqual([]);
    expect(consoleErrorsBesidesFavicon(recorded)).toEqual([]);
    expect(foreignRequests(recorded.requests, session.server.origin)).toEqual([]);
  });
});
