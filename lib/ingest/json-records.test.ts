import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lineOfEach, lineOfKey, readJsonRecords, type ReadJsonRecordsOptions } from './json-records';
import { tempSourcesDir } from './test-support';

const Office = z.object({ id: z.string(), city: z.string().min(1) });
const FILE = 'x-offices/offices.json';

function read(text: string, options: Partial<ReadJsonRecordsOptions<unknown>> = {}) {
  const dir = tempSourcesDir({ [FILE]: text });
  return readJsonRecords<unknown>({
    sourceId: 'x-offices',
    path: `${dir}/${FILE}`,
    file: FILE,
    at: 'array',
    schema: Office,
    label: 'record',
    ...options,
  });
}

describe('readJsonRecords', () => {
  it('loads the good records and rejects a bad one with file, position and field', () => {
    const result = read(
      JSON.stringify([
        { id: 'a', city: 'Kenora' },
        { id: 'b', city: '' },
        { id: 'c', city: 'Dryden' },
      ]),
    );
    expect(result.records).toEqual([
      { value: { id: 'a', city: 'Kenora' }, ordinal: 1, line: 1 },
      { value: { id: 'c', city: 'Dryden' }, ordinal: 3, line: 3 },
    ]);
    expect(result.rejects).toEqual([
      { sourceId: 'x-offices', file: FILE, line: 2, field: 'city', reason: expect.stringMatching(/^record 2: /) },
    ]);
    expect(result.recordsRead).toBe(3);
  });

  it('locates records at their lines in a pretty-printed file, by key or one per line', () => {
    const text = '{\n  "areaOffices": [\n    {\n      "id": "a", "city": "Kenora"\n    },\n    {\n      "id": "b"\n    }\n  ]\n}';
    const byKey = read(text, {
      at: { key: 'areaOffices' },
      label: 'area office',
      lineOf: lineOfKey(/"id": "(\w+)"/, (raw) => (raw as { id: string }).id),
    });
    expect(byKey.records.map((r) => r.line)).toEqual([4]);
    expect(byKey.rejects).toEqual([expect.objectContaining({ line: 7, field: 'city', reason: expect.stringMatching(/^area office 2: /) })]);
    const features = '{"type": "FeatureCollection", "features": [\n{"type": "Feature", "properties": {}},\n{"type": "Feature"}\n]}';
    const located = read(features, {
      at: 'features',
      schema: z.object({ type: z.literal('Feature') }),
      lineOf: lineOfEach(/^\{"type": "Feature"/),
    });
    expect(located.records.map((r) => r.line)).toEqual([2, 3]);
  });

  it('reads JSON behind a JavaScript prefix, and fails a file without it', () => {
    const wrapped = 'var SITES = {"type": "FeatureCollection", "features": [{"properties": {"id": "a", "city": "Kenora"}}]}';
    const Feature = z.object({ properties: Office });
    expect(read(wrapped, { at: 'features', prefix: /var\s+\w+\s*=\s*/, schema: Feature }).records).toHaveLength(1);
    expect(() => read('[]', { prefix: 'let sites = ' })).toThrow(`${FILE}: expected the file to start with "let sites = "`);
  });

  it('fails the whole file on bad JSON, no records array, or a required field no record has', () => {
    expect(() => read('[{"id": "a",')).toThrow(`${FILE}: invalid or truncated JSON`);
    expect(() => read('{"offices": []}')).toThrow(`${FILE}: expected a JSON array of records`);
    expect(() => read('[]', { at: 'features' })).toThrow(`${FILE}: expected a GeoJSON FeatureCollection with a features array`);
    expect(() => read('{"offices": {}}', { at: { key: 'offices' } })).toThrow(`${FILE}: expected a JSON object with an offices array`);
    expect(() => read(JSON.stringify([{ id: 'a' }, { id: 'b' }]), { requiredFields: ['id', 'city'] })).toThrow(
      `${FILE}: missing field(s): city`,
    );
    expect(read(JSON.stringify([{ id: 'a' }, { id: 'b', city: 'Kenora' }]), { requiredFields: ['id', 'city'] }).rejects).toHaveLength(1);
  });
});
