// A local story (13 places on one island, four within 2 km of Hilo) in a <summit-map> on a
// desktop and a phone: framed by its own extent (the old first view stopped at zoom 4.75, a 40-pixel
// blob), every marker its own target for a pointer at the first view and with each place chosen,
// places that coincide at the deepest offline zoom fanned out with leader lines, and the author's
// first view and deepest zoom obeyed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import island from '../e2e/fixtures/island.geojson?raw';
import type { SummitMap } from '../../src/elements/summit-map';
import { OFFLINE_MAX_ZOOM } from '../../src/model/view-frame';
import { cleanup, marker, markers, mountMap, shadow, until, viewOf } from './helpers';
import { centre, hitAt, mapBox, rectOf, settle } from './measure';

const data = JSON.parse(island) as { features: { id: string }[] };
const ids = data.features.map((feature) => feature.id);

/** The place whose marker a pointer at that marker's centre hits, for every marker on screen. */
function ownTargets(element: SummitMap): Record<string, boolean> {
  const box = mapBox(element);
  return Object.fromEntries(
    markers(element).map((each) => {
      const id = each.dataset.placeId!;
      const at = centre(rectOf(each));
      const onScreen = at.x > box.x && at.x < box.x + box.width && at.y > box.y && at.y < box.y + box.height;
      return [id, onScreen && hitAt(element, at.x, at.y)?.closest('[data-place-id]')?.getAttribute('data-place-id') === id];
    }),
  );
}

/** How much of the map the markers' box fills, across and down. */
function spread(element: SummitMap, only: readonly string[] = ids) {
  const box = mapBox(element);
  const centres = only.map((id) => centre(rectOf(marker(element, id))));
  const xs = centres.map((point) => point.x);
  const ys = centres.map((point) => point.y);
  return { across: (Math.max(...xs) - Math.min(...xs)) / box.width, down: (Math.max(...ys) - Math.min(...ys)) / box.height };
}

async function mountIsland(setup: (element: SummitMap) => void = () => {}): Promise<SummitMap> {
  const element = await mountMap((map) => {
    map.style.width = '100%';
    map.style.height = `${Math.min(600, window.innerHeight)}px`;
    map.places = JSON.parse(island);
    setup(map);
  });
  await settle(element);
  return element;
}

describe.each([
  ['desktop', 1280, 900],
  ['phone', 390, 844],
] as const)('a local story, %s (%i × %i)', (_name, width, height) => {
  beforeEach(() => page.viewport(width, height));
  afterEach(cleanup);

  it("frames the island by its own extent, every marker its own target, Hilo's four fanned out with leader lines", async () => {
    const element = await mountIsland();
    const map = viewOf(element).leafletMap;
    // The fan's code is fetched the first time a map needs it: wait for the leader lines.
    await until(() => shadow(element).querySelectorAll('.place-leader').length > 0, 'the fan', 10_000);
    await settle(element);
    // Far closer than the old cap (4.75): as close as the offline basemap honestly goes, or filling the map.
    const { across, down } = spread(element);
    expect(map.getZoom() === map.getMaxZoom() || Math.max(across, down) > 0.6).toBe(true);
    expect(map.getZoom()).toBeGreaterThan(7);
    expect(Math.max(across, down)).toBeGreaterThan(0.2);
    const reached = ownTargets(element);
    expect(Object.keys(reached).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(reached[id], id).toBe(true);
    // At the offline limit the four within 2 km of Hilo coincide: fanned, each with a leader line.
    expect(map.getZoom()).toBe(OFFLINE_MAX_ZOOM);
    const fanned = markers(element)
      .filter((each) => each.classList.contains('fanned'))
      .map((each) => each.dataset.placeId);
    expect(fanned).toEqual(expect.arrayContaining(['hilo', 'wainaku', 'site-a', 'site-b']));
    expect(shadow(element).querySelectorAll('.place-leader').length).toBe(fanned.length);
    for (const each of markers(element)) {
      const box = rectOf(each);
      expect(box.width, each.dataset.placeId).toBeGreaterThanOrEqual(24);
      expect(box.height, each.dataset.placeId).toBeGreaterThanOrEqual(24);
    }
    expect(shadow(element).querySelector('.credits')!.textContent).toMatch(/Closest offline view/);
  });

  it('frames three towns named together by their own extent', async () => {
    const element = await mountIsland();
    element.frame(['hilo', 'volcano', 'pahala']);
    await settle(element);
    const { across, down } = spread(element, ['hilo', 'volcano', 'pahala']);
    const map = viewOf(element).leafletMap;
    expect(map.getZoom() === map.getMaxZoom() || Math.max(across, down) > 0.4).toBe(true);
  });

  it('shows each place, once chosen, as its own target beside its details', async () => {
    const element = await mountIsland();
    for (const id of ids) {
      element.select(id);
      await until(() => !!shadow(element).querySelector('.leaflet-popup, .summit-card'), `${id}'s details`);
      await settle(element);
      const at = centre(rectOf(marker(element, id)));
      expect(hitAt(element, at.x, at.y)?.closest('[data-place-id]')?.getAttribute('data-place-id'), id).toBe(id);
      element.select('');
      await settle(element);
    }
  });

  it('frames the first view again after a resize while the reader has not moved the map, and not after', async () => {
    const element = await mountIsland((map) => map.setAttribute('max-zoom', '7'));
    const map = viewOf(element).leafletMap;
    const inside = () => {
      const box = mapBox(element);
      return ids.every((id) => {
        const at = centre(rectOf(marker(element, id)));
        return at.x > box.x && at.x < box.x + box.width && at.y > box.y && at.y < box.y + box.height;
      });
    };
    expect(inside()).toBe(true);
    // Turned: a much narrower, taller map. At zoom 7 the island does not fit 180 px: framed out.
    element.style.width = '180px';
    await until(() => map.getZoom() < 7, 'framed again for the narrow map');
    await settle(element);
    expect(inside()).toBe(true);
    element.style.width = '100%';
    await until(() => map.getZoom() === 7, 'framed again for the wide map');
    await settle(element);
    // Moved by the reader: a resize leaves the view where the reader put it.
    map.panBy([200, 0], { animate: false });
    const centreBefore = map.getCenter();
    element.style.width = '180px';
    await settle(element);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(map.getZoom()).toBe(7);
    expect(map.getCenter().lat).toBeCloseTo(centreBefore.lat, 0);
  });

  it('frames a focus of one place with its nearest neighbour, not at the deepest zoom', async () => {
    const element = await mountMap((map) => {
      map.style.width = '100%';
      map.places = {
        type: 'FeatureCollection',
        roles: { first: { order: 1 }, other: { order: 2 } },
        features: [
          {
            type: 'Feature',
            id: 'seattle',
            geometry: { type: 'Point', coordinates: [-122.33, 47.61] },
            properties: { name: 'Seattle', role: 'first' },
          },
          {
            type: 'Feature',
            id: 'sf',
            geometry: { type: 'Point', coordinates: [-122.42, 37.77] },
            properties: { name: 'San Francisco', role: 'other' },
          },
          {
            type: 'Feature',
            id: 'kodiak',
            geometry: { type: 'Point', coordinates: [-152.41, 57.79] },
            properties: { name: 'Kodiak', role: 'other' },
          },
        ],
      };
    });
    await settle(element);
    const map = viewOf(element).leafletMap;
    expect(map.getZoom()).toBeLessThan(OFFLINE_MAX_ZOOM - 2);
    const bounds = map.getBounds();
    expect(bounds.contains([47.61, -122.33]) && bounds.contains([37.77, -122.42])).toBe(true);
  });

  it("obeys the author's first view and deepest zoom", async () => {
    const element = await mountIsland((map) => {
      map.setAttribute('first-view', '-155.2,19.6,-154.9,19.9');
      map.setAttribute('max-zoom', '7');
    });
    const map = viewOf(element).leafletMap;
    expect(map.getMaxZoom()).toBe(7);
    expect(map.getZoom()).toBe(7);
    // The bounds (around Hilo) are in the middle of the view.
    const bounds = map.getBounds();
    expect(bounds.contains([19.75, -155.05])).toBe(true);
  });

  it('reports a first view it cannot read, and frames the places instead', async () => {
    const errors: string[] = [];
    const element = await mountIsland((map) => {
      map.setAttribute('first-view', 'Hawaii');
      map.addEventListener('summit-error', (event) => errors.push(JSON.stringify((event as CustomEvent).detail)));
    });
    expect(errors.join()).toMatch(/first-view/);
    expect(viewOf(element).leafletMap.getZoom()).toBe(OFFLINE_MAX_ZOOM);
  });
});
