// Mounting helpers for the element tests (run in Chromium by Vitest browser mode).
import '../../src/define';
import type { SummitMap } from '../../src/elements/summit-map';
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
export const markers = (element: SummitMap) => [...shadow(element).querySelectorAll<HTMLElement>('.summit-marker')];
export const marker = (element: SummitMap, id: string) => shadow(element).querySelector<HTMLElement>(`[data-place-id="${id}"]`)!;
/** A place's open details: a Leaflet popup on a wide map, a card on a narrow one (under 600 px). */
export const popup = (element: SummitMap) => shadow(element).querySelector<HTMLElement>('.leaflet-popup, .summit-card');

export function collect<T extends SummitSelectEvent | SummitErrorEvent>(target: EventTarget, type: T['type']): T[] {
  const events: T[] = [];
  target.addEventListener(type, (event) => events.push(event as T));
  return events;
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
