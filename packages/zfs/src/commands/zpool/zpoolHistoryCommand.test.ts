import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zpoolHistoryCommand } from './zpoolHistoryCommand.js';

describe('zpoolHistoryCommand', () => {
  test('default: parses zfs-fuse history', () => {
    const command = zpoolHistoryCommand();
    expect(command.argv).toEqual(['zpool', 'history']);
    const text = readFileSync('/work/shared/zfs-corpus/zpool-history/zfsfuse-060-history.txt', 'utf8');
    expect(command.parse(text, '').pools[0]?.entries.length).toBeGreaterThan(0);
  });

  test('behavior: internal and long', () => {
    expect(zpoolHistoryCommand({ pools: ['tank'], internal: true, long: true }).argv).toEqual([
      'zpool',
      'history',
      '-i',
      '-l',
      'tank',
    ]);
  });

  test('error', () => {
    expect(() => zpoolHistoryCommand({ pools: ['tank/a'] })).toThrow(ZfsUsageError);
  });
});
