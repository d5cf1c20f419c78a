// Benchmarks the built site in headless Chromium and prints numbers (no pass/fail).
// Usage: npm run build && npm run bench [-- runs]
//   time to summit-ready: from navigation start to the element's first draw with data
//   redraw: from setting `places` (a copy of the story) to summit-ready: validate, verify quotes, draw
//   sizes: dist/summit-map.js raw and gzip
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const runs = Number(process.argv[2] ?? 10);
const root = 'dist';
if (!existsSync(join(root, 'summit-map.js'))) throw new Error('Run `npm run build` first.');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  if (path === '/places.geojson')
    return response.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync('geo/places.geojson'));
  if (!existsSync(file) || !statSync(file).isFile()) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (values) =>
  `median ${median(values).toFixed(0)} ms (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)}, n=${values.length})`;

try {
  const ready = [];
  const select = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      document.addEventListener('summit-ready', () => (window.__readyAt = performance.now()), { once: true });
    });
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => window.__readyAt !== undefined);
    ready.push(await page.evaluate(() => window.__readyAt));
    select.push(
      ...(await page.evaluate(async () => {
        const map = document.querySelector('summit-map');
        const data = await (await fetch('/places.geojson')).json();
        const times = [];
        for (let i = 0; i < 5; i++) {
          const start = performance.now();
          const drawn = new Promise((resolve) => map.addEventListener('summit-ready', resolve, { once: true }));
          map.places = structuredClone(data);
          await drawn;
          times.push(performance.now() - start);
        }
        return times;
      })),
    );
    await context.close();
  }
  const bundle = readFileSync(join(root, 'summit-map.js'));
  console.log(`story page, navigation → summit-ready: ${fmt(ready)}`);
  console.log(`new places data → summit-ready:         ${fmt(select)}`);
  console.log(
    `dist/summit-map.js: ${(bundle.length / 1024).toFixed(0)} KiB raw, ${(gzipSync(bundle, { level: 9 }).length / 1024).toFixed(0)} KiB gzip`,
  );
  console.log(`machine: ${(await import('node:os')).cpus().length} cores, Chromium ${browser.version()}`);
} finally {
  await browser.close();
  server.close();
}
