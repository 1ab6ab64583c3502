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
    expect(csv.rows.map((r) => [r.line, r.values.id])).toEqual([
      [2, '1'],
      [5, '2'],
    ]);
  });

  it('turns literal NULL, N/A and blanks into missing values', () => {
    const csv = read('id,name,city\n1,NULL,\n2,N/A,x\n');
    expect(csv.rows[0]!.values).toEqual({ id: '1', name: undefined, city: undefined });
    expect(csv.rows[1]!.values.name).toBeUndefined();
  });

  it('rejects a malformed row with file and line, and still loads the good rows', () => {
    const csv = read('id,name\n1,a\n2\n3,c\n4,d,e\n5,f');
    expect(csv.rows.map((r) => r.values.id)).toEqual(['1', '3', '5']);
    expect(csv.rejects).toEqual([
      { sourceId: 'x', file: 'x/f.csv', line: 3, field: '(record)', reason: 'expected 2 fields, found 1 (truncated or malformed row)' },
      { sourceId: 'x', file: 'x/f.csv', line: 5, field: '(record)', reason: 'expected 2 fields, found 3 (truncated or malformed row)' },
    ]);
    expect(csv.recordsRead).toBe(5);
  });

  it('fails a file cut off in its last record, or inside a quoted cell, as truncated', () => {
    expect(() => read('id,name,city\n1,a,b\n2,c')).toThrow('x/f.csv: file is truncated: its last record (line 3) is cut off');
    expect(() => read('id,name\n1,a\n2,"unclos')).toThrow(/x\/f\.csv: file is truncated: its last record \(line 3\)/);
    // a malformed last row that does end with a line break is only a bad row
    expect(read('id,name,city\n1,a,b\n2,c\n').rejects).toHaveLength(1);
  });

  it('decodes a file declared cp1252; fails one declared UTF-8 that is not, naming the offset; strips a UTF-8 BOM', () => {
    const cp1252 = iconv.encode('id,name\n1,Première Nation des Innus\n', 'win1252');
    const dir = tempSourcesDir({ 'x/f.csv': cp1252 });
    expect(
      readCsv({ sourceId: 'x', path: join(dir, 'x/f.csv'), file: 'x/f.csv', requiredColumns: [], encoding: 'cp1252' }).rows[0]!.values.name,
    ).toBe('Première Nation des Innus');
    expect(() => read(cp1252)).toThrow('x/f.csv: invalid UTF-8 at byte offset 15 (line 2, bytes e8 72 65 20)');
    const utf8Dir = tempSourcesDir({ 'x/f.csv': 'id,name\n1,Lévis\n' });
    expect(() =>
      readCsv({ sourceId: 'x', path: join(utf8Dir, 'x/f.csv'), file: 'x/f.csv', requiredColumns: [], encoding: 'cp1252' }),
    ).toThrow(/declared cp1252 but the bytes are UTF-8/);
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
    expect(() => readCsv({ sourceId: 'x', path: '/nonexistent/f.csv', file: 'x/missing.csv', requiredColumns: [] })).toThrow(
      /x\/missing\.csv: cannot read file \(ENOENT\)/,
    );
  });

  it('renames repeated columns the caller does not rely on', () => {
    expect(read('id,name,Symbols,Symbols\n1,a,,r\n').rows[0]!.values['Symbols#2']).toBe('r');
    expect(() => read('id,name,name\n1,a,b\n')).toThrow('duplicate column(s): name');
  });
});
