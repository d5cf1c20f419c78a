// The first view of a bare <summit-map> at its default size, on a desktop and on a phone: every
// place is its own target for a pointer (on the map, or in the locator inset for the places far
// from the story's focus), the three venues are labelled without overlap, and choosing a place
// by any route shows it apart from its neighbours with its details clear of the overlays.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import places from '../../geo/places.geojson?raw';
import type { SummitMap } from '../../src/elements/summit-map';
import { intersects, project } from '../../src/model/framing';
import type { Position } from '../../src/model/types';
import { cleanup, marker, shadow, until } from './helpers';
import { centre, controlTimelineAndInsetBoxes, details, hitAt, inside, mapBox, rectOf, settle } from './measure';

interface FeatureData {
  id: string;
  geometry: { type: string; coordinates: unknown };
  properties: { name: string };
}
const dataset = JSON.parse(places) as { features: FeatureData[] };
const points = dataset.features.filter((feature) => feature.geometry.type === 'Point');
const VENUES = ['hanoi', 'danang', 'ho-chi-minh-city'];
const positionOf = (id: string) => dataset.features.find((feature) => feature.id === id)!.geometry.coordinates as Position;

/** A bare <summit-map> at its default size, drawn and settled. */
async function mountBare(setup: (element: SummitMap) => void = () => {}): Promise<SummitMap> {
  const element = document.createElement('summit-map');
  setup(element);
  const ready = new Promise<void>((resolve) => element.addEventListener('summit-ready', () => resolve(), { once: true }));
  document.body.append(element);
  await ready;
  await element.updateComplete;
  await settle(element);
  return element;
}

/** What a pointer at a place's marker centre hits: that marker, or (far places) its group's button in the inset. */
function pointerReaches(element: SummitMap, id: string): 'map' | 'inset' | false {
  const map = mapBox(element);
  const at = centre(rectOf(marker(element, id)));
  if (at.x > map.x && at.x < map.x + map.width && at.y > map.y && at.y < map.y + map.height) {
    if (hitAt(element, at.x, at.y)?.closest('[data-place-id]')?.getAttribute('data-place-id') === id) return 'map';
  }
  const name = points.find((point) => point.id === id)!.properties.name;
  const button = [...shadow(element).querySelectorAll<HTMLElement>('.inset-place')].find((candidate) =>
    candidate.textContent!.includes(name),
  );
  if (!button) return false;
  const label = button.querySelector('.inset-label')!;
  const target = centre(rectOf(label.getBoundingClientRect().width ? label : button));
  return hitAt(element, target.x, target.y)?.closest('.inset-place') === button ? 'inset' : false;
}

const SIZES = [
  ['desktop', 1280, 900],
  ['phone', 390, 844],
] as const;

describe.each(SIZES)('a bare <summit-map> at its default size, %s (%i × %i)', (_name, width, height) => {
  beforeEach(async () => {
    await page.viewport(width, height);
  });
  afterEach(cleanup);

  it('makes every place its own target for a pointer at the first view', async () => {
    const element = await mountBare();
    const reached = Object.fromEntries(points.map((point) => [point.id, pointerReaches(element, point.id)]));
    for (const point of points) expect(reached[point.id], point.id).not.toBe(false);
    // The three venues are on the map itself.
    for (const id of VENUES) expect(reached[id], id).toBe('map');
  });

  it("places each of the first view's markers once: the view is set before they are added", async () => {
    const element = document.createElement('summit-map');
    const ready = new Promise<void>((resolve) => element.addEventListener('summit-ready', () => resolve(), { once: true }));
    document.body.append(element);
    // Every change of a marker's style from then on, with the value it had (Leaflet positions a
    // marker by its transform).
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(element.shadowRoot!, { subtree: true, attributes: true, attributeFilter: ['style'], attributeOldValue: true });
    await ready;
    await settle(element);
    changes.push(...observer.takeRecords());
    observer.disconnect();
    const translate = (style: string | null) => /translate3d\([^)]*\)/.exec(style ?? '')?.[0];
    const moved = changes
      .filter((change) => (change.target as Element).classList.contains('summit-marker'))
      .filter((change) => {
        const before = translate(change.oldValue);
        return before !== undefined && before !== translate((change.target as Element).getAttribute('style'));
      })
      .map((change) => (change.target as HTMLElement).dataset.placeId);
    expect(shadow(element).querySelectorAll('.summit-marker').length).toBe(points.length);
    expect(moved).toEqual([]);
  });

  it("frames the first view clear of the inset: the inset's box is in place as the markers are drawn, its places follow", async () => {
    const element = document.createElement('summit-map');
    const inset = () => shadow(element).querySelector('.inset');
    let boxWhenDrawn: DOMRect | undefined;
    const ready = new Promise<void>((resolve) =>
      element.addEventListener(
        'summit-ready',
        () => {
          boxWhenDrawn = inset()?.getBoundingClientRect();
          resolve();
        },
        { once: true },
      ),
    );
    document.body.append(element);
    await ready;
    await settle(element);
    await until(() => shadow(element).querySelectorAll('.inset-place').length > 0, 'the places in the inset');
    const { x, y, width, height } = inset()!.getBoundingClientRect();
    expect(boxWhenDrawn && { x: boxWhenDrawn.x, y: boxWhenDrawn.y, width: boxWhenDrawn.width, height: boxWhenDrawn.height }).toEqual({
      x,
      y,
      width,
      height,
    });
  });

  it('labels Hanoi, Danang and Ho Chi Minh City, no label over another', async () => {
    const element = await mountBare();
    const labels = [...shadow(element).querySelectorAll<HTMLElement>('.place-label')].filter((label) => label.dataset.side !== 'none');
    const shown = labels.map((label) => label.textContent!.trim());
    expect(shown).toEqual(expect.arrayContaining(['Hanoi', 'Danang', 'Ho Chi Minh City']));
    const boxes = labels.map(rectOf);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(intersects(boxes[i]!, boxes[j]!), `${shown[i]} / ${shown[j]}`).toBe(false);
    for (const box of boxes) expect(inside(mapBox(element), box)).toBe(true);
  });

  it.each(VENUES)('choosing %s shows its details inside the map, clear of the controls and timeline, not over the place', async (id) => {
    const element = await mountBare();
    element.select(id);
    await until(() => details(element) !== null, 'details');
    await settle(element);
    const box = rectOf(details(element)!);
    const map = mapBox(element);
    expect(inside(map, box), `${JSON.stringify(box)} in ${JSON.stringify(map)}`).toBe(true);
    for (const overlay of controlTimelineAndInsetBoxes(element)) expect(intersects(box, overlay), JSON.stringify(overlay)).toBe(false);
    const place = rectOf(marker(element, id));
    expect(intersects(box, place)).toBe(false);
    expect(inside(map, place)).toBe(true);
    for (const overlay of controlTimelineAndInsetBoxes(element)) expect(intersects(place, overlay)).toBe(false);
    const at = centre(place);
    expect(hitAt(element, at.x, at.y)?.closest('[data-place-id]')?.getAttribute('data-place-id')).toBe(id);
  });

  it('choosing Danang ends at a zoom where the three venues stand apart', async () => {
    const element = await mountBare();
    // From the world view, where they overlap.
    shadow(element).querySelector<HTMLButtonElement>('button.fit')!.click();
    await settle(element);
    element.select('danang');
    await until(() => details(element) !== null, 'details');
    await settle(element);
    const boxes = VENUES.map((venue) => rectOf(marker(element, venue)));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(intersects(boxes[i]!, boxes[j]!), `${VENUES[i]} / ${VENUES[j]}`).toBe(false);
  });

  it('a pointer on the top marker of an overlapping group at world zoom leads to the group', async () => {
    const element = await mountBare();
    shadow(element).querySelector<HTMLButtonElement>('button.fit')!.click();
    await settle(element);
    const stockholm = () => rectOf(marker(element, 'stockholm'));
    const talks = () => rectOf(marker(element, 'lake-malaren-talks'));
    expect(intersects(stockholm(), talks())).toBe(true);
    const at = centre(talks());
    const hit = hitAt(element, at.x, at.y)!.closest<HTMLElement>('[data-place-id]')!;
    expect(hit.dataset.placeId).toBe('lake-malaren-talks');
    hit.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: at.x, clientY: at.y }));
    await until(() => details(element) !== null, 'details');
    await settle(element);
    expect(intersects(stockholm(), talks())).toBe(false);
    const target = centre(stockholm());
    expect(hitAt(element, target.x, target.y)?.closest('[data-place-id]')?.getAttribute('data-place-id')).toBe('stockholm');
  });

  it('the inset takes the map to a far place', async () => {
    const element = await mountBare();
    const button = shadow(element).querySelector<HTMLButtonElement>('.inset-place[data-inset-id="washington"]')!;
    button.click();
    await until(() => details(element) !== null, 'details');
    await settle(element);
    expect(element.selected).toBe('washington');
    expect(inside(mapBox(element), rectOf(marker(element, 'washington')))).toBe(true);
  });

  it("the inset's rectangle shows the main view and follows it to a far place", async () => {
    const element = await mountBare();
    const rectangle = () => shadow(element).querySelector<SVGRectElement>('.inset-view');
    /** Whether the rectangle (in the inset's projected units) covers a place. */
    const covers = (id: string) => {
      const box = rectangle()!;
      const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((name) => Number(box.getAttribute(name)));
      const at = project(positionOf(id));
      return at.x >= x! && at.x <= x! + width! && at.y >= y! && at.y <= y! + height!;
    };
    await until(() => rectangle() !== null, 'the view rectangle');
    expect(VENUES.every(covers)).toBe(true);
    expect(covers('washington')).toBe(false);
    shadow(element).querySelector<HTMLButtonElement>('.inset-place[data-inset-id="washington"]')!.click();
    await until(() => details(element) !== null, 'details');
    await settle(element);
    await until(() => covers('washington'), 'the rectangle at Washington');
    expect(covers('hanoi')).toBe(false);
  });

  it('arrow keys keep the focused place clear of the overlays', async () => {
    const element = await mountBare();
    marker(element, 'hanoi').focus();
    for (let step = 0; step < points.length; step++) {
      await userEvent.keyboard('{ArrowRight}');
      await settle(element);
      const focused = shadow(element).activeElement as HTMLElement;
      // The route is a long line: it is in view, not inside it.
      if (focused.dataset.placeId === 'overflight') continue;
      const box = rectOf(focused);
      expect(inside(mapBox(element), box), focused.dataset.placeId).toBe(true);
      for (const overlay of controlTimelineAndInsetBoxes(element)) expect(intersects(box, overlay), focused.dataset.placeId).toBe(false);
    }
  });
});
