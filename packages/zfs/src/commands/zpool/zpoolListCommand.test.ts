import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zpoolListCommand } from './zpoolListCommand.js';

describe('zpoolListCommand', () => {
  test('default', () => {
    expect(zpoolListCommand().argv).toEqual([
      'zpool',
      'list',
      '-H',
      '-p',
      '-o',
      'name,size,allocated,free,capacity,dedupratio,health,altroot',
    ]);
  });

  test('behavior: columns, pools, legacy; parses zfs-fuse output', () => {
    const command = zpoolListCommand({
      pools: ['tpool'],
      properties: ['size', 'allocated', 'free', 'capacity', 'health', 'guid'],
      parsable: false,
    });
    expect(command.argv).toEqual([
      'zpool',
      'list',
      '-H',
      '-o',
      'name,size,allocated,free,capacity,health,guid',
      'tpool',
    ]);
    const text = readFileSync('/work/shared/zfs-corpus/zpool-list/zfsfuse-008-list-H-o-guid.txt', 'utf8');
    const { pools } = command.parse(text, '');
    expect(pools[0]?.name).toBeTruthy();
  });

  test('error', () => {
    expect(() => zpoolListCommand({ pools: ['mirror'] })).toThrow(ZfsUsageError);
  });
});
