// docs/api.md, written from the Custom Elements Manifest (dist/custom-elements.json, which the
// build generates from the elements' JSDoc): `npm run build && npm run docs:api`. Never edited by
// hand; tests/package/api-docs.test.ts fails when the page and the manifest differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const MANIFEST = `${ROOT}dist/custom-elements.json`;
export const API_PAGE = `${ROOT}docs/api.md`;

/** The elements in the order a reader meets them. */
const ORDER = ['summit-map', 'summit-place-list', 'summit-article', 'summit-map-editor'];
const COUNT = ['no', 'one', 'two', 'three', 'four', 'five', 'six'];

/** One line of text for a table cell: no line breaks, pipes escaped. */
const cell = (text) =>
  (text ?? '')
    .replace(/-\n\s*/g, '-')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim() || '—';
const code = (text) => (text === undefined || text === '' ? '—' : `\`${text.replace(/\|/g, '\\|')}\``);
/** A default that is a literal (`''`, `false`, `'auto'`, a number); a name of a constant says nothing here. */
const defaultOf = (value) => (value === undefined || /^[A-Z][A-Z0-9_]*$/.test(value) ? '—' : code(value));

function table(header, rows) {
  if (rows.length === 0) return '';
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join(
    '\n',
  );
}

const isPublic = (member) => (member.privacy ?? 'public') === 'public' && !member.static;

function elementSection(element, modulePath) {
  const members = (element.members ?? []).filter(isPublic);
  const fields = members.filter((member) => member.kind === 'field');
  const attributeOf = new Map((element.attributes ?? []).map((attribute) => [attribute.fieldName, attribute.name]));
  const writable = fields.filter((field) => !field.readonly);
  const readonly = fields.filter((field) => field.readonly);
  const methods = members.filter((member) => member.kind === 'method');
  const parts = [
    `## \`<${element.tagName}>\``,
    cell(element.description),
    `Class \`${element.name}\` (\`${modulePath}\`), exported by \`summit-map\` and \`summit-map/define\`.`,
    '### Attributes and properties',
    table(
      ['attribute', 'property', 'type', 'default', 'reflects', 'meaning'],
      writable.map((field) => [
        code(field.attribute ?? attributeOf.get(field.name)),
        code(field.name),
        code(field.type?.text),
        defaultOf(field.default),
        field.reflects ? 'yes' : '',
        cell(field.description),
      ]),
    ),
  ];
  if (readonly.length) {
    parts.push(
      'Read-only:',
      table(
        ['property', 'type', 'meaning'],
        readonly.map((field) => [code(field.name), code(field.type?.text), cell(field.description)]),
      ),
    );
  }
  parts.push('### Methods');
  parts.push(
    methods.length
      ? table(
          ['method', 'returns', 'meaning'],
          methods.map((method) => [
            code(
              `${method.name}(${(method.parameters ?? []).map((parameter) => `${parameter.name}: ${parameter.type?.text ?? 'unknown'}`).join(', ')})`,
            ),
            code(method.return?.type?.text ?? 'void'),
            cell(method.description),
          ]),
        )
      : 'None of its own.',
  );
  parts.push(
    '### Events',
    'Each bubbles and is composed (it leaves the shadow root), and is typed in `HTMLElementEventMap`.',
    table(
      ['event', 'class', 'meaning'],
      (element.events ?? []).map((event) => [code(event.name), code(event.type?.text), cell(event.description)]),
    ),
    '### CSS parts',
    table(
      ['part', 'what'],
      (element.cssParts ?? []).map((part) => [code(part.name), cell(part.description)]),
    ),
    '### CSS custom properties',
    table(
      ['custom property', 'what'],
      (element.cssProperties ?? []).map((property) => [code(property.name), cell(property.description)]),
    ),
  );
  return parts.filter(Boolean).join('\n\n');
}

/** The page's Markdown for a manifest, formatted as the repository's Prettier settings say. */
export async function apiPage(manifest) {
  const elements = manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((element) => ({ element, path: module.path })),
  );
  elements.sort((a, b) => ORDER.indexOf(a.element.tagName) - ORDER.indexOf(b.element.tagName));
  const markdown = [
    '# API reference',
    '<!-- Written by `npm run docs:api` (scripts/api-docs.mjs) from dist/custom-elements.json; do not edit. -->',
    `The ${COUNT[elements.length] ?? elements.length} elements’ attributes, properties, methods, events, CSS parts and custom properties, from the Custom Elements Manifest that the build generates from their JSDoc (\`summit-map/custom-elements.json\` in the package). How they behave: [the guide](guide.md); the data they read: [data format](data-format.md); the editor at work: [the editor](editor.md).`,
    `Elements: ${elements.map(({ element }) => `[\`<${element.tagName}>\`](#${element.tagName})`).join(', ')}.`,
    ...elements.map(({ element, path }) => elementSection(element, path)),
  ].join('\n\n');
  const options = (await prettier.resolveConfig(API_PAGE)) ?? {};
  return prettier.format(markdown, { ...options, parser: 'markdown' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  writeFileSync(API_PAGE, await apiPage(manifest));
  console.log('docs/api.md written from dist/custom-elements.json.');
}
