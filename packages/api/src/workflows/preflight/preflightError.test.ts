import { TnErrorCode } from '@tn/rpc';
import { describe, expect, test } from 'vitest';
import type { PreflightCheck } from './preflightCheck.js';
import { PreflightError } from './preflightError.js';

const checks: PreflightCheck[] = [
  { name: 'reachable', status: 'passed', message: 'The TrueNAS API answers' },
  {
    name: 'service',
    status: 'failed',
    message: 'NFS service is STOPPED',
    remedy: "start it with api.services.start('nfs')",
  },
  { name: 'parent', status: 'failed', message: 'Parent dataset tank/x does not exist', remedy: 'create it' },
  { name: 'space', status: 'skipped', message: 'Not checked: parent dataset tank/x is not usable' },
];

describe('PreflightError', () => {
  test('default: lists every failed check with its remedy, then the skipped ones', () => {
    const error = new PreflightError({ parent: 'tank/x', checks });
    expect(error.code).toBe(TnErrorCode.PreflightFailed);
    expect(error.name).toBe('PreflightError');
    expect(error.shortMessage).toBe('Preflight for tank/x failed (2 checks: service, parent)');
    expect(error.metaMessages).toEqual([
      "- NFS service is STOPPED: start it with api.services.start('nfs')",
      '- Parent dataset tank/x does not exist: create it',
      'Skipped: space.',
    ]);
    expect(error.failed.map((c) => c.name)).toEqual(['service', 'parent']);
    expect(error.checks).toBe(checks);
  });

  test('behavior: one failure, no remedy, nothing skipped', () => {
    const error = new PreflightError({
      parent: 'tank',
      checks: [{ name: 'version', status: 'failed', message: 'Unknown version' }],
    });
    expect(error.shortMessage).toBe('Preflight for tank failed (1 check: version)');
    expect(error.metaMessages).toEqual(['- Unknown version']);
  });
});
