// MapViewController's reports through the element: an online tiles address that is not http(s),
// and a basemap folder that does not answer (named without its trailing slash).
import { afterEach, describe, expect, it } from 'vitest';
import type { SummitErrorEvent } from '../../src/events';
import { spyOnWarnings } from '../fixtures/warnings';
import { cleanup, mapRegion, mountMap, until } from '../elements/helpers';

afterEach(cleanup);

describe('MapViewController', () => {
  it('refuses a tiles address that is not http(s), reports it with summit-error and adds no tiles', async () => {
    const warnings = spyOnWarnings();
    const errors: SummitErrorEvent[] = [];
    const element = await mountMap((map) => {
      map.addEventListener('summit-error', (event) => errors.push(event));
      map.tiles = 'javascript:alert(1)';
    });
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!.detail).toEqual({
      message: 'The online tiles were not added.',
      problems: [{ field: 'tiles', message: 'The tiles address "javascript:alert(1)" is not http(s).' }],
    });
    expect(warnings.mentioning('is not http(s)').length).toBeGreaterThan(0);
    expect(mapRegion(element).querySelector('.leaflet-tile')).toBeNull();
  });

  it('reads the basemap from `basemap-src` as a folder, and reports a basemap that does not load', async () => {
    spyOnWarnings();
    const errors: SummitErrorEvent[] = [];
    await mountMap((map) => {
      map.addEventListener('summit-error', (event) => errors.push(event));
      map.basemapSrc = '/no-such-basemap';
    });
    await until(() => errors.some((error) => error.detail.problems.some((problem) => problem.field === 'basemap')), 'basemap error');
    // A 404's timing entry is added when its body has arrived, which can be after fetch() resolved and the error was reported.
    const requested = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    await until(() => requested().includes('/no-such-basemap/world.json'), 'the request for world.json in that folder');
    const basemap = errors.find((error) => error.detail.problems[0]!.field === 'basemap')!;
    expect(basemap.detail.message).toBe('The basemap could not be loaded.');
    // The author is told the address tried and the attribute that names the folder.
    expect(basemap.detail.problems).toEqual([
      { field: 'basemap', message: expect.stringContaining(`${location.origin}/no-such-basemap/world.json`) },
    ]);
    expect(basemap.detail.problems[0]!.message).toMatch(/basemap-src/);
  });
});
