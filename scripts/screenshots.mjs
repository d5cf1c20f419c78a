// Screenshots of the story page and of a bare <summit-map>, at desktop and phone widths, to look
// at as a reader would: the first view, each candidate venue chosen, the talks venue up close.
// Usage: npm run build && node scripts/screenshots.mjs   (writes screenshots/*.png)
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const MIME = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
};
// dist/ at "/", the e2e fixtures (a bare <summit-map>) at "/fixtures/".
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
  const file = path.startsWith('/fixtures/')
    ? join(ROOT, 'tests/e2e', path)
    : join(ROOT, 'dist', path.endsWith('/') ? `${path}index.html` : path);
  if (!file.startsWith(ROOT) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const VENUES = ['hanoi', 'danang', 'ho-chi-minh-city'];
const TALKS = 'lake-malaren-talks';
const SIZES = [
  ['desktop', { viewport: { width: 1280, height: 900 } }],
  ['phone', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 }],
];

/** Waits until the map stops moving: its markers' transforms are the same two frames running. */
async function settled(page) {
  let previous = '';
  for (let i = 0; i < 100; i++) {
    const now = await page.evaluate(() =>
      [...document.querySelector('summit-map').shadowRoot.querySelectorAll('.summit-marker, .leaflet-popup, .leaflet-map-pane')]
        .map((element) => element.style.transform)
        .join('|'),
    );
    if (now === previous) return;
    previous = now;
    await page.waitForTimeout(120);
  }
}

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  for (const [name, options] of SIZES) {
    for (const [where, path] of [
      ['story', '/'],
      ['bare', name === 'phone' ? '/fixtures/embed-phone.html' : '/fixtures/embed.html'],
    ]) {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      page.on('pageerror', (error) => console.log(`[${name} ${where}] pageerror: ${error.message}`));
      await page.goto(origin + path);
      await page.waitForSelector('summit-map >> .summit-marker');
      await settled(page);
      const map = page.locator('summit-map');
      const shot = async (label) => {
        await settled(page);
        const file = `screenshots/${where}-${name}-${label}.png`;
        await map.screenshot({ path: file });
        console.log(file);
      };
      if (where === 'story') await page.screenshot({ path: `screenshots/story-${name}-page.png` });
      await shot('first-view');
      for (const id of [...VENUES, TALKS]) {
        await page.evaluate((place) => document.querySelector('summit-map').select(place), id);
        await shot(id === TALKS ? 'talks' : id);
      }
      // Up close: the talks venue chosen, then three steps of zoom in (to the closest zoom).
      for (let step = 0; step < 3; step++) await page.locator('summit-map button[aria-label="Zoom in"]').click();
      await shot('talks-close');
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
