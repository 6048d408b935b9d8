import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { zfsSendEstimateCommand } from './zfsSendEstimateCommand.js';

describe('zfsSendEstimateCommand', () => {
  test('default: forces -n -v -P and parses stdout', () => {
    const command = zfsSendEstimateCommand({ snapshot: 'tank/fs@a' });
    expect(command.argv).toEqual(['zfs', 'send', '-n', '-v', '-P', 'tank/fs@a']);
    expect(command.parse('full\ttank/fs@a\t29487181256\nsize\t29487181256\n', '').totalSize?.value).toBe(29487181256);
  });

  test('behavior: reads stderr when stdout is empty (older releases)', () => {
    const text = readFileSync('/work/shared/zfs-corpus/zfs-send/sanoid414-send-nP-freebsd-tabs.txt', 'utf8');
    expect(zfsSendEstimateCommand({ snapshot: 'tank/fs@a' }).parse('', text).streams.length).toBeGreaterThan(0);
  });
});
