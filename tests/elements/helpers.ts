// Mounting and querying helpers for the element tests (run in Chromium by Vitest browser mode).
// Queries use the elements' public hooks (parts, roles, data-place-id), not Leaflet's class names.
import '../../src/define';
import type { SummitMap } from '../../src/elements/summit-map';
import type { StoryView } from '../../src/leaflet/story-view';
import type { SummitErrorEvent, SummitSelectEvent } from '../../src/events';

/** Adds a <summit-map> to the page and resolves once its data is drawn. */
export async function mountMap(setup: (element: SummitMap) => void = () => {}, parent: HTMLElement = document.body): Promise<SummitMap> {
  const element = document.createElement('summit-map');
  element.style.width = '800px';
  setup(element);
  const ready = new Promise<void>((resolve) => element.addEventListener('summit-ready', () => resolve(), { once: true }));
  parent.append(element);
  await ready;
  await element.updateComplete;
  return element;
}

export const shadow = (element: SummitMap) => element.shadowRoot!;
/** The element's Leaflet view (private): for tests that move the map as a reader would. */
export const viewOf = (element: SummitMap) => (element as unknown as { view: StoryView }).view;
/** The map itself: part "map", a labelled region. */
export const mapRegion = (element: SummitMap) => shadow(element).querySelector<HTMLElement>('[part="map"]')!;
/** Every place drawn on the map (point markers and routes), by its data-place-id. */
export const placesDrawn = (element: SummitMap) => [...mapRegion(element).querySelectorAll<HTMLElement | SVGElement>('[data-place-id]')];
/** The point markers: places drawn as HTML (a route is an SVG path). */
export const markers = (element: SummitMap) => placesDrawn(element).filter((place): place is HTMLElement => place instanceof HTMLElement);
export const marker = (element: SummitMap, id: string) => mapRegion(element).querySelector<HTMLElement>(`[data-place-id="${id}"]`)!;
/** The open popup (a dialog on the map), or null. */
export const popup = (element: SummitMap) => mapRegion(element).querySelector<HTMLElement>('[role="dialog"]');

export function collect<T extends SummitSelectEvent | SummitErrorEvent>(target: EventTarget, type: T['type']): T[] {
  const events: T[] = [];
  target.addEventListener(type, (event) => events.push(event as T));
  return events;
}

/** The focused element, looking inside shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export async function until(condition: () => boolean, what: string, timeout = 3000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await nextFrame();
  }
}

export function cleanup(): void {
  document.body.replaceChildren();
}
