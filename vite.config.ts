import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildEnvironmentOptions } from 'vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';
import { offlineBasemap } from './scripts/vite-basemap.ts';
import { bundledStory } from './scripts/vite-bundled-story.ts';
import { storyPagesFirstView } from './scripts/vite-story-pages-first-view.ts';
import { leafletSlim } from './scripts/vite-leaflet-slim.ts';
import { litCssMinify } from './scripts/vite-lit-css.ts';
import { litHtmlMinify } from './scripts/vite-lit-html.ts';
import { terserChunks } from './scripts/vite-terser.ts';
import { storyPageInputs, storyPageStylesheet, storyPagesPlugin } from './scripts/vite-story-pages.ts';

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
 * The example stories under stories/<name>/ name their data in plain attributes
 * (`<summit-map src="places.geojson">`), which Vite does not follow: copy each story's data files
 * into the build beside its page, so the same relative URLs work under `npm start` and in dist/.
 */
function storyData(): Plugin {
  const stories = fileURLToPath(new URL('./stories/', import.meta.url));
  return {
    name: 'summit-map:story-data',
    apply: 'build',
    generateBundle() {
      for (const story of readdirSync(stories, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
        // Its page.json is the page itself (scripts/vite-story-pages.ts), not data.
        for (const file of readdirSync(join(stories, story.name)).filter((name) => /\.(geo)?json$/.test(name) && name !== 'page.json')) {
          this.emitFile({
            type: 'asset',
            fileName: `stories/${story.name}/${file}`,
            source: readFileSync(join(stories, story.name, file)),
          });
        }
      }
    },
  };
}

/**
 * The built story pages load the drop-in module (dist/summit-map.js, `vite build --mode embed`) as
 * any page would, rather than a second bundle of the same code: one module graph, evaluated in one
 * task, so the markers are not held up by a page frame between the scripts of split chunks. Under
 * `npm start` the pages load src/embed.ts itself.
 */
function storyPagesUseDropIn(): Plugin {
  const script = '<script type="module" src="/src/embed.ts"></script>';
  // The editor's page (editor/index.html) loads the editor's module (`vite build --mode editor`) the same way.
  const editorScript = '<script type="module" src="/src/editor.ts"></script>';
  return {
    name: 'summit-map:story-pages-use-drop-in',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler(html, { filename }) {
        if (html.includes(editorScript))
          return html.replace(editorScript, '<script type="module" vite-ignore src="/summit-map-editor.js"></script>');
        if (!html.includes(script)) throw new Error(`story-pages-use-drop-in: ${filename} does not load ${script}`);
        return html.replace(script, '<script type="module" vite-ignore src="/summit-map.js"></script>');
      },
    },
  };
}

/**
 * The gazetteer ships beside the command (dist/summit-map-gazetteer/), never inside a module: only
 * `summit-map draft` and the editor load it.
 */
function gazetteerFiles(): Plugin {
  return {
    name: 'summit-map:gazetteer-files',
    apply: 'build',
    writeBundle() {
      const out = fileURLToPath(new URL('./dist/summit-map-gazetteer/', import.meta.url));
      mkdirSync(out, { recursive: true });
      for (const file of ['gazetteer.tsv.gz', 'README.md'])
        copyFileSync(fileURLToPath(new URL(`./geo/gazetteer/${file}`, import.meta.url)), join(out, file));
    },
  };
}

/** The iframe embed (src/frame/summit-map-frame.html), copied beside the drop-in module it loads. */
function frameEmbed(): Plugin {
  return {
    name: 'summit-map:frame-embed',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'summit-map-frame.html',
        source: readFileSync(fileURLToPath(new URL('./src/frame/summit-map-frame.html', import.meta.url))),
      });
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
 * The builds (package.json's build scripts): `vite build --mode <name>` for the drop-in module, the
 * editor's module, the npm library (for browsers and for Node) and the command; any other mode is
 * the site (the story pages and the editor's page; also `npm start` and the tests).
 */
type Build = 'embed' | 'editor' | 'lib' | 'lib-node' | 'cli' | 'site';
const BUILDS: readonly Build[] = ['embed', 'editor', 'lib', 'lib-node', 'cli'];
const buildOf = (mode: string): Build => ((BUILDS as readonly string[]).includes(mode) ? (mode as Build) : 'site');

/** Each build's options. */
function buildOptions(build: Build): BuildEnvironmentOptions {
  switch (build) {
    case 'editor':
      return {
        // The editor (src/editor.ts): its own module, with the map it shows, beside the drop-in
        // module; no story page or drop-in file loads it, so the map's budgets do not see it.
        emptyOutDir: false,
        copyPublicDir: false,
        chunkSizeWarningLimit: 900,
        lib: { entry: 'src/editor.ts', formats: ['es'], fileName: () => 'summit-map-editor.js' },
        rolldownOptions: {
          output: {
            // Names such as Leaflet's "leaflet-src.esm" keep to letters, digits and dashes, as the drop-in's files do.
            chunkFileNames: (chunk: { name: string }) => `summit-map-editor-${chunk.name.replace(/[^\w-]/g, '-')}-[hash].js`,
            minify: true,
          },
        },
      };
    case 'cli':
      return {
        // The `summit-map` command (package.json `bin`): Node 20, its commands in chunks loaded when asked for.
        ssr: 'src/cli/bin.ts',
        outDir: 'dist/cli',
        emptyOutDir: true,
        copyPublicDir: false,
        minify: false,
        target: 'node20',
        rolldownOptions: {
          output: { entryFileNames: 'summit-map.js', chunkFileNames: '[name]-[hash].js', banner: '#!/usr/bin/env node' },
        },
      };
    case 'embed':
      return {
        // The drop-in module: an ES module that defines <summit-map> at once, with the code it needs
        // later (the companions, large data, the basemap's drawing) in summit-map-*.js files beside it.
        emptyOutDir: false,
        chunkSizeWarningLimit: 600,
        copyPublicDir: false,
        lib: { entry: 'src/embed.ts', formats: ['es'], fileName: () => 'summit-map.js' },
        // Fully minified: library mode keeps ES output readable by default, but these modules are
        // loaded by pages as they are, not bundled again. Terser minifies them (terserChunks,
        // scripts/vite-terser.ts), a little tighter than the bundler's own minifier.
        // Code the map and the later files share (Lit, the decorators' helper) stays in summit-map.js,
        // which exports it to them, so that the page loads no common file before the map's code runs.
        rolldownOptions: {
          preserveEntrySignatures: 'allow-extension',
          output: {
            chunkFileNames: 'summit-map-[name]-[hash].js',
            minify: false,
            codeSplitting: {
              groups: [
                {
                  name: 'summit-map',
                  // Lit's core and the decorators' helper, not the directives only the place list uses;
                  // the small DOM helpers the later files share (one file fewer to wait for).
                  test: /src\/embed\.ts$|src\/dom\/|node_modules\/(?:lit|lit-html|lit-element|@lit\/reactive-element|@oxc-project\/runtime)\/(?!(?:.*\/)?(?:repeat|async-directive|directive-helpers)\.js)/,
                },
                // Leaflet's tile layers (scripts/vite-leaflet-slim.ts), named as the other files are.
                { name: 'leaflet-tiles', test: /^\0leaflet-tiles$/ },
              ],
            },
          },
        },
      };
    case 'lib':
    case 'lib-node':
      return {
        // The npm package's modules (dist/lib/): `index.js` exports the classes and registers
        // nothing; `define.js` registers the elements. Dependencies stay imports so that the
        // user's bundler shares them; unminified (names kept, e.g. for devtools), as the user's
        // bundler minifies.
        // `model.js` is the model alone (summit-map/model). The Node build (dist/lib-node/, the
        // "node" condition of the package's exports) has Leaflet replaced by a stub, so that
        // Node can import the package: Leaflet reads `window` as it loads.
        outDir: build === 'lib' ? 'dist/lib' : 'dist/lib-node',
        minify: false,
        emptyOutDir: true,
        copyPublicDir: false,
        chunkSizeWarningLimit: 600,
        lib: {
          entry: (build === 'lib'
            ? { index: 'src/index.ts', define: 'src/define.ts', model: 'src/model/index.ts', gazetteer: 'src/gazetteer/load.ts' }
            : { index: 'src/index.ts' }) as Record<string, string>,
          formats: ['es'],
        },
        rolldownOptions: {
          external: (id: string) => isDependency(id) && !(build === 'lib-node' && id.startsWith('leaflet')),
          // Every file flat in dist/lib/, so one basemap base serves all of them.
          output: { entryFileNames: '[name].js', chunkFileNames: 'shared-[hash].js' },
        },
      };
    case 'site':
      return {
        target: 'es2022',
        chunkSizeWarningLimit: 600,
        // The story page and the example stories' pages, from stories/page-template.html (see
        // there), and the editor's page: their HTML and stylesheet; the story pages' script is the
        // drop-in module (storyPagesUseDropIn).
        rolldownOptions: { input: { ...storyPageInputs(), editor: 'editor/index.html' } },
      };
  }
}

export default defineConfig(({ mode }) => {
  const build = buildOf(mode);
  // The modules pages load as they are, not bundled again: the drop-in module and the editor's.
  const loadedAsIs = build === 'embed' || build === 'editor';
  return {
    // The basemap folder relative to the built module: beside dist/summit-map.js, or up from dist/assets/ and dist/lib/.
    plugins: [
      leafletTrustedTypes(),
      leafletSlim(),
      bundledStory(),
      litCssMinify(),
      // Their templates minified too.
      ...(loadedAsIs ? [litHtmlMinify()] : []),
      // The npm library's modules (dist/lib/) use the folder the other builds put in dist/.
      // The editor's module sits beside the drop-in module and uses the folder that build copies.
      offlineBasemap(loadedAsIs ? './summit-map-basemap/' : '../summit-map-basemap/', build === 'embed' || build === 'site'),
      ...(build === 'site' ? [storyPagesPlugin(), storyData(), storyPagesUseDropIn(), storyPagesFirstView()] : []),
      ...(build === 'embed' ? [storyPageStylesheet()] : []),
      ...(build === 'cli' ? [gazetteerFiles()] : []),
      ...(build === 'embed' ? [frameEmbed(), terserChunks()] : []),
    ],
    resolve:
      build === 'lib-node'
        ? {
            alias: [
              {
                find: /^leaflet\/dist\/leaflet-src\.esm\.js$/,
                replacement: fileURLToPath(new URL('./src/leaflet/leaflet-node.ts', import.meta.url)),
              },
              {
                find: /^virtual:summit-map\/leaflet-(tiles|popups)$/,
                replacement: fileURLToPath(new URL('./src/leaflet/leaflet-node.ts', import.meta.url)),
              },
            ],
          }
        : {},
    // The drop-in module finds its worker files next to itself (import.meta.url), wherever it is served from.
    base: loadedAsIs ? './' : '/',
    worker: {
      format: 'es',
      rolldownOptions:
        build === 'embed'
          ? { output: { entryFileNames: 'summit-map-[name].js' } }
          : build === 'editor'
            ? { output: { entryFileNames: 'summit-map-editor-[name].js' } }
            : {},
    },
    build: buildOptions(build),
    server: { host: '127.0.0.1', port: 5173 },
    test: {
      reporters: ['default', ['json', { outputFile: 'test-results/results.json' }]],
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            include: ['tests/model/**/*.test.ts', 'tests/geo/**/*.test.ts', 'tests/render/**/*.test.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            include: [
              'tests/elements/**/*.test.ts',
              'tests/controllers/**/*.test.ts',
              'tests/loading/**/*.test.ts',
              'tests/leaflet/**/*.test.ts',
            ],
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
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['tests/e2e/**/*.test.ts'],
            testTimeout: 60_000,
            hookTimeout: 60_000,
            // A real browser on a shared 2-core machine can take longer than expect.poll's default 1 s to
            // show what a test waits for (a note after an error failed so in CI); a poll that passes
            // returns at once, so only a failure takes longer.
            expect: { poll: { timeout: 10_000 } },
          },
        },
        {
          // The npm package (needs `npm run build`): pack, install into a consumer, build, type-check.
          extends: true,
          test: { name: 'package', environment: 'node', include: ['tests/package/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
        },
      ],
    },
  };
});
