import { describe, expect, it } from 'vitest';
import { ZfsParseError } from '../errors.js';
import { parseZpoolList } from './parseZpoolList.js';

describe('parseZpoolList', () => {
  it('default', () => {
    const { pools, columns } = parseZpoolList(
      'tank\t9981503995904\t3046188658688\t6935315337216\t-\t-\t9\t30\t1.00\tONLINE\t-\n',
    );
    expect(columns).toHaveLength(11);
    expect(pools[0]?.properties).toMatchObject({ size: '9981503995904', fragmentation: '9', health: 'ONLINE' });
  });

  it('behavior: the older 8-column -H layout and -o columns', () => {
    expect(parseZpoolList('tpool\t123M\t544K\t122M\t0%\t1.00x\tONLINE\t-\n').columns).toEqual([
      'name',
      'size',
      'allocated',
      'free',
      'capacity',
      'dedupratio',
      'health',
      'altroot',
    ]);
    expect(parseZpoolList('tank\tONLINE\n', { columns: ['name', 'health'] }).pools[0]?.properties.health).toBe(
      'ONLINE',
    );
  });

  it('behavior: -v vdev rows and sections', () => {
    const text = [
      'NAME         SIZE  ALLOC   FREE  CKPOINT  EXPANDSZ   FRAG    CAP  DEDUP    HEALTH  ALTROOT',
      'tank        9.08T  1.00T  8.08T        -         -     1%    11%  1.00x    ONLINE  -',
      '  mirror-0  9.08T  1.00T  8.08T        -         -     1%  11.0%      -    ONLINE',
      '    sda         -      -      -        -         -      -      -      -    ONLINE',
      'logs            -      -      -        -         -      -      -      -         -',
      '  sdc       9.50G      0  9.50G        -         -     0%  0.00%      -    ONLINE',
    ].join('\n');
    const pool = parseZpoolList(text).pools[0];
    expect(pool?.vdevs.map((v) => [v.name, v.depth, v.group])).toEqual([
      ['mirror-0', 1, undefined],
      ['sda', 2, undefined],
      ['sdc', 1, 'logs'],
    ]);
    expect(pool?.vdevs[0]?.properties.capacity).toBe('11.0%');
  });

  it('behavior: zpool list -j and empty output', () => {
    expect(
      parseZpoolList('{"pools":{"tank":{"name":"tank","state":"ONLINE","guid":15220353080205405147}}}').pools[0]
        ?.properties,
    ).toEqual({ name: 'tank', state: 'ONLINE', guid: '15220353080205405147' });
    expect(parseZpoolList('').pools).toEqual([]);
  });

  it('error: unexpected -H width without columns', () => {
    expect(() => parseZpoolList('tank\tONLINE\n')).toThrow(ZfsParseError);
  });
});
