import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zpoolStatusCommand } from './zpoolStatusCommand.js';

const corpus = (path: string) => readFileSync(`/work/shared/zfs-corpus/zpool-status/${path}`, 'utf8');

describe('zpoolStatusCommand', () => {
  test('default: parses old-style (zfs-fuse) text', () => {
    const command = zpoolStatusCommand();
    expect(command.argv).toEqual(['zpool', 'status']);
    const { pools } = command.parse(corpus('zfsfuse-049-offline-degraded.txt'), '');
    expect(pools[0]?.state).toBe('DEGRADED');
  });

  test('behavior: JSON goes through the JSON parser into the same model', () => {
    const command = zpoolStatusCommand({ pools: ['tank'], verbose: true, trim: true, fullPaths: true, json: true });
    expect(command.argv).toEqual(['zpool', 'status', '-v', '-t', '-P', '-j', '--json-int', 'tank']);
    const { pools } = command.parse(corpus('checkzpools-status-j-json-int-ok-draid.json'), '');
    expect(pools.length).toBeGreaterThan(0);
    expect(pools[0]?.root?.children.length).toBeGreaterThan(0);
  });

  test('error', () => {
    expect(() => zpoolStatusCommand({ pools: ['-x'] })).toThrow(ZfsUsageError);
  });
});
