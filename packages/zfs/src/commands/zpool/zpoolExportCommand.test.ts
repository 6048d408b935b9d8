import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zpoolExportCommand } from './zpoolExportCommand.js';

describe('zpoolExportCommand', () => {
  test('default', () => {
    expect(zpoolExportCommand({ pools: ['tank', 'scratch'] }).argv).toEqual(['zpool', 'export', 'tank', 'scratch']);
    expect(zpoolExportCommand({ all: true, force: true }).argv).toEqual(['zpool', 'export', '-f', '-a']);
  });

  test('error', () => {
    expect(() => zpoolExportCommand({})).toThrow(ZfsUsageError);
    expect(() => zpoolExportCommand({ pools: ['tank'], all: true })).toThrow(ZfsUsageError);
  });
});
