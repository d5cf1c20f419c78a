// Loading from URLs: a server that never answers meets the timeout; a newer source wins over an
// older slow one. fetch is replaced by one that answers only when told (or never).
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/define';
import type { SummitMap } from '../../src/elements/summit-map';
import type { SummitErrorEvent, SummitReadyEvent } from '../../src/events';
import { readText } from '../fixtures/load';
import { spyOnWarnings } from '../fixtures/warnings';
import { cleanup, markers, shadow, until } from './helpers';

const places = readText('geo/places.geojson');

type Answer = (body: string) => void;

/** fetch that never answers by itself: each request waits for `answers[url]`, or for its abort. */
function holdRequests(): Map<string, Answer> {
  const answers = new Map<string, Answer>();
  vi.spyOn(window, 'fetch').mockImplementation(
    (input, init) =>
      new Promise<Response>((resolve, reject) => {
        const url = String(input);
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
        answers.set(url, (body) => resolve(new Response(body, { headers: { 'content-type': 'application/json' } })));
      }),
  );
  return answers;
}

function twoPlaces(first: string): string {
  const data = JSON.parse(places) as { features: { properties: { name: string } }[] };
  return JSON.stringify({
    ...data,
    features: data.features.slice(0, 2).map((f, i) => (i === 0 ? { ...f, properties: { ...f.properties, name: first } } : f)),
  });
}

function mount(setup: (element: SummitMap) => void): SummitMap {
  const element = document.createElement('summit-map');
  element.style.width = '600px';
  setup(element);
  document.body.append(element);
  return element;
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('a load that never ends', () => {
  it('fails after load-timeout with a plain message, summit-error, and no loading state', async () => {
    holdRequests();
    spyOnWarnings();
    const errors: SummitErrorEvent[] = [];
    document.addEventListener('summit-error', (event) => errors.push(event), { once: true });
    const element = mount((map) => {
      map.loadTimeout = 300;
      map.src = '/never-answers.json';
    });
    await until(() => shadow(element).querySelector('[role="status"]') !== null, 'loading state');
    await until(() => errors.length === 1, 'summit-error', 5000);
    expect(errors[0]!.detail.problems[0]!.message).toBe('The places data at /never-answers.json did not arrive within 0.3 seconds.');
    await element.updateComplete;
    // Readers get the short note; the address and the time limit are in the event, for the author.
    expect(shadow(element).querySelector('[role="alert"] p')?.textContent).toBe('The map data could not be loaded.');
    expect(shadow(element).querySelector('[role="status"]')).toBeNull();
  });

  it('uses 15 seconds unless told otherwise', () => {
    expect(document.createElement('summit-map').loadTimeout).toBe(15_000);
  });
});

describe('two loads in a row', () => {
  it('a newer src wins over an older slow one, even when the older answers last', async () => {
    const answers = holdRequests();
    const element = mount((map) => (map.src = '/old.json'));
    await until(() => answers.has('/old.json'), 'old request');
    const ready: SummitReadyEvent[] = [];
    element.addEventListener('summit-ready', (event) => ready.push(event));
    element.src = '/new.json';
    await until(() => answers.has('/new.json'), 'new request');
    answers.get('/new.json')!(twoPlaces('Newer'));
    await until(() => ready.length === 1, 'ready');
    answers.get('/old.json')!(twoPlaces('Older'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ready.length).toBe(1);
    expect(markers(element).map((marker) => marker.getAttribute('aria-label'))).toContain('Newer, Likely summit venue');
    expect(markers(element).some((marker) => marker.getAttribute('aria-label')?.startsWith('Older'))).toBe(false);
  });
});
