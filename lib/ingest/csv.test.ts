import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { readCsv } from './csv';
import { SourceFailure } from './errors';
import { tempSourcesDir } from './test-support';

function read(content: string | Buffer, requiredColumns = ['id', 'name']) {
  const dir = tempSourcesDir({ 'x/f.csv': content });
  return readCsv({ sourceId: 'x', path: join(dir, 'x/f.csv'), file: 'x/f.csv', requiredColumns });
}

describe('readCsv', () => {
  it('gives each row its starting line, counting multi-line quoted cells and blank lines', () => {
    const csv = read('id,name\n1,"two\nlines"\n\n2,b\n');
    expect(csv.rows.map((r) => [r.line, r.values.id])).toEqual([[2, '1'], [5, '2']]);
  });

  it('turns literal NULL, N/A and blanks into missing values', () => {
    const csv = read('id,name,city\n1,NULL,\n2,N/A,x\n');
    expect(csv.rows[0]!.values).toEqual({ id: '1', name: undefined, city: undefined });
    expect(csv.rows[1]!.values.name).toBeUndefined();
  });

  it('rejects a truncated row with file and line, and still loads the good rows', () => {
    const csv = read('id,name\n1,a\n2\n3,c\n4,"unclosed\n');
    expect(csv.rows.map((r) => r.values.id)).toEqual(['1', '3']);
    expect(csv.rejects).toEqual([
      { sourceId: 'x', file: 'x/f.csv', line: 3, field: '(record)', reason: 'expected 2 fields, found 1 (truncated or malformed row)' },
      expect.objectContaining({ file: 'x/f.csv', line: 5, field: '(record)', reason: expect.stringContaining('Quote Not Closed') }),
    ]);
    expect(csv.recordsRead).toBe(4);
  });

  it('decodes cp1252 when the bytes are not UTF-8, and strips a UTF-8 BOM', () => {
    expect(read(iconv.encode('id,name\n1,Première Nation des Innus\n', 'win1252')).rows[0]!.values.name).toBe('Première Nation des Innus');
    const bom = read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('id,name\n1,Lévis\n')]));
    expect(bom.encoding).toBe('utf-8-bom');
    expect(bom.header).toEqual(['id', 'name']);
  });

  it('fails the whole file on a missing column, naming the file and column', () => {
    expect(() => read('id,nom\n1,a\n')).toThrow(new SourceFailure('x/f.csv', 'missing column(s): name'));
  });

  it('fails on an empty file and on a missing file', () => {
    expect(() => read('')).toThrow('x/f.csv: file is empty');
    expect(() => read('\n\n')).toThrow('x/f.csv: file is empty');
    expect(() => readCsv({ sourceId: 'x', path: '/nonexistent/f.csv', file: 'x/missing.csv', requiredColumns: [] })).toThrow(/x\/missing\.csv: cannot read file \(ENOENT\)/);
  });

  it('renames repeated columns the caller does not rely on', () => {
    expect(read('id,name,Symbols,Symbols\n1,a,,r\n').rows[0]!.values['Symbols#2']).toBe('r');
    expect(() => read('id,name,name\n1,a,b\n')).toThrow('duplicate column(s): name');
  });
});
