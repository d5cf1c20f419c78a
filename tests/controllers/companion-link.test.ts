// CompanionLinkController: a companion element finds the <summit-map> its `for` names, whether the
// map comes before or after it, follows a change of `for`, and leaves no listener behind.
import { LitElement } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CompanionLinkController } from '../../src/controllers/companion-link';
import type { SummitMap } from '../../src/elements/summit-map';
import { SummitCiteEvent } from '../../src/events';
import { cleanup, mountMap, until } from '../elements/helpers';

class CompanionProbe extends LitElement {
  static override properties = { for: { type: String } };
  for = '';
  changes = 0;
  readonly cites: number[] = [];
  readonly link = new CompanionLinkController(this, () => this.changes++, {
    'summit-cite': (event) => this.cites.push((event as SummitCiteEvent).detail.paragraph),
  });
}
customElements.define('companion-probe', CompanionProbe);

function addCompanion(forId: string, parent: Node = document.body): CompanionProbe {
  const companion = document.createElement('companion-probe') as CompanionProbe;
  companion.for = forId;
  parent.appendChild(companion);
  return companion;
}

const mapWithId = (id: string, parent?: HTMLElement) => mountMap((el) => (el.id = id), parent);

/** Counts the listeners added to a map minus those removed, by event type. */
function watchListeners(map: SummitMap): () => Record<string, number> {
  const live = new Map<string, Set<unknown>>();
  const add = map.addEventListener.bind(map);
  const remove = map.removeEventListener.bind(map);
  vi.spyOn(map, 'addEventListener').mockImplementation((type: string, listener: unknown, options?: unknown) => {
    if (!live.has(type)) live.set(type, new Set());
    live.get(type)!.add(listener);
    add(type, listener as EventListener, options as AddEventListenerOptions);
  });
  vi.spyOn(map, 'removeEventListener').mockImplementation((type: string, listener: unknown, options?: unknown) => {
    live.get(type)?.delete(listener);
    remove(type, listener as EventListener, options as EventListenerOptions);
  });
  return () => Object.fromEntries([...live].map(([type, listeners]) => [type, listeners.size]));
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('CompanionLinkController', () => {
  it('links to a map that comes before the companion and follows its selection and extra events', async () => {
    const map = await mapWithId('story');
    const companion = addCompanion('story');
    await until(() => companion.link.map === map, 'linked');
    const changes = companion.changes;
    expect(changes).toBeGreaterThan(0);
    map.select('hanoi');
    expect(companion.changes).toBe(changes + 1);
    map.dispatchEvent(new SummitCiteEvent({ id: 'hanoi', paragraph: 2 }));
    expect(companion.cites).toEqual([2]);
  });

  it('links to a map that appears after the companion', async () => {
    const companion = addCompanion('later');
    await companion.updateComplete;
    expect(companion.link.map).toBeUndefined();
    const map = await mapWithId('later');
    await until(() => companion.link.map === map, 'linked to the later map');
    expect(companion.changes).toBeGreaterThan(0);
  });

  it('links only to a <summit-map>, not to another element with that id', async () => {
    const other = Object.assign(document.createElement('div'), { id: 'story' });
    document.body.append(other);
    const companion = addCompanion('story');
    await companion.updateComplete;
    expect(companion.link.map).toBeUndefined();
    expect(companion.changes).toBe(0);
  });

  it('finds the map inside the same shadow root', async () => {
    const outer = document.createElement('div');
    document.body.append(outer);
    const root = outer.attachShadow({ mode: 'open' });
    const wrapper = document.createElement('div');
    root.append(wrapper);
    const map = await mapWithId('inner', wrapper);
    const companion = addCompanion('inner', root);
    await until(() => companion.link.map === map, 'linked inside the shadow root');
    expect(companion.changes).toBeGreaterThan(0);
    expect(root.getElementById('inner')).toBe(map);
    expect(document.getElementById('inner')).toBeNull();
  });

  it('moves to the map that `for` names when it changes, and lets go of the first', async () => {
    const first = await mapWithId('first');
    const second = await mapWithId('second');
    const companion = addCompanion('first');
    await until(() => companion.link.map === first, 'linked to the first');
    companion.for = 'second';
    await companion.updateComplete;
    await until(() => companion.link.map === second, 'linked to the second');
    const changes = companion.changes;
    first.select('hanoi');
    first.dispatchEvent(new SummitCiteEvent({ id: 'hanoi', paragraph: 1 }));
    expect(companion.changes).toBe(changes);
    expect(companion.cites).toEqual([]);
    second.select('seoul');
    expect(companion.changes).toBe(changes + 1);
    companion.for = '';
    await companion.updateComplete;
    expect(companion.link.map).toBeUndefined();
  });

  it('unlinks when the companion leaves the page: no listener is left on the map', async () => {
    const map = await mapWithId('story');
    const liveListeners = watchListeners(map);
    const companion = addCompanion('story');
    await until(() => companion.link.map === map, 'linked');
    expect(liveListeners()).toEqual({ 'summit-ready': 1, 'summit-outcome': 1, 'summit-select': 1, 'summit-cite': 1 });
    companion.remove();
    expect(companion.link.map).toBeUndefined();
    expect(liveListeners()).toEqual({ 'summit-ready': 0, 'summit-outcome': 0, 'summit-select': 0, 'summit-cite': 0 });
    const changes = companion.changes;
    map.select('hanoi');
    map.dispatchEvent(new SummitCiteEvent({ id: 'hanoi', paragraph: 3 }));
    expect(companion.changes).toBe(changes);
    expect(companion.cites).toEqual([]);
  });

  it('stops waiting for a map once the companion leaves the page', async () => {
    const companion = addCompanion('later');
    await companion.updateComplete;
    companion.remove();
    await mapWithId('later');
    expect(companion.link.map).toBeUndefined();
    expect(companion.changes).toBe(0);
  });
});
