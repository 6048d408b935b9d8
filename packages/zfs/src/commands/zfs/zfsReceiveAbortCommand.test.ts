import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zfsReceiveAbortCommand } from './zfsReceiveAbortCommand.js';

describe('zfsReceiveAbortCommand', () => {
  test('default', () => {
    expect(zfsReceiveAbortCommand({ target: 'backup/a' }).argv).toEqual(['zfs', 'receive', '-A', 'backup/a']);
  });

  test('error', () => {
    expect(() => zfsReceiveAbortCommand({ target: 'backup/a@s' })).toThrow(ZfsUsageError);
  });
});
