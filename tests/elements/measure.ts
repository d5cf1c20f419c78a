// Measuring what a reader sees in a <summit-map>: boxes of markers, labels, overlays and details
// in page pixels, what a pointer at a spot would hit, and when the map has stopped moving.
import type { SummitMap } from '../../src/elements/summit-map';
import { coverage, type Rect } from '../../src/model/framing';
import { nextFrame, shadow } from './helpers';

export const rectOf = (element: Element): Rect => {
  const box = element.getBoundingClientRect();
  return { x: box.left, y: box.top, width: box.width, height: box.height };
};

export const centre = (rect: Rect) => ({ x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 });

export const inside = (outer: Rect, inner: Rect, slack = 0.5) =>
  inner.x >= outer.x - slack &&
  inner.y >= outer.y - slack &&
  inner.x + inner.width <= outer.x + outer.width + slack &&
  inner.y + inner.height <= outer.y + outer.height + slack;

export const mapBox = (element: SummitMap) => rectOf(shadow(element).querySelector('.map')!);

/** The overlays a reader sees over the map: the controls (each button), key, timeline and credits. */
export function overlayBoxes(element: SummitMap): Rect[] {
  const root = shadow(element);
  return [...root.querySelectorAll('.controls button, .legend, .timeline, .credits')]
    .map(rectOf)
    .filter((rect) => rect.width > 0 && rect.height > 0);
}

/** The controls, the timeline and the locator inset, where shown: what details and a chosen place must never overlap. */
export function controlTimelineAndInsetBoxes(element: SummitMap): Rect[] {
  return [...shadow(element).querySelectorAll('.controls button, .timeline, .inset')]
    .filter((overlay) => overlay.checkVisibility({ visibilityProperty: true }))
    .map(rectOf)
    .filter((rect) => rect.width > 0);
}

/** Share of the map the overlays cover (union of their boxes ∩ map box / map area). */
export const overlayCoverage = (element: SummitMap) => coverage(overlayBoxes(element), mapBox(element));

/** The open details: the Leaflet popup on a wide map, the card on a narrow one. */
export const details = (element: SummitMap) => shadow(element).querySelector<HTMLElement>('.leaflet-popup, .summit-card');

/** The element a pointer at (x, y) would hit inside the map's shadow root. */
export const hitAt = (element: SummitMap, x: number, y: number) => shadow(element).elementFromPoint(x, y);

/** Resolves once the map has not moved for a few frames (flights and pans have ended). */
export async function settle(element: SummitMap): Promise<void> {
  // Flights move the markers, pans move the panes: watch both, and any open details.
  const state = () =>
    [...shadow(element).querySelectorAll<HTMLElement>('.leaflet-map-pane, .summit-marker, .leaflet-popup')]
      .map((moving) => moving.style.transform)
      .join('|') +
    `|${shadow(element).querySelector('.leaflet-zoom-anim') ? 'anim' : ''}|${details(element)?.getBoundingClientRect().top ?? ''}`;
  let previous = '';
  let stable = 0;
  for (let i = 0; i < 400 && stable < 6; i++) {
    await nextFrame();
    const now = state();
    stable = now === previous ? stable + 1 : 0;
    previous = now;
  }
}
