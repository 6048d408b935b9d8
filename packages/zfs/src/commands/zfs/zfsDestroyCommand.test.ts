import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zfsDestroyCommand } from './zfsDestroyCommand.js';

describe('zfsDestroyCommand', () => {
  test('default', () => {
    const command = zfsDestroyCommand({ name: 'tank/old' });
    expect(command.argv).toEqual(['zfs', 'destroy', 'tank/old']);
    expect(command.parse('', '')).toBeUndefined();
  });

  test('behavior: recursive, dependents, force', () => {
    const { argv } = zfsDestroyCommand({ name: 'tank/old', recursive: true, recursiveDependents: true, force: true });
    expect(argv).toEqual(['zfs', 'destroy', '-r', '-R', '-f', 'tank/old']);
  });

  test('behavior: dry run parses the plan', () => {
    const command = zfsDestroyCommand({ name: 'tank/old@s', defer: true, dryRun: true });
    expect(command.argv).toEqual(['zfs', 'destroy', '-d', '-n', '-v', 'tank/old@s']);
    const plan = command.parse('would destroy tank/old@s\nwould reclaim 12K\n', '');
    expect(plan.datasets).toEqual(['tank/old@s']);
    expect(plan.reclaim?.value).toBe(12 * 1024);
  });

  test('error: defer on a filesystem, invalid names', () => {
    expect(() => zfsDestroyCommand({ name: 'tank/a', defer: true })).toThrow(ZfsUsageError);
    expect(() => zfsDestroyCommand({ name: '-rf' })).toThrow(ZfsUsageError);
  });
});
