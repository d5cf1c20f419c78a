// Every code snippet of the documentation (README.md and docs/*.md), as a reader would paste it
// into a fresh project that installed the packed package: ```ts snippets are
// type-checked with the project's tsc under `strict`, ```js ones (and the module scripts inside
// ```html ones) must parse, and the ```html ones may use only the tags and attributes the package's
// custom-elements.json declares, and load only files the package ships.
// A snippet that is not meant to stand alone (a fragment of a file, say) is marked by
// `<!-- snippet: skip -->` on the line before its fence; nothing is left out by position.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SKIP = /<!--\s*snippet:\s*skip\b[^>]*-->\s*$/;

interface Snippet {
  /** e.g. README.md:76 (the line of the opening fence). */
  where: string;
  lang: string;
  code: string;
  skipped: boolean;
}

/** The fenced snippets of one Markdown file, indented ones (inside list items) too. */
export function snippetsOf(file: string, text: string): Snippet[] {
  const lines = text.split('\n');
  const snippets: Snippet[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^(\s*)(`{3,})(\w*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, lang] = open as unknown as [string, string, string, string];
    const end = lines.findIndex((line, j) => j > i && line.trim() === fence);
    if (end < 0) throw new Error(`${file}:${i + 1}: a code fence that is never closed`);
    let before = i - 1;
    while (before >= 0 && lines[before]!.trim() === '') before -= 1;
    snippets.push({
      where: `${file}:${i + 1}`,
      lang,
      code: lines
        .slice(i + 1, end)
        .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
        .join('\n'),
      skipped: before >= 0 && SKIP.test(lines[before]!),
    });
    i = end;
  }
  return snippets;
}

const docs = [
  'README.md',
  ...(existsSync(join(ROOT, 'docs'))
    ? readdirSync(join(ROOT, 'docs'))
        .filter((name) => name.endsWith('.md'))
        .map((name) => `docs/${name}`)
    : []),
];
const snippets = docs.flatMap((file) => snippetsOf(file, readFileSync(join(ROOT, file), 'utf8')));
const checked = (langs: string[]) => snippets.filter((snippet) => !snippet.skipped && langs.includes(snippet.lang));

async function run(command: string, args: string[], cwd: string): Promise<string> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|NODE_ENV$)/.test(name)));
  try {
    return (await promisify(execFile)(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout}\n${stderr}`, { cause: error });
  }
}

let project = '';
let manifest: { modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[] };
let shipped: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/lib/index.js'))) throw new Error('No dist/lib/: run `npm run build` first.');
  project = await mkdtemp(join(tmpdir(), 'summit-map-snippets-'));
  const [packed] = JSON.parse(await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', project], ROOT)) as [
    { filename: string; files: { path: string }[] },
  ];
  shipped = packed.files.map((file) => file.path);
  // A fresh project as Vite's vanilla-ts template makes it, installed without the network: the
  // tarball unpacked as node_modules/summit-map, every other package linked from this repository's node_modules.
  const modules = join(project, 'node_modules');
  await mkdir(join(modules, 'summit-map'), { recursive: true });
  await run('tar', ['-xzf', join(project, packed.filename), '-C', join(modules, 'summit-map'), '--strip-components=1'], ROOT);
  for (const name of await readdir(join(ROOT, 'node_modules'))) {
    if (name === 'summit-map' || name.startsWith('.')) continue;
    await symlink(join(ROOT, 'node_modules', name), join(modules, name), 'dir');
  }
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'fresh', private: true, type: 'module' }));
  await writeFile(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        types: [],
        jsx: 'react-jsx',
        allowJs: true,
        checkJs: false,
        moduleDetection: 'force',
        verbatimModuleSyntax: true,
        skipLibCheck: true,
        strict: true,
        noEmit: true,
      },
      include: ['src'],
    }),
  );
  await mkdir(join(project, 'src'));
  manifest = JSON.parse(readFileSync(join(modules, 'summit-map', 'dist/custom-elements.json'), 'utf8')) as typeof manifest;
}, 120_000);

afterAll(() => (project ? rm(project, { recursive: true, force: true }) : undefined));

const fileName = (snippet: Snippet, ext: string) => `${snippet.where.replace(/[^\w]+/g, '-')}.${ext}`;

/**
 * Type-checks each given file in a program of its own (as if it were the project's only file, so
 * that no snippet lends another its imports); the errors, one per line, or ''.
 */
async function tscErrors(files: string[]): Promise<string> {
  const tsc = join(project, 'node_modules/typescript/bin/tsc');
  const errors = await Promise.all(
    files.map(async (file, index) => {
      const config = `tsconfig.check-${index}.json`;
      await writeFile(join(project, config), JSON.stringify({ extends: './tsconfig.json', include: [], files: [file] }));
      try {
        await run(process.execPath, [tsc, '-p', config], project);
        return '';
      } catch (error) {
        return (error as Error).message
          .split('\n')
          .filter((line) => /error TS\d+/.test(line))
          .join('\n');
      }
    }),
  );
  return errors.filter(Boolean).join('\n');
}

describe('the documentation’s snippets, in a fresh project with the packed package', () => {
  it('finds the snippets (README.md and docs/*.md)', () => {
    expect(checked(['ts']).length).toBeGreaterThan(0);
    expect(checked(['html']).length).toBeGreaterThan(0);
    expect(snippets.find((snippet) => snippet.code.includes("import 'summit-map/define'") && snippet.lang === 'ts')).toBeDefined();
  });

  it('type-checks every ts snippet as written, each on its own (strict)', async () => {
    const files: string[] = [];
    for (const snippet of checked(['ts'])) {
      const name = `src/${fileName(snippet, snippet.lang)}`;
      await writeFile(join(project, name), `${snippet.code}\n`);
      files.push(name);
    }
    expect(await tscErrors(files)).toBe('');
  }, 120_000);

  it('parses every js snippet and every module script of the html snippets', async () => {
    const files: string[] = [];
    const scripts = [
      ...checked(['js']).map((snippet) => ({ snippet, code: snippet.code })),
      ...checked(['html']).flatMap((snippet) =>
        [...snippet.code.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([^]*?)<\/script>/g)].map((match) => ({ snippet, code: match[1]! })),
      ),
    ];
    for (const [index, { snippet, code }] of scripts.entries()) {
      const name = `src/${fileName(snippet, `${index}.js`)}`;
      await writeFile(join(project, name), `${code}\n`);
      files.push(name);
    }
    // Not type-checked (checkJs is off, as in a plain page): syntax only.
    expect(await tscErrors(files)).toBe('');
  }, 120_000);

  it('uses only the tags and attributes the package declares, and loads only files it ships', () => {
    const attributes = new Map<string, Set<string>>();
    for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? []))
      if (declaration.tagName) attributes.set(declaration.tagName, new Set(declaration.attributes?.map((attribute) => attribute.name)));
    const global = new Set(['id', 'class', 'style', 'hidden', 'lang', 'dir', 'title', 'slot', 'part', 'tabindex', 'aria-label']);
    const wrong: string[] = [];
    for (const snippet of checked(['html'])) {
      for (const [, tag, rest] of snippet.code.matchAll(/<(summit-[\w-]+)([^>]*)>/g)) {
        if (!attributes.has(tag!)) wrong.push(`${snippet.where}: <${tag}> is not an element of the package`);
        for (const [, name] of rest!.matchAll(/\s([\w-]+)(?==|\s|$)/g))
          if (!global.has(name!) && !attributes.get(tag!)?.has(name!)) wrong.push(`${snippet.where}: <${tag}> has no attribute ${name}`);
      }
      for (const [, src] of snippet.code.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) {
        const file = src!.replace(/^.*\//, '');
        if (!shipped.includes(`dist/${file}`)) wrong.push(`${snippet.where}: the package ships no ${file}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
