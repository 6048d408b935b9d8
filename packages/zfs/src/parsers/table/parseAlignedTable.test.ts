import { describe, expect, it } from 'vitest';
import { ZfsParseError } from '../../errors.js';
import { looksLikeHeader, parseAlignedTable } from './parseAlignedTable.js';
import { splitTabbedRows } from './splitTabbedRows.js';

describe('parseAlignedTable', () => {
  it('default', () => {
    expect(parseAlignedTable('NAME   USED\ntank  9.32M\n')).toEqual({
      headers: ['NAME', 'USED'],
      rows: [{ fields: ['tank', '9.32M'], line: 2, indent: 0 }],
    });
  });

  it('behavior: double spaces inside values are kept by column position', () => {
    const table = parseAlignedTable('NAME        USED  CREATION\ntank@a         0  Sun Nov 22  1:57 2026\n');
    expect(table.rows[0]?.fields).toEqual(['tank@a', '0', 'Sun Nov 22  1:57 2026']);
  });

  it('behavior: single spaces stay inside a cell; indentation is reported', () => {
    expect(parseAlignedTable('NAME  SOURCE\n  a   inherited from b\n').rows[0]).toEqual({
      fields: ['a', 'inherited from b'],
      line: 2,
      indent: 2,
    });
  });

  it('behavior: header detection', () => {
    expect(looksLikeHeader('NAME  PROPERTY  VALUE  SOURCE\n')).toBe(true);
    expect(looksLikeHeader('NAME\n')).toBe(true);
    expect(looksLikeHeader('tank\t1\n')).toBe(false);
    expect(looksLikeHeader('NAMES  x\n')).toBe(false);
  });

  it('error: missing header; wrong -H width', () => {
    expect(() => parseAlignedTable('\n\n')).toThrow(ZfsParseError);
    expect(() => splitTabbedRows('a\tb\nc\n', 2)).toThrow(expect.objectContaining({ line: 2 }));
  });
});
