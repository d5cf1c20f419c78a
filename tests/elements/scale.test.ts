// Large stories: beyond the threshold, points and clusters are drawn on one canvas; the pointer
// and the keyboard still reach every place. The datasets are generated here.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { SummitMap } from '../../src/elements/summit-map';
import { parseStoryInSlices } from '../../src/loading/story-slices';
import { parseStory } from '../../src/model/story';
import { generatePlaces } from '../fixtures/generate-places';
import { cleanup, collect, markers, mountMap, shadow, until, viewOf } from './helpers';
import type { SummitErrorEvent, SummitSelectEvent } from '../../src/events';

const canvasOf = (element: SummitMap) => shadow(element).querySelector<HTMLCanvasElement>('.summit-point-canvas');

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A pointer event on the map where a position is drawn. */
function pointerAt(element: SummitMap, type: 'click' | 'mousemove', lat: number, lon: number): void {
  const map = viewOf(element).leafletMap;
  const point = map.latLngToContainerPoint([lat, lon]);
  const box = map.getContainer().getBoundingClientRect();
  const target = map.getPane('mapPane')!;
  target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: box.left + point.x, clientY: box.top + point.y }));
}

const clickAt = (element: SummitMap, lat: number, lon: number) => pointerAt(element, 'click', lat, lon);

afterEach(cleanup);

describe('10,000 places', () => {
  it('draws points and clusters on a canvas, with at most the keyboard place as a DOM marker', async () => {
    const element = await mountMap((map) => (map.places = generatePlaces(10_000)));
    await until(() => Number(canvasOf(element)?.dataset.clusters ?? 0) > 0, 'clusters drawn', 20_000);
    expect(markers(element).length).toBeLessThanOrEqual(1);
    expect(element.parsedPlaces.places).toHaveLength(10_000);
  });

  it('a click on a cluster zooms into it; the pointer is a hand over a point, and a click selects it', async () => {
    const element = await mountMap((map) => (map.places = generatePlaces(10_000)));
    await until(() => Number(canvasOf(element)?.dataset.clusters ?? 0) > 0, 'clusters drawn', 20_000);
    const map = viewOf(element).leafletMap;
    const before = map.getZoom();
    clickAt(element, 21, 105.8);
    await until(() => map.getZoom() > before, 'zoomed into the cluster', 10_000);

    const selections = collect<SummitSelectEvent>(element, 'summit-select');
    // The deepest zoom (8 with the offline basemap), where no cluster is left.
    const deepest = map.getMaxZoom();
    map.setView([-55, 60], deepest, { animate: false });
    await until(
      () => canvasOf(element)?.dataset.zoom === String(deepest) && canvasOf(element)?.dataset.points === '1',
      'the lone point drawn',
      10_000,
    );
    const container = viewOf(element).leafletMap.getContainer();
    pointerAt(element, 'mousemove', -55, 60);
    expect(container.style.cursor).toBe('pointer');
    pointerAt(element, 'mousemove', -50, 60);
    expect(container.style.cursor).toBe('');
    clickAt(element, -55, 60);
    await until(() => element.selected === 'q', 'q selected');
    expect(selections.map((event) => event.detail.id)).toEqual(['q']);
    await until(() => !!shadow(element).querySelector('.leaflet-popup'), 'popup open');
    expect(shadow(element).querySelector('[data-place-id="q"]')?.getAttribute('aria-label')).toBe('Place 9999, City');
  });

  it('the arrow keys reach a place inside a cluster: the map zooms until it stands alone, and it takes focus', async () => {
    const element = await mountMap((map) => (map.places = generatePlaces(10_000)));
    await until(() => Number(canvasOf(element)?.dataset.clusters ?? 0) > 0, 'clusters drawn', 20_000);
    const map = viewOf(element).leafletMap;
    const before = map.getZoom();
    shadow(element).querySelector<HTMLElement>('[data-place-id="p0"]')!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await until(() => deepActive()?.getAttribute('data-place-id') === 'p1', 'p1 focused', 10_000);
    expect(deepActive()?.getAttribute('aria-label')).toBe('Place 1, City');
    expect(deepActive()?.getAttribute('tabindex')).toBe('0');
    expect(map.getZoom()).toBeGreaterThan(before);
    expect(markers(element).map((marker) => marker.getAttribute('data-place-id'))).toEqual(['p1']);
    await userEvent.keyboard('{End}');
    await until(() => deepActive()?.getAttribute('data-place-id') === 'q', 'q focused', 10_000);
  });
});

describe('100,000 places from a URL', () => {
  it('are parsed in a worker and drawn; the map keeps answering', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(generatePlaces(100_000))], { type: 'application/json' }));
    const element = await mountMap((map) => (map.src = url));
    expect(element.parsedPlaces.places).toHaveLength(100_000);
    const workers = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('parse-worker'));
    expect(workers.length).toBeGreaterThan(0);
    // A Feature crossed from the worker is parsed on first use, and equals what was given.
    expect(element.parsedPlaces.places[5]!.feature).toMatchObject({ id: 'p5', properties: { name: 'Place 5' } });
    await until(() => Number(canvasOf(element)?.dataset.clusters ?? 0) > 0, 'clusters drawn', 30_000);
    URL.revokeObjectURL(url);
  });
});

describe('limits', () => {
  it('more than 500,000 features: a plain-language message, and the map keeps what it showed', async () => {
    const element = await mountMap();
    const errors = collect<SummitErrorEvent>(element, 'summit-error');
    const tooMany = { type: 'FeatureCollection', roles: {}, features: Array.from({ length: 500_001 }, () => ({})) };
    element.places = tooMany;
    await until(() => errors.length === 1, 'summit-error');
    await until(() => shadow(element).querySelector('[role="alert"]') !== null, 'the note');
    expect(errors[0]!.detail.problems.map((problem) => problem.message).join(' ')).toContain(
      'has 500,001 features; this map shows at most 500,000.',
    );
    expect(element.parsedPlaces.places.length).toBe(10);
  });

  it('the same from a URL, checked in the worker', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify({ type: 'FeatureCollection', features: Array(500_001).fill({}) })]));
    const element = await mountMap();
    const errors = collect<SummitErrorEvent>(element, 'summit-error');
    element.src = url;
    await until(() => errors.length === 1, 'summit-error', 20_000);
    expect(errors[0]!.detail.problems[0]!.message).toContain('this map shows at most 500,000');
    expect(element.parsedPlaces.places.length).toBe(10);
    URL.revokeObjectURL(url);
  });
});

describe('the place list of a large story', () => {
  it('renders only the items near its visible part; the current place is scrolled to and marked', async () => {
    const list = document.createElement('summit-place-list');
    list.setAttribute('for', 'big');
    list.style.cssText = 'display:block;height:300px;overflow:auto';
    document.body.append(list);
    const element = await mountMap((map) => {
      map.id = 'big';
      map.places = generatePlaces(10_000);
    });
    const items = () => [...list.shadowRoot!.querySelectorAll<HTMLElement>('li[data-place-id]')];
    await until(() => items().length > 0, 'list items');
    expect(items().length).toBeLessThan(100);
    expect(items()[0]!.getAttribute('aria-setsize')).toBe('10000');
    expect(items()[0]!.getAttribute('aria-posinset')).toBe('1');

    element.select('p9000');
    await until(() => !!list.shadowRoot!.querySelector('li.current[data-place-id="p9000"]'), 'p9000 current in the list');
    const current = list.shadowRoot!.querySelector<HTMLElement>('li.current')!;
    expect(current.querySelector('button')!.getAttribute('aria-current')).toBe('true');
    const box = list.getBoundingClientRect();
    const rect = current.getBoundingClientRect();
    expect(rect.top).toBeGreaterThanOrEqual(box.top);
    expect(rect.bottom).toBeLessThanOrEqual(box.bottom);
    expect(items().length).toBeLessThan(100);

    // The focused item stays when scrolled far away, so focus is not lost.
    const focused = items()[2]!;
    focused.querySelector('button')!.focus();
    list.scrollTop = list.scrollHeight;
    await until(() => items().some((item) => item.dataset.placeId === 'q'), 'the end of the list rendered');
    expect(focused.isConnected).toBe(true);
    expect(list.shadowRoot!.activeElement).toBe(focused.querySelector('button'));

    // Choosing an item still selects it on the map.
    const next = items().find((item) => item.dataset.placeId !== 'p9000')!;
    next.querySelector('button')!.click();
    await until(() => element.selected === next.dataset.placeId, 'chosen from the list');
  });
});

describe('without workers', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('a large file is parsed on the page in slices and clustered there, drawn the same', async () => {
    vi.stubGlobal('Worker', undefined);
    const url = URL.createObjectURL(new Blob([JSON.stringify(generatePlaces(20_000))], { type: 'application/json' }));
    const element = await mountMap((map) => (map.src = url));
    expect(element.parsedPlaces.places).toHaveLength(20_000);
    await until(() => Number(canvasOf(element)?.dataset.clusters ?? 0) > 0, 'clusters drawn', 30_000);
    URL.revokeObjectURL(url);
  });

  it('validation in slices reports what validation in one go does, with the same feature numbers', async () => {
    const data = generatePlaces(12_000) as { features: unknown[] } & Record<string, unknown>;
    data.features[7_001] = 'not a feature';
    data.features[11_000] = { ...(data.features[3] as object) };
    (data.features[5_500] as { properties: { name: string } }).properties.name = '';
    const whole = parseStory(data);
    const sliced = await parseStoryInSlices(data);
    expect(sliced.value.places.map((place) => place.id)).toEqual(whole.value.places.map((place) => place.id));
    expect(sliced.problems).toEqual(whole.problems);
    // Per feature: the bad one and the duplicate (the unnamed one is in a grouped problem that names it).
    expect(sliced.problems.map((problem) => problem.index)).toEqual([5_500, 7_001, 11_000, undefined]);
    expect(sliced.problems.at(-1)!.message).toContain('feature 5501');
  });
});
