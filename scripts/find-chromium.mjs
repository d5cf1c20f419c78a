// Finds a Chromium for the browser tests, end-to-end tests, screenshots and benchmarks:
// $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own download. Fails loudly
// rather than skipping tests. Plain JS so the Node scripts can import it too (types beside it).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', playwrightChromium()];
  const found = candidates.find((path) => !!path && existsSync(path));
  if (found) return found;
  throw new Error(
    [
      'No Chromium found for the browser tests.',
      'Install one, then run the tests again:',
      '  Debian/Ubuntu:  sudo apt-get install -y chromium',
      '  any system:     npx playwright install chromium',
      '  or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
    ].join('\n'),
  );
}

function playwrightChromium() {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
