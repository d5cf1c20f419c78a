// Lazy start: a map far below the fold builds nothing and loads nothing until it nears the
// viewport, then draws and fires summit-ready; a map in view starts in its first update; a
// selection asked for before the start applies when it comes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import places from '../../geo/places.geojson?raw';
import '../../src/define';
import type { SummitMap } from '../../src/elements/summit-map';
import { cleanup, nextFrame, popup, shadow, until } from './helpers';

afterEach(() => {
  cleanup();
  window.scrollTo(0, 0);
  vi.restoreAllMocks();
});

/** A map after a 5000 px spacer, and whether it has fired summit-ready. */
function mountFarBelow(setup: (element: SummitMap) => void = () => {}): { element: SummitMap; ready: () => boolean } {
  const spacer = document.createElement('div');
  spacer.style.height = '5000px';
  const element = document.createElement('summit-map');
  element.style.width = '400px';
  setup(element);
  let fired = 0;
  element.addEventListener('summit-ready', () => fired++);
  document.body.append(spacer, element);
  return { element, ready: () => fired > 0 };
}

const leafletContainer = (element: SummitMap) => shadow(element).querySelector('.leaflet-container');

const frames = async (count: number) => {
  for (let i = 0; i < count; i++) await nextFrame();
};

describe('lazy start', () => {
  it('a map 5000 px below the fold builds no Leaflet map and loads nothing until scrolled near; then it draws and fires summit-ready', async () => {
    const realFetch = window.fetch.bind(window);
    const fetchSpy = vi
      .spyOn(window, 'fetch')
      .mockImplementation((input, init) =>
        String(input).includes('far-below')
          ? Promise.resolve(new Response(places, { headers: { 'content-type': 'application/json' } }))
          : realFetch(input, init),
      );
    const { element, ready } = mountFarBelow((map) => (map.src = '/far-below.geojson'));
    await element.updateComplete;
    await frames(5);
    expect(leafletContainer(element)).toBeNull();
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(ready()).toBe(false);

    // Scrolled to just above it: within the start margin, not yet in view.
    window.scrollTo(0, element.offsetTop - window.innerHeight - 150);
    await until(() => ready(), 'summit-ready after scrolling near');
    // The places once; the basemap's own files come beside them.
    expect(fetchSpy.mock.calls.filter(([input]) => String(input).includes('far-below'))).toHaveLength(1);
    expect(leafletContainer(element)).not.toBeNull();
    expect(shadow(element).querySelectorAll('.summit-marker').length).toBeGreaterThan(0);
  });

  it('a map in view builds its Leaflet map in its first update', async () => {
    const element = document.createElement('summit-map');
    document.body.append(element);
    await element.updateComplete;
    expect(leafletContainer(element)).not.toBeNull();
  });

  it('loading="eager" builds a map far below the fold at once', async () => {
    const { element, ready } = mountFarBelow((map) => map.setAttribute('loading', 'eager'));
    await element.updateComplete;
    expect(leafletContainer(element)).not.toBeNull();
    await until(() => ready(), 'summit-ready without scrolling');
  });

  it('select() and the selected attribute, set before the start, apply when it comes', async () => {
    const first = mountFarBelow();
    expect(first.element.select('danang')).toBe(true);
    await first.element.updateComplete;
    expect(leafletContainer(first.element)).toBeNull();
    expect(first.element.selected).toBe('danang');
    first.element.scrollIntoView();
    await until(() => popup(first.element)?.textContent?.includes('Danang') === true, 'Danang open after the start');
    cleanup();
    window.scrollTo(0, 0);

    const second = mountFarBelow((map) => map.setAttribute('selected', 'hanoi'));
    await second.element.updateComplete;
    await frames(3);
    expect(leafletContainer(second.element)).toBeNull();
    second.element.scrollIntoView();
    await until(() => popup(second.element)?.textContent?.includes('Hanoi') === true, 'Hanoi open after the start');
    expect(second.element.selected).toBe('hanoi');
  });

  it('a map removed before it started, then put in view, starts', async () => {
    const { element, ready } = mountFarBelow();
    await element.updateComplete;
    element.remove();
    await frames(2);
    document.body.prepend(element);
    await until(() => ready(), 'summit-ready after re-attaching in view');
    expect(shadow(element).querySelectorAll('.leaflet-container')).toHaveLength(1);
  });
});
