// The offline basemap in a Vite build: shared by the project's own config and the test fixtures'.
import { cpSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Copies the prepared basemap (geo/basemap/: world file and detail tiles) to
 * `<outDir>/summit-map-basemap/`, where the built module fetches it (src/data/basemap-url.ts), and
 * tells the module where that folder is relative to its own URL. It is fetched at run time, never
 * bundled: lib mode would inline it as data URLs.
 * @param fromModule the folder relative to the built module, e.g. `./summit-map-basemap/`
 * @param copy false where another build of the same dist/ already copies the folder
 */
export function offlineBasemap(fromModule: string, copy = true): Plugin {
  let outDir = 'dist';
  return {
    name: 'summit-map:offline-basemap',
    config: (_, { command }) => (command === 'build' ? { define: { __SUMMIT_MAP_BASEMAP_PATH__: JSON.stringify(fromModule) } } : {}),
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      if (copy) cpSync(resolve(import.meta.dirname, '../geo/basemap'), resolve(outDir, 'summit-map-basemap'), { recursive: true });
    },
  };
}
