// <summit-map> under Lit's development build (what Vite serves under the `development` condition,
// as here and in a user's `vite` dev server): Lit warns when an update is scheduled after one
// completed ("change-in-update": something set in `updated` that the template reads). None of its
// warnings may appear, whichever way the first selection is asked for, nor while the reader uses the map.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SummitMap } from '../../src/elements/summit-map';
import { spyOnWarnings, type Warnings } from '../fixtures/warnings';
import { cleanup, mountMap, nextFrame, shadow, until } from './helpers';

const issued = () => (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings;

/** Lit's own warnings (a warning is issued once per page: the set is emptied before each test). */
const fromLit = (warnings: Warnings) =>
  warnings.messages.filter((message) => message.includes('lit.dev/msg/') && !message.includes('dev mode'));

async function settle(element: SummitMap): Promise<void> {
  for (let frame = 0; frame < 10; frame += 1) await nextFrame();
  await element.updateComplete;
}

beforeEach(() => issued()?.clear());
afterEach(() => {
  cleanup();
  history.replaceState(null, '', location.pathname + location.search);
});

describe('<summit-map> under Lit’s development build', () => {
  it('runs the dev build (whose warnings this test watches)', () => {
    expect(issued()).toBeInstanceOf(Set);
  });

  it('select() before the map starts, as the README does: no warning', async () => {
    const warnings = spyOnWarnings();
    const element = await mountMap((map) => map.select('hanoi'));
    await settle(element);
    expect(element.selected).toBe('hanoi');
    expect(shadow(element).querySelector('[aria-live="polite"]')?.textContent).toMatch(/^Hanoi selected/);
    expect(fromLit(warnings)).toEqual([]);
  });

  it('a deep link (sync-hash) that names another place than `selected`: no warning', async () => {
    history.replaceState(null, '', '#place=danang');
    const warnings = spyOnWarnings();
    const element = await mountMap((map) => {
      map.syncHash = true;
      map.setAttribute('selected', 'hanoi');
    });
    await settle(element);
    expect(element.getAttribute('selected')).toBe('danang');
    expect(fromLit(warnings)).toEqual([]);
  });

  it('loading, selecting, stepping the timeline, zooming, narrowing and an error: no warning', async () => {
    const warnings = spyOnWarnings();
    const element = await mountMap((map) => (map.outcomeSrc = '/no-such-outcome.json'));
    await until(() => shadow(element).querySelector('[part="inset"] .inset-place') !== null, 'the inset');
    element.select('hanoi');
    await until(() => element.selected === 'hanoi', 'the selection');
    shadow(element).querySelector<HTMLButtonElement>('[part="timeline"] button[aria-label="Later"]')!.click();
    shadow(element).querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!.click();
    element.style.width = '390px';
    await until(() => shadow(element).querySelector('.controls.compact') !== null, 'the phone layout');
    await until(() => shadow(element).querySelector('[part="error"]') !== null, 'the error note');
    await settle(element);
    expect(fromLit(warnings)).toEqual([]);
  });
});
