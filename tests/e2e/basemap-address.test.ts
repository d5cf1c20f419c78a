// The drop-in module where its basemap folder is not where the map looks: not copied (404), or
// answered by a dev server's fallback page (Vite's dev and preview servers send their HTML page
// with status 200 for a file they do not have). Readers get a short note; the page's author gets
// the address tried, what came instead, and the `basemap-src` attribute to set.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { e2eSession, placeIds, storyPlaces } from './browser';
import { DIST, FIXTURES } from './serve';

let site = '';
const session = e2eSession(async () => {
  site = await mkdtemp(join(tmpdir(), 'summit-map-basemap-address-'));
  // What a dev server answers for any file it does not have.
  await writeFile(
    join(site, 'world.json'),
    '<!doctype html>\n<html><head><title>My app</title></head><body><div id="app"></div></body></html>\n',
  );
  return {
    mounts: [
      { prefix: '/fixtures/', dir: FIXTURES },
      { prefix: '/fallback/', dir: site },
      { prefix: '/', dir: DIST },
    ],
  };
});
afterAll(() => rm(site, { recursive: true, force: true }));

async function basemapProblem(basemapSrc: string): Promise<{ message: string; problems: string[]; note: string }> {
  const recorded = await session.open('/fixtures/embed.html');
  const { page } = recorded;
  await expect.poll(() => placeIds(page), { timeout: 15_000 }).toHaveLength(storyPlaces().features.length);
  // A page whose map names another folder (as a bundler's user does with basemap-src).
  await page.evaluate((src) => {
    const map = document.createElement('summit-map');
    map.setAttribute('basemap-src', src);
    map.id = 'second';
    document.querySelector('summit-map')!.replaceWith(map);
  }, basemapSrc);
  await expect
    .poll(async () => (await recorded.events()).filter((event) => event.type === 'summit-error' && event.target === 'second').length, {
      timeout: 15_000,
    })
    .toBe(1);
  const error = (await recorded.events()).find((event) => event.type === 'summit-error' && event.target === 'second')!;
  const detail = error.detail as { message: string; problems: { message: string }[] };
  const note = (await page.locator('#second [part="error"] p').textContent({ timeout: 10_000 })) ?? '';
  return { message: detail.message, problems: detail.problems.map((problem) => problem.message), note };
}

describe('a basemap folder that is not where the map looks', () => {
  it('not copied (404): the author is told the address tried and basemap-src', async () => {
    const { message, problems, note } = await basemapProblem('/not-copied/');
    expect(message).toBe('The basemap could not be loaded.');
    expect(note).toBe('The basemap could not be loaded.');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${session.server.origin}/not-copied/world.json`);
    expect(problems[0]).toContain('404');
    expect(problems[0]).toContain('basemap-src');
  });

  it("a dev server's HTML page with status 200: recognised as not a basemap file, with the address", async () => {
    session.server.setHeaders('/fallback/world.json', { 'Content-Type': 'text/html' });
    const { problems } = await basemapProblem('/fallback/');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${session.server.origin}/fallback/world.json`);
    expect(problems[0]).toContain('an HTML page, not a basemap file');
    expect(problems[0]).toContain('basemap-src');
  });
});
