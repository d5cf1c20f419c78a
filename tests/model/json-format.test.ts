// The editor exports a story it opened unchanged byte for byte: the printer writes the project's
// JSON files exactly as they are (Prettier's style), and an edited file stays Prettier-clean.
import { readFileSync } from 'node:fs';
import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { exportJson, formatJson } from '../../src/model/json-format';

const FILES = [
  'geo/article.json',
  'geo/places.geojson',
  'stories/seascape-alaska/article.json',
  'stories/seascape-alaska/places.geojson',
  'stories/kilauea-summit-drive/article.json',
  'stories/kilauea-summit-drive/places.geojson',
];

describe('formatJson', () => {
  it.each(FILES)('prints %s byte for byte from its parsed value', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(formatJson(JSON.parse(text))).toBe(text);
  });

  it('prints what Prettier prints for new content: short lists on one line, long ones and lists of objects broken', async () => {
    const value = {
      short: ['a', 'b'],
      numbers: [1, 2.5, -3],
      long: Array.from({ length: 30 }, (_, n) => `item number ${n}`),
      pairs: [
        [1, 2],
        [3, 4],
      ],
      objects: [{ a: 1 }, { b: 'x' }],
      one: [{ a: 1 }],
      empty: { list: [], object: {} },
      text: 'quote “with” \u02bb marks and \\ and "',
      skipped: undefined,
    };
    const text = formatJson(value);
    expect(text).toBe(await format(text, { parser: 'json', printWidth: 140, singleQuote: true }));
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
    expect(text).toContain('"short": ["a", "b"]');
    expect(text).not.toContain('skipped');
  });

  it('exports a file read in another style as it was while unchanged, and in the project style once changed', async () => {
    // The outcome file has objects on one line, which Prettier keeps and this printer does not make.
    const source = readFileSync('geo/outcome.geojson', 'utf8');
    const value = JSON.parse(source);
    expect(formatJson(value)).not.toBe(source);
    expect(exportJson(value, source)).toBe(source);
    const changed = { ...value, layer: { ...value.layer, title: 'Later' } };
    const text = exportJson(changed, source);
    expect(JSON.parse(text)).toEqual(changed);
    expect(text).toBe(await format(text, { parser: 'json', printWidth: 140, singleQuote: true }));
    expect(exportJson(value, 'not json')).toBe(formatJson(value));
  });
});
