import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zfsListCommand } from './zfsListCommand.js';

const corpus = (path: string) => readFileSync(`/work/shared/zfs-corpus/${path}`, 'utf8');

describe('zfsListCommand', () => {
  test('default', () => {
    expect(zfsListCommand().argv).toEqual([
      'zfs',
      'list',
      '-H',
      '-p',
      '-o',
      'name,type,used,available,referenced,mountpoint',
    ]);
  });

  test('behavior: all options', () => {
    const { argv } = zfsListCommand({
      names: ['tank/home', 'tank@s'],
      properties: ['used', 'origin'],
      type: ['filesystem', 'snapshot'],
      recursive: true,
      depth: 2,
      sortBy: 'used',
      parsable: false,
    });
    expect(argv).toEqual(
      [
        'zfs',
        'list',
        '-H',
        '-o',
        'name,used,origin',
        '-t',
        'filesystem,snapshot',
        '-r',
        '-d',
        '2',
        '-s',
        'used',
      ].concat(['tank/home', 'tank@s']),
    );
  });

  test('behavior: parses -H rows with the requested columns', () => {
    const command = zfsListCommand({ properties: ['name', 'used', 'mountpoint'] });
    const list = command.parse('tank\t1024\t/tank\ntank/a\t512\t/tank/a\n', '');
    expect(list.datasets.map((d) => [d.name, d.properties.used])).toEqual([
      ['tank', '1024'],
      ['tank/a', '512'],
    ]);
  });

  test('behavior: parses zfs-fuse -H output (no -p)', () => {
    const command = zfsListCommand({ properties: ['name', 'used', 'available', 'referenced', 'mountpoint'] });
    const list = command.parse(corpus('zfs-list/zfsfuse-020-zfs-list-H.txt'), '');
    expect(list.datasets.length).toBeGreaterThan(0);
  });

  test('error: invalid name, depth, property', () => {
    expect(() => zfsListCommand({ names: ['-r'] })).toThrow(ZfsUsageError);
    expect(() => zfsListCommand({ depth: -1 })).toThrow(ZfsUsageError);
    expect(() => zfsListCommand({ properties: ['used,avail'] })).toThrow(ZfsUsageError);
  });
});
