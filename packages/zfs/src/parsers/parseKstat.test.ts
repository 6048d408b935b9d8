import { describe, expect, it } from 'vitest';
import { ZfsParseError } from '../errors.js';
import { parseKstat } from './parseKstat.js';

describe('parseKstat', () => {
  it('default', () => {
    const kstat = parseKstat(
      '23 1 0x01 2 2160 221578688875 6665999035587\nname  type data\ndataset_name 7 pool1\nwrites 4 18446744073709551615\n',
    );
    expect(kstat).toEqual({
      header: {
        kid: 23,
        type: 1,
        flags: '0x01',
        ndata: 2,
        dataSize: 2160,
        crtime: '221578688875',
        snaptime: '6665999035587',
      },
      kind: 'named',
      values: { dataset_name: 'pool1', writes: '18446744073709551615' },
      types: { dataset_name: 7, writes: 4 },
    });
  });

  it('behavior: I/O kstat and raw bodies', () => {
    const io = parseKstat('12 3 0x00 1 80 1 2\nnread nwritten\n10 20\n');
    expect([io.kind, io.values]).toEqual(['io', { nread: '10', nwritten: '20' }]);
    expect(parseKstat('5 4 0x00 1 8 1 2\nsomething else\n')).toMatchObject({ kind: 'raw', lines: ['something else'] });
  });

  it('error: missing header, malformed rows', () => {
    expect(() => parseKstat('hello\n')).toThrow(ZfsParseError);
    expect(() => parseKstat('1 1 0x01 1 1 1 1\nname type data\nbroken\n')).toThrow(
      expect.objectContaining({ line: 3 }),
    );
  });
});
