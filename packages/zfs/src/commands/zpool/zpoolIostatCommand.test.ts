import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { iostatArgv, zpoolIostatCommand } from './zpoolIostatCommand.js';

describe('zpoolIostatCommand', () => {
  test('default', () => {
    expect(zpoolIostatCommand().argv).toEqual(['zpool', 'iostat', '-T', 'u', '-p']);
  });

  test('behavior: verbose legacy; parses zfs-fuse -v output', () => {
    const command = zpoolIostatCommand({ pools: ['tpool'], verbose: true, parsable: false });
    expect(command.argv).toEqual(['zpool', 'iostat', '-T', 'u', '-v', 'tpool']);
    const text = readFileSync('/work/shared/zfs-corpus/zpool-iostat/zfsfuse-057-iostat-v.txt', 'utf8');
    expect(command.parse(text, '').samples[0]?.rows.length).toBeGreaterThan(1);
  });

  test('behavior: interval and count for streaming', () => {
    expect(iostatArgv({}, 5, 3)).toEqual(['zpool', 'iostat', '-T', 'u', '-p', '5', '3']);
  });

  test('error', () => {
    expect(() => iostatArgv({}, 0)).toThrow(ZfsUsageError);
    expect(() => iostatArgv({}, 1, 0)).toThrow(ZfsUsageError);
    expect(() => zpoolIostatCommand({ pools: ['1'] })).toThrow(ZfsUsageError);
  });
});
