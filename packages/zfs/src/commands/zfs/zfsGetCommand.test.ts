import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zfsGetCommand } from './zfsGetCommand.js';

describe('zfsGetCommand', () => {
  test('default', () => {
    expect(zfsGetCommand().argv).toEqual(['zfs', 'get', '-H', '-p', '-o', 'name,property,value,source', 'all']);
  });

  test('behavior: all options', () => {
    const { argv } = zfsGetCommand({
      names: ['tank/a'],
      properties: ['compression', 'com.example:tag'],
      recursive: true,
      depth: 1,
      type: ['filesystem'],
      sources: ['local', 'received'],
      parsable: false,
    });
    expect(argv).toEqual([
      'zfs',
      'get',
      '-H',
      '-o',
      'name,property,value,source',
      '-r',
      '-d',
      '1',
      '-t',
      'filesystem',
      '-s',
      'local,received',
      'compression,com.example:tag',
      'tank/a',
    ]);
  });

  test('behavior: parses zfs-fuse -H -p output', () => {
    const text = readFileSync('/work/shared/zfs-corpus/zfs-get/zfsfuse-026-zfs-get-H-p-all.txt', 'utf8');
    const { properties } = zfsGetCommand().parse(text, '');
    expect(properties.find((p) => p.property === 'type')?.value).toBe('filesystem');
  });

  test('error: empty property list, bad names', () => {
    expect(() => zfsGetCommand({ properties: [] })).toThrow(ZfsUsageError);
    expect(() => zfsGetCommand({ names: ['tank//a'] })).toThrow(ZfsUsageError);
  });
});
