// Full screen: a toggle among the controls puts the element itself in full screen (the real
// Fullscreen API, from a real click), the map re-measures to fill it, Escape leaves (after an
// open popup has closed), and the toggle is absent where the API is missing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { SummitMap } from '../../src/elements/summit-map';
import { cleanup, marker, mountMap, popup, shadow, until } from './helpers';

afterEach(async () => {
  if (document.fullscreenElement) await document.exitFullscreen();
  cleanup();
  vi.restoreAllMocks();
});

const toggle = (element: SummitMap) => shadow(element).querySelector<HTMLButtonElement>('.controls button.fullscreen-toggle');
const mapBox = (element: SummitMap) => shadow(element).querySelector<HTMLElement>('.leaflet-container')!;

describe('full screen', () => {
  it('the toggle puts the element in full screen; the map fills the screen; pressing it again leaves', async () => {
    const element = await mountMap();
    const button = toggle(element)!;
    expect(button).not.toBeNull();
    expect(button.getAttribute('aria-label')).toBe('Full screen');
    expect(button.getAttribute('aria-pressed')).toBe('false');
    const height = mapBox(element).clientHeight;
    expect(height).toBeLessThan(window.innerHeight);

    await userEvent.click(button);
    await until(() => document.fullscreenElement === element, 'the element in full screen');
    await until(() => button.getAttribute('aria-pressed') === 'true', 'the toggle pressed');
    expect(button.title).toBe('Exit full screen');
    // Re-measured: Leaflet's idea of its size follows the container's, which fills the screen.
    await until(() => mapBox(element).clientHeight === window.innerHeight, 'the map as tall as the screen');
    const leafletSize = () =>
      (element as unknown as { view: { leafletMap: { getSize(): { x: number; y: number } } } }).view.leafletMap.getSize();
    await until(() => leafletSize().y === window.innerHeight && leafletSize().x === window.innerWidth, 'Leaflet re-measured');

    await userEvent.click(button);
    await until(() => document.fullscreenElement === null, 'full screen left');
    await until(() => button.getAttribute('aria-pressed') === 'false', 'the toggle released');
    await until(() => leafletSize().y === height, 'Leaflet re-measured back');
  });

  it('Escape first closes an open popup, then leaves full screen', async () => {
    const element = await mountMap();
    await userEvent.click(toggle(element)!);
    await until(() => document.fullscreenElement === element, 'the element in full screen');
    marker(element, 'hanoi').focus();
    await userEvent.keyboard('{Enter}');
    await until(() => popup(element) !== null, 'popup open');

    await userEvent.keyboard('{Escape}');
    await until(() => popup(element) === null, 'popup closed');
    expect(document.fullscreenElement).toBe(element);

    await userEvent.keyboard('{Escape}');
    await until(() => document.fullscreenElement === null, 'full screen left');
  });

  it('in full screen one finger pans the map (there is no page to scroll)', async () => {
    const element = await mountMap();
    const container = mapBox(element);
    expect(container.style.touchAction).toBe('pan-x pan-y');
    await userEvent.click(toggle(element)!);
    await until(() => document.fullscreenElement === element, 'the element in full screen');
    await until(() => container.style.touchAction === '', "Leaflet's own touch handling");
    await document.exitFullscreen();
    await until(() => container.style.touchAction === 'pan-x pan-y', 'one finger scrolls the page again');
  });

  it('there is no toggle where the Fullscreen API is missing or not allowed', async () => {
    vi.spyOn(document, 'fullscreenEnabled', 'get').mockReturnValue(false);
    const element = await mountMap();
    expect(toggle(element)).toBeNull();
    expect(shadow(element).querySelectorAll('.controls button').length).toBeGreaterThan(0);
  });
});
