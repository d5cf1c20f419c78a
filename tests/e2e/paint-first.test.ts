// A story page paints its pre-rendered first view before any of its script runs
// (scripts/vite-story-pages-first-view.ts, src/embed.ts): the stylesheet is inline, the module is
// fetched and imported by a loader after the first contentful paint, and <summit-map> and its
// companions are defined only once that paint is on screen. The time itself is in the bench
// (`npm run bench:first-view`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { e2eSession, openPage } from './browser';
import { DIST } from './serve';

const session = e2eSession();

describe('a story page paints first', () => {
  it('carries its stylesheet inline and loads its module through the after-paint loader', () => {
    for (const page of ['index.html', 'stories/seascape-alaska/index.html']) {
      const html = readFileSync(join(DIST, page), 'utf8');
      expect(html, page).not.toMatch(/<link rel="stylesheet"/);
      expect(html, page).toMatch(/<style>:where\(:root\)/);
      // Not even fetched ahead: its request and parse held the first paint back (docs/performance.md).
      expect(html, page).not.toMatch(/<link rel="(?:modulepreload|preload|prefetch)"[^>]*summit-map\.js/);
      expect(html, page).not.toMatch(/<script type="module"[^>]*\ssrc=/);
      const loader = /<script type="module">([^<]*)<\/script>/.exec(html)?.[1] ?? '';
      expect(loader, page).toContain('first-contentful-paint');
      expect(loader, page).toMatch(/import\("[^"]*summit-map\.js"\)/);
    }
  });

  it('defines its elements only once the first contentful paint is on screen, and the live map still comes', async () => {
    const recorded = await openPage(session.browser, { viewport: { width: 1280, height: 900 } });
    const { page } = recorded;
    await page.addInitScript(() => {
      const defined: Record<string, boolean> = {};
      (window as unknown as { __definedAfterPaint: Record<string, boolean> }).__definedAfterPaint = defined;
      const define = customElements.define.bind(customElements);
      customElements.define = (name, constructor, options) => {
        defined[name] = performance.getEntriesByName('first-contentful-paint').length > 0;
        define(name, constructor, options);
      };
    });
    await page.goto(session.server.url('/'));
    await page.waitForFunction(() => !!document.querySelector('summit-map')?.shadowRoot?.querySelector('.summit-marker'));
    await page.waitForFunction(() => customElements.get('summit-article') && customElements.get('summit-place-list'));
    const defined = await page.evaluate(() => (window as unknown as { __definedAfterPaint: Record<string, boolean> }).__definedAfterPaint);
    expect(defined).toMatchObject({ 'summit-map': true, 'summit-article': true, 'summit-place-list': true });
    expect(recorded.pageErrors).toEqual([]);
    await recorded.close();
  });
});
