// The README's API tables and the Custom Elements Manifest (dist/custom-elements.json, generated
// from the elements' JSDoc by `npm run build`) name the same public API, so neither can drift.
// Each element's README section (the `##` heading naming `<tag>`, up to the next `##`) holds
// tables whose first column says what they list: `attribute` (with a `property` column),
// `property`, `method`, `event`, `part`, `custom property`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
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
const readme = readText('README.md');

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

/** The element's section of the README: from the `##` heading that names `<tag>` to the next `##`. */
function readmeSection(tag: string): string {
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => line.startsWith('## ') && line.includes(`\`<${tag}>\``));
  if (start < 0) throw new Error(`README has no "## ... \`<${tag}>\`" section`);
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

function readmeApi(tag: string): Api {
  const api: Api = { attributes: [], properties: [], pairs: [], methods: [], events: [], parts: [], cssProperties: [] };
  const listOf: Record<string, keyof Api> = {
    method: 'methods',
    event: 'events',
    part: 'parts',
    'custom property': 'cssProperties',
    property: 'properties',
  };
  for (const { header, rows } of tables(readmeSection(tag))) {
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

describe('README API tables and custom-elements.json', () => {
  it('the manifest describes the four elements', () => {
    expect(elements.map((element) => element.tagName).sort()).toEqual([
      'summit-article',
      'summit-map',
      'summit-map-editor',
      'summit-place-list',
    ]);
  });

  for (const element of elements) {
    it(`<${element.tagName}>: the README tables list exactly its public API`, () => {
      const inManifest = manifestApi(element);
      // Not vacuous: each element has documented attributes, events, parts and custom properties.
      for (const key of ['attributes', 'events', 'parts', 'cssProperties'] as const) expect(inManifest[key].length, key).toBeGreaterThan(0);
      expect(readmeApi(element.tagName!)).toEqual(inManifest);
    });
  }
});
