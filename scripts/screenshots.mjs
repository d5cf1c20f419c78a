// Screenshots of the story page at desktop and phone widths, to look at as a reader would.
// Usage: node scripts/screenshots.mjs [url] (default: the built site, served by `vite preview`).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

let server;
let url = process.argv[2];
if (!url) {
  server = spawn('npx', ['vite', 'preview', '--port', '4174', '--strictPort'], { stdio: 'ignore' });
  url = 'http://127.0.0.1:4174/';
  await new Promise((resolve) => setTimeout(resolve, 2500));
}
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  for (const [name, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ]) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
    page.on('console', (message) => console.log(`[${name}] ${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => console.log(`[${name}] pageerror: ${error.message}`));
    await page.goto(url);
    await page.waitForSelector('summit-map >> .summit-marker');
    await page.waitForTimeout(500);
    await page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
    const map = page.locator('summit-map');
    await map.screenshot({ path: `screenshots/${name}-map.png` });
    await page.screenshot({ path: `screenshots/${name}-top.png` });
    // Scroll to the paragraph about the Sweden talks: the map follows the article.
    await page.locator('summit-article p[data-paragraph="11"]').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, window.innerHeight * 0.05));
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `screenshots/${name}-reading.png` });
    const hanoi = page.locator('summit-map [data-place-id="hanoi"]');
    await hanoi.focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1200);
    await page.screenshot({ path: `screenshots/${name}-popup.png` });
    console.log(`screenshots/${name}*.png`);
    await page.close();
  }
} finally {
  await browser.close();
  server?.kill();
}
