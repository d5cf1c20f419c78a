// Shared helpers for the end-to-end tests: one Chromium per test file, pages that record what
// went wrong (console errors, page errors, requests), and the element's events collected on window.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium.mjs';
import { afterAll, beforeAll } from 'vitest';
import { ROOT, startServer, type StaticServer } from './serve';

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
  page.on('requestfailed', (request) => recorded.failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`));
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

/** Ids (data-place-id) of the markers drawn in the element matched by `host`. */
export function markerIds(page: Page, host = 'summit-map'): Promise<string[]> {
  return page
    .locator(`${host} .summit-marker`)
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-place-id') ?? ''));
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

export function readJson<T>(relativeToRoot: string): T {
  return JSON.parse(readFileSync(join(ROOT, relativeToRoot), 'utf8')) as T;
}

export const storyPlaces = (): PlacesCollection => readJson<PlacesCollection>('geo/places.geojson');

export interface E2ESession {
  readonly server: StaticServer;
  readonly browser: Browser;
  /** Opens a recording page at `path` on the server; it is closed after the file's tests. */
  open(path: string, options?: BrowserContextOptions): Promise<RecordedPage>;
}

/** One static server and one Chromium for a test file, started before its tests and stopped after. */
export function e2eSession(): E2ESession {
  let server: StaticServer;
  let browser: Browser;
  const pages: RecordedPage[] = [];
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
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
      await recorded.page.goto(server.url(path), { waitUntil: 'load' });
      return recorded;
    },
  };
}
