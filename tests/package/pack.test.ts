// The npm package as another newsroom gets it: `npm pack` on the built dist/ (run `npm run build`
// first; `npm test` does), the tarball unpacked into a fresh consumer project without the network
// (its dependencies resolve from this repository's node_modules, up the tree), then built with Vite
// and type-checked with tsc as that project would, and its page run in Chromium.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleErrorsBesidesFavicon, launchBrowser, openPage } from '../e2e/browser';
import { startServer } from '../e2e/serve';
import { readJson } from '../fixtures/load';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CONSUMER = fileURLToPath(new URL('./consumer/', import.meta.url));
const INSTALLED = join(CONSUMER, 'node_modules', 'summit-map');

interface PackedFile {
  path: string;
  size: number;
}

interface PackageJson {
  main: string;
  module: string;
  types: string;
  customElements: string;
  exports: Record<string, unknown>;
  sideEffects: string[];
  dependencies: Record<string, string>;
}

const pkg = readJson('package.json') as PackageJson;
// `sideEffects` also names src/define.ts, so that this repository's own builds (the story page)
// keep its registration; the source is not shipped. The rest name shipped files.
const shippedSideEffects = pkg.sideEffects.filter((path) => !path.startsWith('./src/'));

/** Runs a command; on failure the error carries its output, so the test report shows why. */
async function run(command: string, args: string[], cwd: string): Promise<string> {
  return (await runWithStderr(command, args, cwd)).stdout;
}

async function runWithStderr(command: string, args: string[], cwd: string): Promise<{ stdout: string; stderr: string }> {
  // The child is a plain shell user, not a test: without Vitest's variables (NODE_ENV=test).
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|NODE_ENV$)/.test(name)));
  try {
    return await promisify(execFile)(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout}\n${stderr}`, { cause: error });
  }
}

/** Every file path an `exports` value names, however deeply its conditions nest. */
function exportTargets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(exportTargets);
  return [];
}

const normalise = (path: string): string => path.replace(/^\.\//, '');

/** The bare module specifiers a built ES module imports (`from "x"`, `import "x"`, `import("x")`). */
function bareImports(code: string): string[] {
  const specifiers = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g)].map((match) => match[1]!);
  return specifiers.filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('/'));
}

let files: PackedFile[] = [];
const paths = () => files.map((file) => file.path);

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/lib/index.js'))) throw new Error('No dist/lib/: run `npm run build` first.');
  const destination = await mkdtemp(join(tmpdir(), 'summit-map-pack-'));
  // --ignore-scripts: pack what is built; the package has no lifecycle scripts of its own to run.
  const [packed] = JSON.parse(await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', destination], ROOT)) as [
    { filename: string; files: PackedFile[] },
  ];
  files = packed.files;
  // A fresh install: nothing from an earlier run survives.
  await rm(join(CONSUMER, 'node_modules'), { recursive: true, force: true });
  await mkdir(INSTALLED, { recursive: true });
  await run('tar', ['-xzf', join(destination, packed.filename), '-C', INSTALLED, '--strip-components=1'], ROOT);
  await rm(destination, { recursive: true, force: true });
}, 60_000);

describe('the packed package', () => {
  it('holds only what users need: built modules, declarations, the manifest, the iframe page, the render typeface, README and the docs it links to', () => {
    const allowed =
      /^(package\.json|README\.md|LICENSE(\.md|\.txt)?|dist\/(lib|lib-node|cli|types|summit-map-basemap|summit-map-gazetteer)\/.+|dist\/summit-map(-[\w-]+)?\.js|dist\/summit-map-frame\.html|dist\/custom-elements\.json|dist\/story-page\.css|docs\/[\w-]+\.md|assets\/render-fonts\/[\w.-]+)$/;
    expect(paths().filter((path) => !allowed.test(path))).toEqual([]);
    expect(
      paths().filter((path) => /^(src|tests|geo|scripts)\/|^dist\/(index\.html|assets\/)|\.ts$/.test(path) && !path.endsWith('.d.ts')),
    ).toEqual([]);
    for (const path of [
      'docs/api.md',
      'docs/guide.md',
      'dist/lib/index.js',
      'dist/lib/define.js',
      'dist/types/index.d.ts',
      'dist/types/define.d.ts',
      'dist/summit-map.js',
      // What the drop-in module loads beside itself: the workers, and the code fetched when needed.
      'dist/summit-map-parse-worker.js',
      'dist/summit-map-cluster-worker.js',
      // The iframe embed, beside the drop-in module; the render command's bundled typeface and its licence.
      'dist/summit-map-frame.html',
      'assets/render-fonts/LICENSE',
    ]) {
      expect(paths()).toContain(path);
    }
    // Every file the drop-in module imports is in the package.
    const siblings = paths().filter((path) => /^dist\/summit-map-[\w-]+\.js$/.test(path));
    expect(siblings.some((path) => path.includes('basemap-layer'))).toBe(true);
  });

  it('has every file that main, module, types, exports, sideEffects and customElements name', () => {
    const named = [pkg.main, pkg.module, pkg.types, pkg.customElements, ...exportTargets(pkg.exports), ...shippedSideEffects].map(
      normalise,
    );
    expect(named.filter((path) => !paths().includes(path))).toEqual([]);
    expect(Object.keys(pkg.exports).sort()).toEqual([
      '.',
      './custom-elements.json',
      './define',
      './gazetteer',
      './model',
      './package.json',
      './story-page.css',
      './summit-map-editor.js',
      './summit-map.js',
    ]);
    for (const entry of ['.', './define', './model', './gazetteer', './summit-map-editor.js']) {
      // TypeScript reads the first condition that matches, so `types` comes first.
      expect(Object.keys(pkg.exports[entry] as object)[0], entry).toBe('types');
    }
  });

  it('registers elements only in the modules listed as having side effects', async () => {
    const registering: string[] = [];
    for (const path of paths().filter((path) => path.endsWith('.js'))) {
      if ((await readFile(join(INSTALLED, path), 'utf8')).includes('customElements.define(')) registering.push(`./${path}`);
    }
    expect(registering.sort()).toEqual(shippedSideEffects.filter((path) => path.endsWith('.js')).sort());
    expect(pkg.sideEffects).toContain('./dist/lib/define.js');
  });

  it('leaves its dependencies to the user: the library modules import them, and only them', async () => {
    const libFiles = (await readdir(join(INSTALLED, 'dist/lib'))).filter((name) => name.endsWith('.js'));
    const imported = new Set<string>();
    for (const name of libFiles) bareImports(await readFile(join(INSTALLED, 'dist/lib', name), 'utf8')).forEach((s) => imported.add(s));
    const packageOf = (specifier: string) =>
      specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/');
    expect([...imported].filter((specifier) => !(packageOf(specifier) in pkg.dependencies))).toEqual([]);
    expect(imported).toContain('lit');
    expect(imported).toContain('leaflet/dist/leaflet-src.esm.js');
  });
});

describe('the story pages’ stylesheet', () => {
  it('is in the package as summit-map/story-page.css, for require and import alike, and is the repository’s own', async () => {
    expect(paths()).toContain('dist/story-page.css');
    const file = join(INSTALLED, 'dist/story-page.css');
    expect(createRequire(join(CONSUMER, 'package.json')).resolve('summit-map/story-page.css')).toBe(file);
    const resolved = await run(
      process.execPath,
      ['--input-type=module', '-e', "console.log(import.meta.resolve('summit-map/story-page.css'))"],
      CONSUMER,
    );
    expect(fileURLToPath(resolved.trim())).toBe(file);
    expect(await readFile(file, 'utf8')).toBe(await readFile(join(ROOT, 'src/story-page.css'), 'utf8'));
    // Bundlers keep a stylesheet import only when it is marked as having side effects.
    expect(pkg.sideEffects).toContain('./dist/story-page.css');
  });
});

describe('a fresh project using the package', () => {
  let outDir = '';
  afterAll(() => rm(outDir, { recursive: true, force: true }));

  it('builds with Vite, without a warning about the package', async () => {
    // Built outside the repository, so that no linter or formatter ever reads the bundle.
    outDir = await mkdtemp(join(tmpdir(), 'summit-map-consumer-'));
    const { stdout, stderr } = await runWithStderr(
      process.execPath,
      [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'],
      CONSUMER,
    );
    // Such as `new URL("../summit-map-basemap/", import.meta.url) doesn't exist at build time`,
    // which the package's basemap address gave every user's build.
    const output = `${stdout}\n${stderr}`;
    expect(output).not.toMatch(/doesn't exist at build time/);
    expect(output).not.toMatch(/summit-map/);
    // The map's code, and beside it what loads later (the basemap's drawing, large data, ...).
    const scripts = (await readdir(join(outDir, 'assets'))).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const code = (await Promise.all(scripts.map((script) => readFile(join(outDir, 'assets', script), 'utf8')))).join('\n');
    // The three elements' registrations made it into the consumer's bundle (checked live below).
    for (const tag of ['summit-map', 'summit-article', 'summit-place-list']) expect(code).toMatch(new RegExp(`["'\`]${tag}["'\`]`));
  }, 60_000);

  it('runs in Chromium: the map draws, select() works, summit-select arrives', async () => {
    expect(outDir, 'the Vite build above').not.toBe('');
    // As the README tells bundler users: the basemap folder goes beside the site, named by basemap-src.
    const basemap = join(INSTALLED, 'dist/summit-map-basemap');
    if (existsSync(basemap)) await cp(basemap, join(outDir, 'summit-map-basemap'), { recursive: true });
    const [server, browser] = await Promise.all([startServer({ mounts: [{ prefix: '/', dir: outDir }] }), launchBrowser()]);
    try {
      const recorded = await openPage(browser);
      await recorded.page.goto(server.url('/'), { waitUntil: 'load' });
      // main.ts selects Hanoi on summit-ready and writes each summit-select's detail.id into the title.
      await recorded.page.waitForFunction(() => document.title === 'summit-map: hanoi', undefined, { timeout: 30_000 });
      expect(await recorded.page.locator('summit-map').getAttribute('selected')).toBe('hanoi');
      const defined = await recorded.page.evaluate(() =>
        ['summit-map', 'summit-article', 'summit-place-list'].filter((tag) => customElements.get(tag) !== undefined),
      );
      expect(defined).toEqual(['summit-map', 'summit-article', 'summit-place-list']);
      expect(recorded.pageErrors).toEqual([]);
      expect(consoleErrorsBesidesFavicon(recorded)).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 60_000);

  it('type-checks a file that calls select() and reads summit-select’s detail.id', async () => {
    const main = await readFile(join(CONSUMER, 'main.ts'), 'utf8');
    expect(main).toMatch(/map\.select\('hanoi'\)/);
    expect(main).toMatch(/'summit-select'[^]*event\.detail\.id/);
    // Fails on any type error, and on an unused @ts-expect-error (which is what `any` types would give).
    // Once with a bundler's module resolution, once with Node's (which needs .js in the declarations).
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    await Promise.all(['tsconfig.json', 'tsconfig.nodenext.json'].map((config) => run(process.execPath, [tsc, '-p', config], CONSUMER)));
  }, 120_000);
});
