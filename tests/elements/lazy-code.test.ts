// Code that <summit-map> fetches on first use, not with its first view (issue 17 item 6): the
// first use works even when it comes before that code has arrived. Its own file, so that no
// earlier test has loaded the code already.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, deepActive, marker, mountMap, shadow, until } from './helpers';

afterEach(cleanup);

describe('<summit-map> code loaded on first use', () => {
  // First in the file: the arrow keys' code (place-moves.ts) is not loaded yet.
  it('arrow keys pressed in the same moment focus first enters the map are all carried out, in order', async () => {
    const element = await mountMap();
    const hanoi = marker(element, 'hanoi');
    // Focus and keys in one task: the code cannot have arrived yet.
    hanoi.focus();
    const keys = ['End', 'Home', 'ArrowRight', 'ArrowRight'].map(
      (key) => new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }),
    );
    for (const key of keys) hanoi.dispatchEvent(key);
    // Handled at once (the page does not scroll), carried out when the code is here.
    expect(keys.every((key) => key.defaultPrevented)).toBe(true);
    // The third place in keyboard order (Hanoi, Danang, Ho Chi Minh City): not Danang (the last key alone)
    // nor the route, the last place (the first key alone).
    await until(() => !['hanoi', 'danang'].includes(deepActive()?.getAttribute('data-place-id') ?? 'hanoi'), 'focus moved on');
    expect(deepActive()?.getAttribute('data-place-id')).toBe('ho-chi-minh-city');
    expect(hanoi.tabIndex).toBe(-1);
  });

  it("a route's description for screen readers comes when focus first enters the map, not with the first view", async () => {
    const element = await mountMap();
    const route = marker(element, 'overflight');
    // Its code (route-description.ts) is not fetched for a map nobody has focused.
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
    expect(route.hasAttribute('aria-description')).toBe(false);
    marker(element, 'hanoi').focus();
    await until(() => route.hasAttribute('aria-description'), 'route description');
    expect(route.getAttribute('aria-description')).toContain('from Pyongyang to Hanoi');
  });

  it('a route focused directly is described', async () => {
    const element = await mountMap();
    const route = marker(element, 'overflight');
    route.focus();
    await until(() => route.hasAttribute('aria-description'), 'route description');
    expect(route.getAttribute('aria-description')).toContain('3,193 km');
  });

  it('the first click on the keyboard help opens it with its content', async () => {
    const element = await mountMap();
    const toggle = shadow(element).querySelector<HTMLButtonElement>('.help-toggle')!;
    const help = shadow(element).querySelector<HTMLElement>('[part="help"]')!;
    toggle.click();
    await until(() => !help.hidden, 'the help open');
    expect(help.textContent).toMatch(/Arrow keys/);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
  });
});
