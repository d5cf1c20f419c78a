import { cpSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';

/**
 * Leaflet 1.9.4 assigns a string to innerHTML while its module loads (an inline-SVG feature
 * probe), which throws on pages that enforce Trusted Types. Replace the probe with DOM calls.
 */
function leafletTrustedTypes(): Plugin {
  const probe = "div.innerHTML = '<svg/>';";
  return {
    name: 'summit-map:leaflet-trusted-types',
    transform(code, id) {
      if (!id.includes('leaflet-src.esm.js')) return null;
      if (!code.includes(probe)) throw new Error('leaflet-trusted-types: probe not found; check the Leaflet version');
      return code.replace(probe, "div.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));");
    },
  };
}

/**
 * Copies the prepared basemap (geo/basemap/: world file and detail tiles) to
 * dist/summit-map-basemap/, where the built module fetches it (src/data/basemap-url.ts). It is
 * fetched at run time, never bundled: lib mode would inline it as data URLs.
 */
function copyBasemap(): Plugin {
  let outDir = 'dist';
  return {
    name: 'summit-map:copy-basemap',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      cpSync(resolve(import.meta.dirname, 'geo/basemap'), resolve(outDir, 'summit-map-basemap'), { recursive: true });
    },
  };
}

/** The basemap folder relative to the built module: beside dist/summit-map.js, or up from dist/assets/. */
const basemapPath = (mode: string) => (mode === 'embed' ? './summit-map-basemap/' : '../summit-map-basemap/');

const isTest = process.env.VITEST !== undefined;

export default defineConfig(({ command, mode }) => ({
  plugins: [leafletTrustedTypes(), copyBasemap()],
  define: command === 'build' ? { __SUMMIT_MAP_BASEMAP_PATH__: JSON.stringify(basemapPath(mode)) } : {},
  build:
    mode === 'embed'
      ? {
          // The drop-in module: one self-contained ES module that defines every element.
          emptyOutDir: false,
          chunkSizeWarningLimit: 600,
          copyPublicDir: false,

          lib: { entry: 'src/define.ts', formats: ['es'], fileName: () => 'summit-map.js' },
          // One file, fully minified: library mode keeps ES output readable by default, but this
          // module is loaded by pages as is, not bundled again.
          rolldownOptions: { output: { codeSplitting: false, minify: true } },
        }
      : { target: 'es2022', chunkSizeWarningLimit: 600 },
  server: { host: '127.0.0.1', port: 5173 },
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/results.json' }]],
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/model/**/*.test.ts', 'tests/geo/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/elements/**/*.test.ts', 'tests/leaflet/**/*.test.ts'],
          browser: isTest
            ? {
                enabled: true,
                headless: true,
                screenshotFailures: false,
                provider: playwright({ launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS } }),
                instances: [{ browser: 'chromium' }],
              }
            : undefined,
        },
      },
      {
        extends: true,
        test: { name: 'e2e', environment: 'node', include: ['tests/e2e/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
      },
    ],
  },
}));
