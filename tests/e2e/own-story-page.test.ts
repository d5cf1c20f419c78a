// The page of docs/authoring.md ("Make your own story", The page), as written, with the Seascape
// Alaska data beside it: it draws its places in this repository under `npm start`, and on a site of
// one's own with the files the docs say to copy; opened from file:// it shows no map, as they say.
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readText } from '../fixtures/load';
import { launchBrowser, openPage, type RecordedPage } from './browser';
import { DIST, ROOT, startServer, type StaticServer } from './serve';

const STORY = join(ROOT, 'stories/seascape-alaska');
const PLACES = 8;

/** The page's HTML exactly as docs/authoring.md shows it: its html block with the element in it. */
function pageAsWritten(): string {
  const blocks = [...readText('docs/authoring.md').matchAll(/^```html\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
  const page = blocks.find((block) => block.includes('<summit-map id="my-map"'));
  if (!page) throw new Error('docs/authoring.md has no html block with <summit-map id="my-map">');
  return page;
}

/** A folder holding the page and the story's data, as step 5 says. */
async function storyFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'index.html'), pageAsWritten());
  await Promise.all(['places.geojson', 'article.json'].map((file) => cp(join(STORY, file), join(folder, file))));
}

/** Waits for the page's map to draw every place; the article and list come with it. */
async function expectStoryDrawn(recorded: RecordedPage): Promise<void> {
  const { page } = recorded;
  await page.locator('summit-map .summit-marker').first().waitFor({ timeout: 45_000 });
  await expect.poll(() => page.locator('summit-map .summit-marker').count(), { timeout: 15_000 }).toBe(PLACES);
  await expect
    .poll(() => page.locator('summit-article [part="headline"]').textContent(), { timeout: 15_000 })
    .toBe('2023 Seascape Alaska Expeditions (EX2302-EX2307)');
  await expect.poll(() => page.locator('summit-place-list [part="item"]').count(), { timeout: 15_000 }).toBe(PLACES);
  // story-page.css is applied: its layout puts the article and the map side by side on a wide screen.
  expect(await page.locator('.story').evaluate((element) => getComputedStyle(element).display)).toBe('grid');
  expect(recorded.pageErrors).toEqual([]);
  expect(recorded.failedRequests).toEqual([]);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

let browser: Browser;
let outside = '';
beforeAll(async () => {
  browser = await launchBrowser();
  outside = await mkdtemp(join(tmpdir(), 'summit-map-own-story-'));
});
afterAll(async () => {
  await browser?.close();
  await rm(outside, { recursive: true, force: true });
});

describe('the page of "Make your own story", as written', () => {
  it('is a whole page loading summit-map.js and story-page.css from beside it', () => {
    const page = pageAsWritten();
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<script type="module" src="summit-map.js"></script>');
    expect(page).toContain('<link rel="stylesheet" href="story-page.css" />');
  });

  it('works on a site of one’s own, with the files the docs name copied beside it', async () => {
    const site = join(outside, 'site');
    await storyFolder(site);
    const siblings = (await readdir(DIST)).filter((name) => /^summit-map(-[\w-]+)?\.js$/.test(name));
    expect(siblings.length).toBeGreaterThan(1);
    for (const file of [...siblings, 'story-page.css', 'summit-map-basemap'])
      await cp(join(DIST, file), join(site, file), { recursive: true });
    let server: StaticServer | undefined;
    const recorded = await openPage(browser);
    try {
      server = await startServer({ mounts: [{ prefix: '/', dir: site }] });
      await recorded.page.goto(server.url('/'));
      await expectStoryDrawn(recorded);
      expect(server.log).toContain('/story-page.css');
    } finally {
      await recorded.close();
      await server?.close();
    }
  }, 90_000);

  it('works in this repository under `npm start`, beside the story pages', async () => {
    // Inside the repository (test-results/ is ignored by git), as a reader's own folder would be.
    const folder = join(ROOT, 'test-results', `own-story-${process.pid}`);
    await storyFolder(folder);
    const port = await freePort();
    // `npm start` is `vite --open false`; run as a shell user would, without Vitest's variables.
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|NODE_ENV$)/.test(name)));
    // Under CI=true Vite colours its output (picocolors), which splits the address with escape codes.
    env.NO_COLOR = '1';
    const vite: ChildProcess = spawn(
      process.execPath,
      [join(ROOT, 'node_modules/vite/bin/vite.js'), '--open', 'false', '--port', String(port), '--strictPort'],
      {
        cwd: ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    vite.stdout!.on('data', (chunk) => (output += chunk));
    vite.stderr!.on('data', (chunk) => (output += chunk));
    const recorded = await openPage(browser);
    try {
      // eslint-disable-next-line no-control-regex -- the escape codes of a coloured terminal
      await expect.poll(() => output.replace(/\u001b\[[0-9;]*m/g, ''), { timeout: 60_000 }).toContain(`:${port}/`);
      await recorded.page.goto(`http://127.0.0.1:${port}/test-results/own-story-${process.pid}/`);
      await expectStoryDrawn(recorded);
      // The story pages, from their template, beside it (a folder without its slash is redirected to it).
      const front = await fetch(`http://127.0.0.1:${port}/`);
      expect(await front.text()).toContain('<h1>Where the second Trump–Kim summit could happen</h1>');
      const seascape = await fetch(`http://127.0.0.1:${port}/stories/seascape-alaska`);
      expect(seascape.url).toBe(`http://127.0.0.1:${port}/stories/seascape-alaska/`);
      expect(await seascape.text()).toContain('<h1>Where NOAA explored the deep sea off Alaska in 2023</h1>');
    } catch (error) {
      throw new Error(`${(error as Error).message}\nnpm start said:\n${output}`, { cause: error });
    } finally {
      await recorded.close();
      vite.kill();
      await rm(folder, { recursive: true, force: true });
    }
  }, 120_000);

  it('shows no map when opened from a file, as the docs say: a server is needed', async () => {
    const site = join(outside, 'site');
    const recorded = await openPage(browser);
    try {
      await recorded.page.goto(pathToFileURL(join(site, 'index.html')).href);
      // Chromium refuses the module script from file:// (a CORS error), so nothing defines the elements.
      await expect.poll(() => recorded.consoleErrors.join('\n'), { timeout: 15_000 }).toMatch(/summit-map\.js/);
      expect(await recorded.page.evaluate(() => customElements.get('summit-map'))).toBeUndefined();
      expect(await recorded.page.locator('summit-map .summit-marker').count()).toBe(0);
      expect(readText('docs/authoring.md')).toMatch(/file:\/\/[\s\S]*shows no map[\s\S]*through a server/);
    } finally {
      await recorded.close();
    }
  }, 60_000);
});
