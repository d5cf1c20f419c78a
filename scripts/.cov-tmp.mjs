import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { serveFolders } from './bench/server.mjs';
import { writeFileSync } from 'node:fs';
const server = await serveFolders(['/tmp/libsize2-cov/', '/tmp/libsize2-sm/']);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.coverage.startJSCoverage({ resetOnNavigation: false });
await page.goto(`${server.origin}/bare-map.html`);
await page.waitForTimeout(4000);
const cov = await page.coverage.stopJSCoverage();
const main = cov.find((e) => e.url.endsWith('/summit-map.js'));
// unused ranges: count=0 blocks
const src = main.source; const used = new Uint8Array(src.length);
for (const fn of main.functions) for (const r of fn.ranges) used.fill(r.count > 0 ? 1 : 0, r.startOffset, r.endOffset);
writeFileSync('/tmp/libsize2-cov/unused.json', JSON.stringify({ used: Array.from(used) }));
console.log(cov.map(e => e.url).join('\n'));
let u = 0; for (const x of used) u += x; console.log('used', u, 'of', src.length);
await browser.close(); await server.close();
