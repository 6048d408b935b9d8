import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { topologyArgs } from './vdevArgs.js';

describe('topologyArgs', () => {
  test('default: every vdev class in zpool order', () => {
    expect(
      topologyArgs({
        data: [
          { type: 'mirror', devices: ['a', 'b'] },
          { type: 'raidz2', devices: ['c', 'd', 'e', 'f'] },
        ],
        special: [{ type: 'mirror', devices: ['s1', 's2'] }],
        dedup: [{ type: 'stripe', devices: ['d1'] }],
        log: [{ type: 'mirror', devices: ['l1', 'l2'] }],
        cache: ['c1'],
        spare: ['sp1', 'sp2'],
      }),
    ).toEqual(
      'mirror a b raidz2 c d e f special mirror s1 s2 dedup d1 log mirror l1 l2 cache c1 spare sp1 sp2'.split(' '),
    );
  });

  test('behavior: draid layouts', () => {
    const devices = Array.from({ length: 11 }, (_, i) => `d${i}`);
    expect(topologyArgs({ data: [{ type: 'draid', parity: 2, data: 4, spares: 1, devices }] })[0]).toBe(
      'draid2:4d:11c:1s',
    );
    expect(topologyArgs({ data: [{ type: 'draid', devices: ['a', 'b', 'c'] }] })[0]).toBe('draid1:3c');
  });

  test('behavior: a stripe of plain disks', () => {
    expect(topologyArgs({ data: [{ type: 'stripe', devices: ['/tmp/a', '/tmp/b'] }] })).toEqual(['/tmp/a', '/tmp/b']);
  });

  test('error: empty, too few devices, option-like devices', () => {
    expect(() => topologyArgs({})).toThrow(ZfsUsageError);
    expect(() => topologyArgs({ data: [{ type: 'mirror', devices: ['a'] }] })).toThrow(ZfsUsageError);
    expect(() => topologyArgs({ data: [{ type: 'raidz3', devices: ['a', 'b', 'c'] }] })).toThrow(ZfsUsageError);
    expect(() => topologyArgs({ data: [{ type: 'stripe', devices: [] }] })).toThrow(ZfsUsageError);
    expect(() => topologyArgs({ data: [{ type: 'stripe', devices: ['-f'] }] })).toThrow(ZfsUsageError);
    expect(() => topologyArgs({ data: [{ type: 'draid', parity: 3, data: 8, devices: ['a', 'b'] }] })).toThrow(
      ZfsUsageError,
    );
    expect(() => topologyArgs({ data: [{ type: 'draid', data: -1, devices: ['a', 'b', 'c'] }] })).toThrow(
      ZfsUsageError,
    );
    expect(() => topologyArgs({ cache: ['-x'] })).toThrow(ZfsUsageError);
  });
});
