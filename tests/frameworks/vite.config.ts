// Builds (or serves) the framework fixture pages: `npx vite --config tests/frameworks/vite.config.ts`
// serves them at /react/ and /vue/; `npx vite build --config tests/frameworks/vite.config.ts` writes
// them to the system's temporary folder (never into the repository). tests/e2e/frameworks.test.ts
// builds them with this file into a folder of its own.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { offlineBasemap } from '../../scripts/vite-basemap.ts';
import { bundledStory } from '../../scripts/vite-bundled-story.ts';
import { leafletSlim } from '../../scripts/vite-leaflet-slim.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  logLevel: 'warn',
  plugins: [
    offlineBasemap('../summit-map-basemap/'),
    // The project's source imports Leaflet's tile layers as a module this plugin makes.
    leafletSlim(),
    // ...and the bundled story as a module this one makes (parsed and checked when built).
    bundledStory(),
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('summit-') } } }),
  ],
  server: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    outDir: join(tmpdir(), 'summit-map-frameworks'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // Quiet in the test's output: the build's own timing report is not a finding.
    rolldownOptions: { checks: { pluginTimings: false }, input: { react: here('./react/index.html'), vue: here('./vue/index.html') } },
  },
});
