import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zfsSendCommand } from './zfsSendCommand.js';

describe('zfsSendCommand', () => {
  test('default: full stream', () => {
    expect(zfsSendCommand({ snapshot: 'tank/a@s1' }).argv).toEqual(['zfs', 'send', 'tank/a@s1']);
  });

  test('behavior: incremental with every flag', () => {
    const { argv } = zfsSendCommand({
      snapshot: 'tank/a@s2',
      from: 'tank/a#mark',
      intermediates: true,
      replicate: true,
      properties: true,
      raw: true,
      compressed: true,
      largeBlocks: true,
      embedded: true,
      holds: true,
      verbose: true,
      parsable: true,
      dryRun: true,
    });
    expect(argv).toEqual([
      'zfs',
      'send',
      '-n',
      '-v',
      '-P',
      '-R',
      '-p',
      '-w',
      '-c',
      '-L',
      '-e',
      '-h',
      '-I',
      'tank/a#mark',
      'tank/a@s2',
    ]);
  });

  test('behavior: resume token', () => {
    const token = '1-e604ea4bf-e0-789c63a2';
    expect(zfsSendCommand({ resumeToken: token, verbose: true }).argv).toEqual(['zfs', 'send', '-v', '-t', token]);
  });

  test('error', () => {
    expect(() => zfsSendCommand({})).toThrow(ZfsUsageError);
    expect(() => zfsSendCommand({ snapshot: 'tank/a@s', resumeToken: '1-a-b-c' })).toThrow(ZfsUsageError);
    expect(() => zfsSendCommand({ resumeToken: '-R' })).toThrow(ZfsUsageError);
    expect(() => zfsSendCommand({ resumeToken: '1-a-b-c', replicate: true })).toThrow(ZfsUsageError);
    expect(() => zfsSendCommand({ snapshot: 'tank/a' })).toThrow(ZfsUsageError);
    expect(() => zfsSendCommand({ snapshot: 'tank/a@s', intermediates: true })).toThrow(ZfsUsageError);
  });
});
