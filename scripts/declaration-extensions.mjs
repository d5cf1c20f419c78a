// tsc copies the sources' extensionless imports (`from './events'`) into the declaration files,
// which a project with "moduleResolution": "node16"/"nodenext" cannot follow: it needs the file
// named (`./events.js`). Rewrites each relative specifier in the given folder's .d.ts files to the
// `.js` (or `/index.js`) whose declaration exists. Usage: node scripts/declaration-extensions.mjs dist/types
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist/types');
// `from './x'` (imports and re-exports) and `import('./x')` (inline type imports).
const relativeSpecifier = /(\bfrom\s*|\bimport\s*\(\s*)(['"])(\.{1,2}\/[^'"]*)\2/g;

for (const entry of await readdir(root, { recursive: true })) {
  if (!entry.endsWith('.d.ts')) continue;
  const file = join(root, entry);
  const code = await readFile(file, 'utf8');
  const fixed = code.replace(relativeSpecifier, (match, lead, quote, specifier) => {
    if (/\.(js|mjs|json)$/.test(specifier)) return match;
    const target = resolve(dirname(file), specifier);
    if (existsSync(`${target}.d.ts`)) return `${lead}${quote}${specifier}.js${quote}`;
    if (existsSync(join(target, 'index.d.ts'))) return `${lead}${quote}${specifier}/index.js${quote}`;
    throw new Error(`${file}: no declaration for ${specifier}`);
  });
  if (fixed !== code) await writeFile(file, fixed);
}
