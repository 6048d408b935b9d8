import { describe, expect, it } from 'vitest';
import { classifyStatusLine } from './classifyStatusLine.js';

describe('classifyStatusLine', () => {
  it('default', () => {
    expect(classifyStatusLine('  pool: tank')).toEqual({ kind: 'key', key: 'pool', value: 'tank', known: true });
  });

  it('behavior: keys only when indented less than a TAB stop', () => {
    expect(classifyStatusLine('config:')).toEqual({ kind: 'key', key: 'config', value: '', known: true });
    expect(classifyStatusLine('future: x')).toMatchObject({ kind: 'key', known: false });
    expect(classifyStatusLine('\tnote: wrapped text')).toEqual({ kind: 'other', indented: true });
    expect(classifyStatusLine('\t  draid2:8d:90c:2s-0  ONLINE')).toEqual({ kind: 'other', indented: true });
  });

  it('behavior: header and blank lines', () => {
    expect(classifyStatusLine('\tNAME  STATE  READ WRITE CKSUM  SLOW')).toEqual({
      kind: 'header',
      columns: ['READ', 'WRITE', 'CKSUM', 'SLOW'],
    });
    expect(classifyStatusLine(' \t ')).toEqual({ kind: 'blank' });
    expect(classifyStatusLine('bucket  allocated')).toEqual({ kind: 'other', indented: false });
  });
});
