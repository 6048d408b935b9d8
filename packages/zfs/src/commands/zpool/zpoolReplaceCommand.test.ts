import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zpoolReplaceCommand } from './zpoolReplaceCommand.js';

describe('zpoolReplaceCommand', () => {
  test('default: in place', () => {
    expect(zpoolReplaceCommand({ pool: 'tank', device: 'sdb' }).argv).toEqual(['zpool', 'replace', 'tank', 'sdb']);
  });

  test('behavior: new device, force, wait', () => {
    expect(
      zpoolReplaceCommand({ pool: 'tank', device: '123456', newDevice: 'sdc', force: true, wait: true }).argv,
    ).toEqual(['zpool', 'replace', '-f', '-w', 'tank', '123456', 'sdc']);
  });

  test('error', () => {
    expect(() => zpoolReplaceCommand({ pool: 'tank', device: 'sdb', newDevice: '-f' })).toThrow(ZfsUsageError);
  });
});
