import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zfsDiffCommand } from './zfsDiffCommand.js';

describe('zfsDiffCommand', () => {
  test('default: against the live filesystem', () => {
    expect(zfsDiffCommand({ from: 'tank/a@mon' }).argv).toEqual(['zfs', 'diff', '-H', 'tank/a@mon']);
  });

  test('behavior: two snapshots, types and times; parses the corpus', () => {
    const command = zfsDiffCommand({ from: 'tank/a@mon', to: 'tank/a@tue', fileTypes: true, timestamps: true });
    expect(command.argv).toEqual(['zfs', 'diff', '-H', '-F', '-t', 'tank/a@mon', 'tank/a@tue']);
    const text = readFileSync('/work/shared/zfs-corpus/zfs-diff/gh481-diff-modify-add.txt', 'utf8');
    expect(zfsDiffCommand({ from: 'tank/a@mon' }).parse(text, '').entries.length).toBeGreaterThan(0);
  });

  test('error', () => {
    expect(() => zfsDiffCommand({ from: 'tank/a' })).toThrow(ZfsUsageError);
    expect(() => zfsDiffCommand({ from: 'tank/a@s', to: 'tank/a#b' })).toThrow(ZfsUsageError);
  });
});
