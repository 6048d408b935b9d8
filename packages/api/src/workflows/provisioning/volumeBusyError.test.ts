import { describe, expect, test } from 'vitest';
import { VolumeBusyError } from './volumeBusyError.js';

describe('VolumeBusyError', () => {
  test('default: reason and attempts in the message', () => {
    const cause = new Error('Target t is in use.');
    const err = new VolumeBusyError({
      step: 'delete iSCSI target',
      method: 'iscsi.target.delete',
      target: 'iscsi.target 3',
      reason: 'Target t is in use.',
      attempts: 4,
      cause,
    });
    expect(err.code).toBe('BUSY');
    expect(err.shortMessage).toBe(
      'iscsi.target 3 is still busy after 4 attempts (iscsi.target.delete): Target t is in use.',
    );
    expect(err.metaMessages[0]).toContain('Step "delete iSCSI target" gave up');
    expect(err.cause).toBe(cause);
  });

  test('edge: one attempt is singular', () => {
    const err = new VolumeBusyError({ step: 's', method: 'm', target: 't', reason: 'busy', attempts: 1 });
    expect(err.shortMessage).toBe('t is still busy after 1 attempt (m): busy');
  });
});
