// docs/api.md and the Custom Elements Manifest (dist/custom-elements.json, generated from the
// elements' JSDoc by `npm run build`): the page is what scripts/api-docs.mjs writes from the
// manifest, and its tables name the same public API. Each element's section (the `##` heading
// naming `<tag>`, up to the next `##`) holds tables whose first column says what they list:
// `attribute` (with a `property` column), `property`, `method`, `event`, `part`, `custom property`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiPage } from '../../scripts/api-docs.mjs';
import { readJson, readText } from '../fixtures/load';

interface Named {
  name: string;
}

interface Member extends Named {
  kind: 'field' | 'method';
  privacy?: 'public' | 'protected' | 'private';
  static?: boolean;
}

interface ElementDeclaration extends Named {
  customElement?: boolean;
  tagName?: string;
  attributes?: (Named & { fieldName?: string })[];
  members?: Member[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}

interface Manifest {
  modules: { declarations?: ElementDeclaration[] }[];
}

/** What one element offers, as sets of names. */
interface Api {
  attributes: string[];
  properties: string[];
  /** `attribute → property`, for the attributes that have one. */
  pairs: string[];
  methods: string[];
  events: string[];
  parts: string[];
  cssProperties: string[];
}

const manifestFile = fileURLToPath(new URL('../../dist/custom-elements.json', import.meta.url));
if (!existsSync(manifestFile)) throw new Error('No dist/custom-elements.json: run `npm run build` first.');
const manifest = readJson('dist/custom-elements.json') as Manifest;
const apiDocs = readText('docs/api.md');

const sorted = (names: Iterable<string>): string[] => [...new Set(names)].sort();
const isPublic = (member: Member) => (member.privacy ?? 'public') === 'public' && !member.static;

function manifestApi(element: ElementDeclaration): Api {
  const members = (element.members ?? []).filter(isPublic);
  const attributes = element.attributes ?? [];
  return {
    attributes: sorted(attributes.map((attribute) => attribute.name)),
    properties: sorted(members.filter((member) => member.kind === 'field').map((member) => member.name)),
    pairs: sorted(attributes.filter((a) => a.fieldName).map((a) => `${a.name} → ${a.fieldName}`)),
    methods: sorted(members.filter((member) => member.kind === 'method').map((member) => member.name)),
    events: sorted((element.events ?? []).map((event) => event.name)),
    parts: sorted((element.cssParts ?? []).map((part) => part.name)),
    cssProperties: sorted((element.cssProperties ?? []).map((property) => property.name)),
  };
}

/** The element's section of docs/api.md: from the `##` heading that names `<tag>` to the next `##`. */
function apiSection(tag: string): string {
  const lines = apiDocs.split('\n');
  const start = lines.findIndex((line) => line.startsWith('## ') && line.includes(`\`<${tag}>\``));
  if (start < 0) throw new Error(`docs/api.md has no "## ... \`<${tag}>\`" section`);
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

/** Each Markdown table in the text, as its header cells and its rows of cells. */
function tables(markdown: string): { header: string[]; rows: string[][] }[] {
  const found: { header: string[]; rows: string[][] }[] = [];
  const cells = (line: string) =>
    line
      .replace(/^\s*\|/, '')
      .replace(/\|\s*$/, '')
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim());
  const lines = markdown.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i]!.trim().startsWith('|') || !/^\s*\|[\s|:-]+\|\s*$/.test(lines[i + 1]!)) continue;
    const header = cells(lines[i]!).map((cell) => cell.toLowerCase());
    const rows: string[][] = [];
    let j = i + 2;
    for (; j < lines.length && lines[j]!.trim().startsWith('|'); j++) rows.push(cells(lines[j]!));
    found.push({ header, rows });
    i = j - 1;
  }
  return found;
}

/** The name a cell gives in backticks (`select(id)` → `select`); none for "—". */
function nameIn(cell: string | undefined): string | undefined {
  const name = /`([^`]+)`/.exec(cell ?? '')?.[1];
  return name?.replace(/\(.*\)$/, '');
}

function documentedApi(tag: string): Api {
  const api: Api = { attributes: [], properties: [], pairs: [], methods: [], events: [], parts: [], cssProperties: [] };
  const listOf: Record<string, keyof Api> = {
    method: 'methods',
    event: 'events',
    part: 'parts',
    'custom property': 'cssProperties',
    property: 'properties',
  };
  for (const { header, rows } of tables(apiSection(tag))) {
    const kind = header[0]!;
    for (const row of rows) {
      if (kind === 'attribute') {
        const attribute = nameIn(row[0]);
        const property = nameIn(row[header.indexOf('property')]);
        if (attribute) api.attributes.push(attribute);
        if (property) api.properties.push(property);
        if (attribute && property) api.pairs.push(`${attribute} → ${property}`);
      } else if (kind in listOf) {
        const name = nameIn(row[0]);
        if (name) api[listOf[kind]!].push(name);
      }
    }
  }
  return Object.fromEntries(Object.entries(api).map(([key, names]) => [key, sorted(names)])) as unknown as Api;
}

const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName);

describe('docs/api.md and custom-elements.json', () => {
  it('the page is what `npm run docs:api` writes from the manifest (run it after changing an element’s JSDoc)', async () => {
    expect(apiDocs).toBe(await apiPage(manifest));
  });

  it('the README links to it', () => {
    expect(readText('README.md')).toContain('](docs/api.md)');
  });

  it('the manifest describes the three elements', () => {
    expect(elements.map((element) => element.tagName).sort()).toEqual(['summit-article', 'summit-map', 'summit-place-list']);
  });

  for (const element of elements) {
    it(`<${element.tagName}>: the tables list exactly its public API`, () => {
      const inManifest = manifestApi(element);
      // Not vacuous: each element has documented attributes, events, parts and custom properties.
      for (const key of ['attributes', 'events', 'parts', 'cssProperties'] as const) expect(inManifest[key].length, key).toBeGreaterThan(0);
      expect(documentedApi(element.tagName!)).toEqual(inManifest);
    });
  }
});
