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

export default defineConfig(({ mode }) => ({
  plugins: [leafletTrustedTypes()],
  // The drop-in module finds its worker files next to itself (import.meta.url), wherever it is served from.
  base: mode === 'embed' ? './' : '/',
  worker: {
    format: 'es',
    rolldownOptions: mode === 'embed' ? { output: { entryFileNames: 'summit-map-[name].js' } } : {},
  },
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
    ],
  },
}));
