// The bench's byte count of a first view (scripts/bench/bytes.mjs, also used by size.test.ts) on a
// machine so busy that the browser has let go of the pages' response bodies by the time they are
// asked for, as Chromium does under load ("No data found for resource with given identifier"):
// the count must still be right, and nothing may be left as an unhandled rejection.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Response } from 'playwright';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gzipBytes } from '../../scripts/budget.mjs';
import { measureFirstView } from '../../scripts/bench/bytes.mjs';
import { e2eSession, storyPlaces } from './browser';
import { DIST } from './serve';

const GONE =
  'response.body: Protocol error (Network.getResponseBody): No data found for resource with given identifier. ' +
  'Read response.body() before triggering any navigation';

/** The real browser, except that every response's body() fails as it does on a busy machine. */
function withBodiesGone(browser: Browser): Browser {
  const gone = (response: Response) =>
    new Proxy(response, {
      get: (target, key) => (key === 'body' ? () => Promise.reject(new Error(GONE)) : (Reflect.get(target, key, target) as unknown)),
    });
  const patchPage = (page: Page) => {
    const on = page.on.bind(page) as (event: string, listener: (value: unknown) => void) => Page;
    (page as { on: unknown }).on = (event: string, listener: (value: unknown) => void) =>
      on(event, event === 'response' ? (response) => listener(gone(response as Response)) : listener);
    return page;
  };
  const patchContext = (context: BrowserContext) => {
    const newPage = context.newPage.bind(context);
    context.newPage = async () => patchPage(await newPage());
    return context;
  };
  return new Proxy(browser, {
    get(target, key) {
      if (key === 'newContext') return async (...args: Parameters<Browser['newContext']>) => patchContext(await target.newContext(...args));
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

const session = e2eSession();
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);
beforeEach(() => void process.on('unhandledRejection', onRejection));
afterEach(() => void process.off('unhandledRejection', onRejection));

describe("the bench's first-view bytes on a busy machine", () => {
  it('counts every file the story page loads, from what the server serves', async () => {
    const markerCount = storyPlaces().features.filter((place) => place.geometry.type === 'Point').length;
    const view = await measureFirstView(withBodiesGone(session.browser), session.server.url('/'), {
      markerSelector: '.summit-marker',
      markerCount,
    });
    const paths = view.files.map((file) => file.path);
    expect(paths).toContain('/');
    expect(paths).toContain('/summit-map.js');
    // The basemap's names and, at about zoom 6, the lighter detail level's tiles (no world file).
    expect(paths.some((path) => path.endsWith('/labels.json'))).toBe(true);
    expect(paths.some((path) => path.includes('/detail/z6/'))).toBe(true);
    for (const file of view.files) {
      const bytes = readFileSync(join(DIST, file.path === '/' ? 'index.html' : file.path));
      expect({ path: file.path, raw: file.raw, gzip: file.gzip }).toEqual({ path: file.path, raw: bytes.length, gzip: gzipBytes(bytes) });
    }
    expect(view.gzip).toBe(view.files.reduce((sum, file) => sum + file.gzip, 0));
    // Any promise left behind has had its chance to reject.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(rejections).toEqual([]);
  });
});
