// Shared helpers for the end-to-end tests: one server and one Chromium per test file (e2eSession),
// pages that record what went wrong (console errors, page errors, requests), the element's events
// collected on window, and queries by the elements' public hooks (parts, roles, data-place-id).
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContextOptions, type Page, type Response } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium.mjs';
import { afterAll, beforeAll } from 'vitest';
import { readJson } from '../fixtures/load';
import { startServer, type ServeOptions, type StaticServer } from './serve';

export { readJson };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}

export interface RecordedEvent {
  type: string;
  /** id of the element that fired it ('' when it has none). */
  target: string;
  detail: unknown;
}

export interface CspViolation {
  violatedDirective: string;
  blockedURI: string;
  sample: string;
  sourceFile: string;
}

/**
 * Runs in every page before its own scripts: records the element's events (they are composed
 * and bubble to the document) and Content-Security-Policy violations in arrays on window.
 */
function recordInPage(): void {
  const w = window as unknown as { __summitEvents: unknown[]; __cspViolations: unknown[] };
  w.__summitEvents = [];
  w.__cspViolations = [];
  for (const type of ['summit-ready', 'summit-select', 'summit-error']) {
    document.addEventListener(
      type,
      (event) => {
        let detail: unknown;
        try {
          detail = JSON.parse(JSON.stringify((event as CustomEvent).detail ?? null));
        } catch {
          detail = String((event as CustomEvent).detail);
        }
        w.__summitEvents.push({ type, target: (event.target as Element | null)?.id ?? '', detail });
      },
      true,
    );
  }
  document.addEventListener('securitypolicyviolation', (event) => {
    w.__cspViolations.push({
      violatedDirective: event.violatedDirective,
      blockedURI: event.blockedURI,
      sample: event.sample,
      sourceFile: event.sourceFile,
    });
  });
}

export interface RecordedPage {
  page: Page;
  /** Text of console messages of type "error". */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors: string[];
  /** Every URL the page requested (documents, scripts, fetches, images, data: and blob: too). */
  requests: string[];
  /** Requests that failed at the network level (refused, blocked, aborted). */
  failedRequests: string[];
  events(): Promise<RecordedEvent[]>;
  cspViolations(): Promise<CspViolation[]>;
  close(): Promise<void>;
}

export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<RecordedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const recorded: RecordedPage = {
    page,
    consoleErrors: [],
    pageErrors: [],
    requests: [],
    failedRequests: [],
    events: () => page.evaluate(() => (window as unknown as { __summitEvents: RecordedEvent[] }).__summitEvents),
    cspViolations: () => page.evaluate(() => (window as unknown as { __cspViolations: CspViolation[] }).__cspViolations),
    close: () => context.close(),
  };
  await page.addInitScript(recordInPage);
  page.on('console', (message) => {
    if (message.type() === 'error') recorded.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => recorded.pageErrors.push(String(error.stack ?? error)));
  page.on('request', (request) => recorded.requests.push(request.url()));
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText;
    // The page's own cancellations (a basemap tile no longer in view) are not failures.
    if (error !== 'net::ERR_ABORTED') recorded.failedRequests.push(`${request.url()}: ${error}`);
  });
  return recorded;
}

/**
 * Console errors that are the element's doing: drops the browser's own "404 for /favicon.ico",
 * which a bare host page without an icon gets whatever it embeds. Only for fixture pages; the
 * story page is held to no console errors at all.
 */
export function consoleErrorsBesidesFavicon(recorded: RecordedPage): string[] {
  return recorded.consoleErrors.filter((text) => !/status of 404 .*\/favicon\.ico\)$/.test(text));
}

/** URLs that neither come from `origin` nor are data:/blob: URLs. */
export function foreignRequests(requests: readonly string[], origin: string): string[] {
  return requests.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    try {
      return new URL(url).origin !== origin;
    } catch {
      return true;
    }
  });
}

/** Every place a map draws (point markers and routes), by its public hook. */
export const placesIn = (host = 'summit-map') => `${host} [part="map"] [data-place-id]`;
/** The open popup of a map: a dialog on the map. */
export const popupIn = (host = 'summit-map') => `${host} [part="map"] [role="dialog"]`;

/** Ids (data-place-id) of the places drawn in the element matched by `host`: markers and routes. */
export function placeIds(page: Page, host = 'summit-map'): Promise<string[]> {
  return page.locator(placesIn(host)).evaluateAll((elements) => elements.map((element) => element.getAttribute('data-place-id') ?? ''));
}

/** Where each drawn place is on screen: any pan or zoom of the map changes it. */
export function placePositions(page: Page, host = 'summit-map'): Promise<string[]> {
  return page.locator(placesIn(host)).evaluateAll((elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return `${element.getAttribute('data-place-id')} ${Math.round(box.left)},${Math.round(box.top)},${Math.round(box.width)}`;
    }),
  );
}

/** Whether every point marker of the map lies inside the map's box (routes may bulge out). */
export function allMarkersInView(page: Page, host = 'summit-map'): Promise<boolean> {
  return page.locator(`${host} [part="map"]`).evaluate((map) => {
    const box = map.getBoundingClientRect();
    return [...map.querySelectorAll<HTMLElement>('[data-place-id]')]
      .filter((place) => place instanceof HTMLElement)
      .every((place) => {
        const r = place.getBoundingClientRect();
        return r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom;
      });
  });
}

/** Waits until a reading stops changing (e.g. a zoom animation has ended) and returns it. */
export async function settled<T>(read: () => Promise<T>, quietMs = 300, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last = JSON.stringify(await read());
  let since = Date.now();
  while (Date.now() < end) {
    await new Promise((done) => setTimeout(done, 50));
    const now = JSON.stringify(await read());
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      break;
    }
  }
  return JSON.parse(last) as T;
}

export interface Quote {
  text: string;
  paragraph: number;
}
export interface PlaceFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point' | 'LineString'; coordinates: unknown };
  properties: { name: string; role: string; quotes?: Quote[] };
}
export interface PlacesCollection {
  type: 'FeatureCollection';
  roles: Record<string, { label: string; order: number; symbol: string; color: string }>;
  features: PlaceFeature[];
}

export const storyPlaces = (): PlacesCollection => readJson<PlacesCollection>('geo/places.geojson');

export interface E2ESession {
  readonly server: StaticServer;
  readonly browser: Browser;
  /** Opens a recording page at `path` on the server; it is closed after the file's tests. */
  open(path: string, options?: BrowserContextOptions): Promise<RecordedPage & { response: Response | null }>;
}

/** One static server and one Chromium for a test file, started before its tests and stopped after. */
export function e2eSession(serve: () => Promise<ServeOptions> = async () => ({})): E2ESession {
  let server: StaticServer;
  let browser: Browser;
  const pages: RecordedPage[] = [];
  beforeAll(async () => {
    [server, browser] = await Promise.all([serve().then(startServer), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all(pages.map((page) => page.close()));
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      return server;
    },
    get browser() {
      return browser;
    },
    async open(path, options) {
      const recorded = await openPage(browser, options);
      pages.push(recorded);
      const response = await recorded.page.goto(server.url(path), { waitUntil: 'load' });
      return { ...recorded, response };
    },
  };
}

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The story page at `path`, once its map, place list and article have drawn. */
export async function openStoryPage(session: E2ESession, path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const recorded = await session.open(path, options);
  await recorded.page.locator(placesIn()).first().waitFor();
  // The live list and article, not the text the build pre-rendered inside them (no id, no part).
  await recorded.page.locator('summit-place-list li[data-place-id]').first().waitFor();
  await recorded.page.locator('summit-article [part="paragraph"]').first().waitFor();
  return recorded.page;
}

/** What axe-core finds on the page (shadow roots included): id, help text and where. */
export async function axeViolations(page: Page): Promise<{ id: string; help: string; targets: unknown[] }[]> {
  await page.addScriptTag({ path: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(context: Document, options: object): Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target),
    }));
  });
}

/**
 * Each marker of the page's <summit-map>: its centre, whether it is inside the map, and whether a
 * pointer at its centre hits it (document.elementFromPoint gives the host; its shadow root's, the
 * marker inside it).
 */
export function markerHits(page: Page) {
  return page.evaluate(() => {
    const map = document.querySelector('summit-map')!;
    const box = map.shadowRoot!.querySelector('[part="map"]')!.getBoundingClientRect();
    return [...map.shadowRoot!.querySelectorAll<HTMLElement>('.summit-marker[data-place-id]')].map((marker) => {
      const r = marker.getBoundingClientRect();
      const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
      const hit = document.elementFromPoint(x, y) === map ? map.shadowRoot!.elementFromPoint(x, y) : null;
      return {
        id: marker.dataset.placeId!,
        x,
        y,
        inMap: x > box.left && x < box.right && y > box.top && y < box.bottom,
        hits: hit?.closest('[data-place-id]')?.getAttribute('data-place-id') === marker.dataset.placeId,
      };
    });
  });
}

/**
 * Holds back the drop-in module (summit-map.js) of the pages `page` opens: the page as it is before
 * any script. Returns the function that lets it through.
 */
export async function holdModule(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/summit-map.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * Opens a story page (the summit's unless `path` says) as it is before any script: its module held
 * back (holdModule), the page parsed. `prepare` runs first, on the page not yet loaded (to add init
 * scripts). Returns the page and the function that lets the module through.
 */
export async function openStoryBeforeScript(
  session: E2ESession,
  options: BrowserContextOptions,
  prepare: (page: Page) => Promise<void>,
  path = '/',
): Promise<{ recorded: RecordedPage; release: () => void }> {
  const recorded = await openPage(session.browser, options);
  await prepare(recorded.page);
  const release = await holdModule(recorded.page);
  // A module runs before DOMContentLoaded: wait for the parsed page instead.
  await recorded.page.goto(session.server.url(path), { waitUntil: 'commit' });
  await recorded.page.locator('summit-place-list li').first().waitFor({ state: 'attached' });
  return { recorded, release };
}
