// Opens archives of a martynafford/natural-earth-geojson checkout (its large layers are .7z files)
// into a scratch folder, for the trim scripts (trim-natural-earth.mjs, trim-natural-earth-regions.mjs).
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** 7z (Debian: p7zip-full) or 7zz (Debian: 7zip), whichever is installed. */
function sevenZip(script) {
  for (const program of ['7z', '7zz'])
    try {
      execFileSync(program, ['i'], { stdio: 'ignore' });
      return program;
    } catch {
      // not installed: try the next
    }
  throw new Error(`${script} needs 7z (p7zip-full) or 7zz (7zip)`);
}

/**
 * Extracts `archives` (paths under the checkout's 10m/ folder) and returns the scratch folder
 * holding their GeoJSON files.
 */
export function extractArchives(checkout, archives, script) {
  const program = sevenZip(script);
  const scratch = mkdtempSync(join(tmpdir(), 'natural-earth-'));
  for (const archive of archives) execFileSync(program, ['x', '-y', `-o${scratch}`, join(checkout, '10m', archive)], { stdio: 'ignore' });
  return scratch;
}
