// Screenshots of the story editor (dist/editor/) at desktop and phone widths (touch on the phone),
// with the Bloomberg story opened from its two files and one place's details open, to look at.
// Usage: npm run build && node scripts/editor-screenshots.mjs   (writes screenshots/editor-*.png)
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
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
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
  const file = join(ROOT, 'dist', path.endsWith('/') ? `${path}index.html` : path);
  if (!file.startsWith(join(ROOT, 'dist')) || !existsSync(file)) return void response.writeHead(404).end();
  response.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const SIZES = [
  ['desktop', { viewport: { width: 1280, height: 800 } }],
  ['phone', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 }],
];
const story = process.argv[2] ?? 'geo';
const ARTICLE = [
  'Floods cut off towns in central Vietnam',
  '',
  'By Jane Doe',
  '',
  'Heavy rain flooded Hue and Hoi An on Sunday, officials in Hanoi said. Roads to Danang were closed.',
  '',
  'In Quang Nam province, the river rose above its banks near Hoi An. Residents in Xyzzyburg were evacuated.',
  '',
  "The capital's weather agency said rain would move toward Laos.",
].join('\n');

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  for (const [name, options] of SIZES) {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    page.on('pageerror', (error) => console.log(`[${name}] pageerror: ${error.stack}`));
    await page.goto(`${origin}/editor/`);
    await page.screenshot({ path: `screenshots/editor-${name}-empty.png` });
    await page
      .locator('summit-map-editor input[type=file]')
      .setInputFiles([join(ROOT, story, 'article.json'), join(ROOT, story, 'places.geojson')]);
    await page.locator('summit-map-editor summit-map .summit-marker').first().waitFor();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `screenshots/editor-${name}-open.png` });
    await page.locator('summit-map-editor li.place button.place-name').nth(1).click();
    await page.waitForTimeout(1200);
    await page.screenshot({ path: `screenshots/editor-${name}-details.png` });
    if (name === 'phone') {
      await page.locator('summit-map-editor li.place.open').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `screenshots/editor-${name}-details-scrolled.png` });
      await page.locator('summit-map-editor .article').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `screenshots/editor-${name}-article.png` });
    }
    // A draft from pasted text, with a place that has other candidates opened.
    await page.locator('summit-map-editor button.new').click();
    await page.locator('summit-map-editor textarea.paste').fill(ARTICLE);
    await page.locator('summit-map-editor form.paste button[type=submit]').click();
    await page.locator('summit-map-editor li.place button.place-name', { hasText: 'Hoi An' }).waitFor();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `screenshots/editor-${name}-drafted.png` });
    await page.locator('summit-map-editor li.place button.place-name', { hasText: 'Quang Nam' }).click();
    await page.waitForTimeout(1200);
    if (name === 'phone') await page.locator('summit-map-editor li.place.open').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `screenshots/editor-${name}-drafted-details.png` });
    console.log(`screenshots/editor-${name}-*.png`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
