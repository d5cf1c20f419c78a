import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const MIME = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.geojson': 'application/geo+json' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
  const file = join(ROOT, 'dist', path.endsWith('/') ? `${path}index.html` : path);
  if (!existsSync(file)) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const pages = (process.env.PAGES ?? 'kilauea,alaska,summit').split(',');
const PATHS = { kilauea: '/stories/kilauea-summit-drive/', alaska: '/stories/seascape-alaska/', summit: '/' };
const modes = (process.env.MODES ?? 'light,dark,print').split(',');
const sizes = (process.env.SIZES ?? '1280,390').split(',').map(Number);
for (const name of pages)
  for (const width of sizes)
    for (const mode of modes) {
      const context = await browser.newContext({
        viewport: { width, height: width > 500 ? 900 : 844 },
        ...(width < 500 ? { hasTouch: true, isMobile: true, deviceScaleFactor: 2 } : {}),
        colorScheme: mode === 'dark' ? 'dark' : 'light',
      });
      const page = await context.newPage();
      const regionRequests = [];
      page.on('request', (r) => r.url().includes('/regions/') && regionRequests.push(r.url().replace(origin, '')));
      await page.addInitScript(() => {
        const proto = CanvasRenderingContext2D.prototype;
        const { fillText, fillRect } = proto;
        window.__texts = new WeakMap();
        proto.fillRect = function (x, y, w, h) { if (!x && !y && w === this.canvas.width && h === this.canvas.height) window.__texts.set(this.canvas, []); fillRect.call(this, x, y, w, h); };
        proto.fillText = function (t, x, y) { window.__texts.get(this.canvas)?.push(`${t} [${this.font.split(' ').slice(0, 2).join(' ')}]`); fillText.call(this, t, x, y); };
      });
      await page.goto(origin + PATHS[name], { waitUntil: 'load' });
      await page.locator('summit-map [data-place-id]').first().waitFor();
      await page.waitForTimeout(Number(process.env.WAIT ?? 2500));
      if (mode === 'print') await page.emulateMedia({ media: 'print' });
      if (mode === 'print') await page.waitForTimeout(800);
      const texts = await page.evaluate(() => { const c = document.querySelector('summit-map').shadowRoot.querySelector('.leaflet-summit-basemap-pane canvas'); return window.__texts.get(c); });
      const file = `/tmp/regions-shots/${name}-${width}-${mode}.png`;
      await page.locator('summit-map').screenshot({ path: file });
      console.log(file, JSON.stringify(texts), regionRequests.join(' '));
      await context.close();
    }
await browser.close();
server.close();
