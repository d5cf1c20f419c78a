// Touch over the map, with touch events as Chromium fires them (dispatched here; the page's real
// scrolling under a finger is tested end to end in tests/e2e/touch.test.ts): one finger leaves
// the map where it is and shows a hint, two fingers move it, the mouse still drags it, and
// `one-finger-pan` gives one finger back to the map.
import { afterEach, describe, expect, it } from 'vitest';
import type { SummitMap } from '../../src/elements/summit-map';
import { cleanup, marker, mountMap, nextFrame, shadow, until } from './helpers';
import { settle as settleMap } from './measure';

afterEach(cleanup);

type Point = [number, number];

const mapContainer = (element: SummitMap) => shadow(element).querySelector<HTMLElement>('.leaflet-container')!;
const hint = (element: SummitMap) => shadow(element).querySelector<HTMLElement>('.touch-hint')!;

/** Where Hanoi's marker is, relative to the map. */
function hanoiOffset(element: SummitMap): Point {
  const box = marker(element, 'hanoi').getBoundingClientRect();
  const map = mapContainer(element).getBoundingClientRect();
  return [Math.round(box.left - map.left), Math.round(box.top - map.top)];
}

/** A point of the map clear of markers and overlays: the middle of its lower half. */
function openWater(element: SummitMap): Point {
  const map = mapContainer(element).getBoundingClientRect();
  return [map.left + map.width / 2, map.top + map.height * 0.62];
}

/** Fires a touch sequence at what lies under the first finger: start, `steps` moves by `delta`, end. */
async function swipe(element: SummitMap, fingers: Point[], delta: Point, steps = 12): Promise<void> {
  const [x, y] = fingers[0]!;
  const target = shadow(element).elementFromPoint(x, y)!;
  expect(mapContainer(element).contains(target)).toBe(true);
  const touchesAt = (offset: number) =>
    fingers.map(
      ([fx, fy], identifier) => new Touch({ identifier, target, clientX: fx + delta[0] * offset, clientY: fy + delta[1] * offset }),
    );
  const fire = (type: string, touches: Touch[], changed: Touch[]) =>
    target.dispatchEvent(
      new TouchEvent(type, { touches, targetTouches: touches, changedTouches: changed, bubbles: true, cancelable: true, composed: true }),
    );
  const start = touchesAt(0);
  fire('touchstart', start, start);
  for (let step = 1; step <= steps; step++) {
    const touches = touchesAt(step / steps);
    fire('touchmove', touches, touches);
    await nextFrame();
  }
  fire('touchend', [], touchesAt(1));
  await nextFrame();
}

/** A mouse drag by `delta` from `from`, as Leaflet's dragging reads it. */
async function mouseDrag(element: SummitMap, from: Point, delta: Point): Promise<void> {
  const target = shadow(element).elementFromPoint(...from)!;
  const init = (x: number, y: number) => ({
    clientX: x,
    clientY: y,
    button: 0,
    buttons: 1,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  target.dispatchEvent(new MouseEvent('mousedown', init(...from)));
  for (let step = 1; step <= 6; step++) {
    target.dispatchEvent(new MouseEvent('mousemove', init(from[0] + (delta[0] * step) / 6, from[1] + (delta[1] * step) / 6)));
    await nextFrame();
  }
  target.dispatchEvent(new MouseEvent('mouseup', init(from[0] + delta[0], from[1] + delta[1])));
  await nextFrame();
}

/** Until the map has stopped moving: a drag's inertia can outlast a fixed number of frames on a busy machine. */
const settle = async () => {
  const element = document.querySelector('summit-map');
  if (element) await settleMap(element);
};

describe('touch over the map', () => {
  it('lets the browser scroll the page under one finger, and pinch nothing itself', async () => {
    const element = await mountMap();
    expect(getComputedStyle(mapContainer(element)).touchAction).toBe('pan-x pan-y');
  });

  it('one finger does not move the map; a hint says to use two, hidden from screen readers and from taps, then fades', async () => {
    const element = await mountMap();
    await settle();
    const before = hanoiOffset(element);
    expect(hint(element).classList.contains('visible')).toBe(false);
    expect(getComputedStyle(hint(element)).visibility).toBe('hidden');

    await swipe(element, [openWater(element)], [0, -150]);
    await settle();
    expect(hanoiOffset(element)).toEqual(before);
    expect(hint(element).classList.contains('visible')).toBe(true);
    expect(hint(element).textContent).toBe('Use two fingers to move the map');
    expect(hint(element).getAttribute('aria-hidden')).toBe('true');
    expect(getComputedStyle(hint(element)).pointerEvents).toBe('none');
    // Over the map, and a tap where it shows reaches the map beneath.
    const box = hint(element).getBoundingClientRect();
    const under = shadow(element).elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)!;
    expect(mapContainer(element).contains(under)).toBe(true);

    await until(() => !hint(element).classList.contains('visible'), 'the hint gone', 4000);
  });

  it('a tap (no swipe) shows no hint', async () => {
    const element = await mountMap();
    await swipe(element, [openWater(element)], [3, 2], 2);
    expect(hint(element).classList.contains('visible')).toBe(false);
  });

  it('two fingers move the map (pan), with no hint', async () => {
    const element = await mountMap();
    await settle();
    const before = hanoiOffset(element);
    const [x, y] = openWater(element);
    await swipe(
      element,
      [
        [x - 40, y],
        [x + 40, y],
      ],
      [60, -80],
    );
    await until(() => hanoiOffset(element)[1] < before[1] - 40, 'the map moved up with the fingers');
    await settle();
    const after = hanoiOffset(element);
    expect(Math.abs(after[0] - before[0] - 60)).toBeLessThan(8);
    expect(Math.abs(after[1] - before[1] + 80)).toBeLessThan(8);
    expect(hint(element).classList.contains('visible')).toBe(false);
  });

  it('the mouse still drags the map, also after a touch', async () => {
    const element = await mountMap();
    await settle();
    await swipe(element, [openWater(element)], [0, -100]);
    await settle();
    const before = hanoiOffset(element);
    await mouseDrag(element, openWater(element), [-70, 50]);
    await until(() => hanoiOffset(element)[0] < before[0] - 40, 'the map dragged left');
    expect(mapContainer(element).classList.contains('leaflet-grab')).toBe(true);
  });

  it('with one-finger-pan, one finger drags the map as in a full-screen app, with no hint', async () => {
    const element = await mountMap((el) => el.setAttribute('one-finger-pan', ''));
    await settle();
    expect(element.oneFingerPan).toBe(true);
    expect(getComputedStyle(mapContainer(element)).touchAction).toBe('none');
    const before = hanoiOffset(element);
    await swipe(element, [openWater(element)], [0, -150]);
    await until(() => hanoiOffset(element)[1] < before[1] - 100, 'the map moved up with the finger');
    expect(hint(element).classList.contains('visible')).toBe(false);

    // Switched off again: one finger is the page's.
    element.oneFingerPan = false;
    await element.updateComplete;
    await settle();
    const now = hanoiOffset(element);
    await swipe(element, [openWater(element)], [0, -150]);
    await settle();
    expect(hanoiOffset(element)).toEqual(now);
  });
});
