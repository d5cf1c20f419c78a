import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import { readJson } from '../fixtures/load';

const ajv = new Ajv2020({ allErrors: true, strict: false });

describe.each([
  ['geo/places.geojson', 'geo/places.schema.json'],
  ['geo/article.json', 'geo/article.schema.json'],
])('%s', (dataPath, schemaPath) => {
  const validate = ajv.compile(readJson(schemaPath) as object);

  it(`matches ${schemaPath}`, () => {
    validate(readJson(dataPath));
    expect(validate.errors ?? []).toEqual([]);
  });

  it('the schema rejects a broken copy', () => {
    const broken = structuredClone(readJson(dataPath)) as Record<string, unknown>;
    delete broken[dataPath.endsWith('geojson') ? 'features' : 'paragraphs'];
    expect(validate(broken)).toBe(false);
  });
});
