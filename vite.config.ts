import { readFileSync } from 'node:fs';
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

const isTest = process.env.VITEST !== undefined;

/**
 * The package's dependencies: the library build leaves them as imports for the user's bundler to
 * share; the other builds bundle them. Stylesheets stay inside (the shadow roots adopt them as text).
 */
const dependencies = Object.keys(
  (JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }).dependencies,
);
const isDependency = (id: string) => !/\.css($|\?)/.test(id) && dependencies.some((name) => id === name || id.startsWith(`${name}/`));

/**
 * Where each build's code finds the basemap files (dist/summit-map-basemap/), relative to the
 * module's own URL: the story page's code sits in dist/assets/, the one-file module in dist/, the
 * library's modules in dist/lib/. Used as `define` for `__SUMMIT_BASEMAP_BASE__`.
 */
const basemapBase: Record<string, string> = {
  production: '../summit-map-basemap/',
  embed: './summit-map-basemap/',
  lib: '../summit-map-basemap/',
};

export default defineConfig(({ mode }) => ({
  plugins: [leafletTrustedTypes()],
  define: mode in basemapBase ? { __SUMMIT_BASEMAP_BASE__: JSON.stringify(basemapBase[mode]) } : {},
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
      : mode === 'lib'
        ? {
            // The npm package's modules (dist/lib/): `index.js` exports the classes and registers
            // nothing; `define.js` registers the elements. Dependencies stay imports so that the
            // user's bundler shares them; unminified (names kept, e.g. for devtools), as the user's
            // bundler minifies.
            outDir: 'dist/lib',
            minify: false,
            emptyOutDir: true,
            copyPublicDir: false,
            chunkSizeWarningLimit: 600,
            lib: { entry: { index: 'src/index.ts', define: 'src/define.ts' }, formats: ['es'] },
            rolldownOptions: {
              external: isDependency,
              // Every file flat in dist/lib/, so one basemap base serves all of them.
              output: { entryFileNames: '[name].js', chunkFileNames: 'shared-[hash].js' },
            },
          }
        : // The offline basemap (~107 KB gzip) is inside the bundle on purpose.
          { target: 'es2022', chunkSizeWarningLimit: 600 },
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
          include: ['tests/elements/**/*.test.ts'],
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
      {
        // The npm package (needs `npm run build`): pack, install into a consumer, build, type-check.
        extends: true,
        test: { name: 'package', environment: 'node', include: ['tests/package/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
      },
    ],
  },
}));
