// Private helper (not committed): screenshots and measurements of pages, for looking at.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';
const ROOT = process.cwd() + '/';
const MIME = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.geojson': 'application/geo+json', '.css': 'text/css' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
  const file = path.startsWith('/fixtures/') ? join(ROOT, 'tests/e2e', path) : join(ROOT, 'dist', path.endsWith('/') ? `${path}index.html` : path);
  if (!existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const [url, name, size = 'desktop', action = ''] = process.argv.slice(2);
const ctx = size === 'phone' ? { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 } : { viewport: { width: 1280, height: 900 } };
const context = await browser.newContext({ ...ctx, colorScheme: action.includes('dark') ? 'dark' : 'light' });
const page = await context.newPage();
page.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()));
await page.goto(origin + url);
await page.locator('summit-map .summit-marker').first().waitFor({ timeout: 20000 });
await page.waitForTimeout(1500);
if (action.startsWith('choose:')) {
  const id = action.slice(7).split(',')[0];
  await page.evaluate((id) => document.querySelector('summit-map').select(id), id);
  await page.waitForTimeout(2000);
}
const info = await page.evaluate(() => {
  const el = document.querySelector('summit-map');
  const map = el.shadowRoot.querySelector('.map').getBoundingClientRect();
  const markers = [...el.shadowRoot.querySelectorAll('.summit-marker')].map((m) => {
    const r = m.getBoundingClientRect();
    const cx = r.x + r.width / 2, cy = r.y + r.height / 2;
    const hit = el.shadowRoot.elementFromPoint(cx, cy)?.closest('[data-place-id]')?.getAttribute('data-place-id');
    return { id: m.dataset.placeId, x: Math.round(cx), y: Math.round(cy), w: r.width, hit: hit === m.dataset.placeId };
  });
  const xs = markers.map((m) => m.x), ys = markers.map((m) => m.y);
  const spread = ((Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys))) / (map.width * map.height);
  return { map: [map.width, map.height], spread: +spread.toFixed(3), ownTargets: markers.filter((m) => m.hit).length + '/' + markers.length, misses: markers.filter((m) => !m.hit).map((m) => m.id), credits: el.shadowRoot.querySelector('.credits')?.textContent.replace(/\s+/g, ' ') };
});
console.log(JSON.stringify(info));
if (action.includes('print')) { await page.emulateMedia({ media: 'print' }); await page.waitForTimeout(1000); }
await page.screenshot({ path: `/tmp/shots/${name}.png` });
await browser.close();
server.close();
