import { describe, expect, it } from 'vitest';
import { indentWidth, parseVdevRow, vdevType } from './parseVdevRow.js';

const COUNTS = ['read', 'write', 'cksum'];

describe('parseVdevRow', () => {
  it('default', () => {
    expect(parseVdevRow('\t    sde2    OFFLINE      0     0     0  was /dev/sde2', COUNTS)).toEqual({
      indent: 12,
      vdev: {
        name: 'sde2',
        type: 'disk',
        state: 'OFFLINE',
        read: { value: 0, text: '0', exact: true },
        write: { value: 0, text: '0', exact: true },
        cksum: { value: 0, text: '0', exact: true },
        note: 'was /dev/sde2',
        was: '/dev/sde2',
        children: [],
      },
    });
  });

  it('behavior: group headers, spares, cut rows, extra columns', () => {
    expect(parseVdevRow('\tlogs\t', COUNTS)).toEqual({ indent: 8, group: 'logs' });
    expect(parseVdevRow('\t  sdf   AVAIL   ', COUNTS).vdev).toEqual({
      name: 'sdf',
      type: 'disk',
      state: 'AVAIL',
      children: [],
    });
    expect(parseVdevRow('\t  spare-0  DEGRADED     0 1.68K', COUNTS).vdev?.write?.text).toBe('1.68K');
    expect(parseVdevRow('\tsdb  ONLINE  0  0  2  758', [...COUNTS, 'slow']).vdev?.extraCounts).toEqual({
      slow: { value: 758, text: '758', exact: true },
    });
    expect(parseVdevRow('\tmirror-0  ONLINE  -  -  -', COUNTS).vdev?.read).toBeUndefined();
  });

  it('behavior: indentation expands TABs to 8-column stops', () => {
    expect(indentWidth(' \t  x').width).toBe(10);
    expect(indentWidth('\t\tx').width).toBe(16);
    expect(indentWidth('    x')).toEqual({ width: 4, end: 4 });
  });

  it('behavior: vdev kinds from names', () => {
    expect(
      [
        'mirror-0',
        'mirror',
        'raidz2-1',
        'raidz',
        'draid2:8d:90c:2s-0',
        'draid1-0-0',
        'replacing-6',
        'spare-2',
        'sda',
        '/dev/sdb',
        '/tmp/f',
      ].map(vdevType),
    ).toEqual(['mirror', 'mirror', 'raidz', 'raidz', 'draid', 'dspare', 'replacing', 'spare', 'disk', 'disk', 'file']);
  });
});
