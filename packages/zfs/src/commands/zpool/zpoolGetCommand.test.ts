import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zpoolGetCommand } from './zpoolGetCommand.js';

describe('zpoolGetCommand', () => {
  test('default', () => {
    expect(zpoolGetCommand().argv).toEqual(['zpool', 'get', '-H', '-p', '-o', 'name,property,value,source', 'all']);
  });

  test('behavior: legacy (zfs-fuse) table output', () => {
    const command = zpoolGetCommand({
      pools: ['tpool'],
      properties: ['size', 'health'],
      parsable: false,
      scripted: false,
    });
    expect(command.argv).toEqual(['zpool', 'get', 'size,health', 'tpool']);
    const text = readFileSync('/work/shared/zfs-corpus/zpool-get/zfsfuse-009-get-all.txt', 'utf8');
    expect(command.parse(text, '').properties.find((p) => p.property === 'health')?.value).toBe('ONLINE');
  });

  test('error', () => {
    expect(() => zpoolGetCommand({ properties: [] })).toThrow(ZfsUsageError);
  });
});
