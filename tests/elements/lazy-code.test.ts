// Code that <summit-map> fetches on first use, not with its first view (issue 17 item 6): the
// first use works even when it comes before that code has arrived. Its own file, so that no
// earlier test has loaded the code already.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, deepActive, marker, mountMap, shadow, until } from './helpers';

afterEach(cleanup);

describe('<summit-map> code loaded on first use', () => {
  it('an arrow key pressed in the same moment focus first enters the map still moves to the next place', async () => {
    const element = await mountMap();
    const hanoi = marker(element, 'hanoi');
    // Focus and key in one task: the arrow keys' code (place-moves.ts) cannot have arrived yet.
    hanoi.focus();
    const key = new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true, cancelable: true });
    hanoi.dispatchEvent(key);
    // Handled at once (the page does not scroll), carried out when the code is here.
    expect(key.defaultPrevented).toBe(true);
    await until(() => deepActive()?.getAttribute('data-place-id') === 'danang', 'focus on Danang');
    expect(marker(element, 'danang').tabIndex).toBe(0);
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
