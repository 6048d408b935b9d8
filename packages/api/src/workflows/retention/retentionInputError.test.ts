import { isTnError, TnErrorCode } from '@tn/rpc';
import { describe, expect, test } from 'vitest';
import { RetentionInputError } from './retentionInputError.js';
import { RetentionPolicySchema } from './retentionPolicy.js';

describe('RetentionInputError', () => {
  test('default: message joins path and message; code INVALID_REQUEST', () => {
    const err = new RetentionInputError({
      subject: 'snapshots',
      issues: [
        { path: '0.name', message: 'bad name' },
        { path: '', message: 'whole' },
      ],
    });
    expect(isTnError(err)).toBe(true);
    expect(err.code).toBe(TnErrorCode.InvalidRequest);
    expect(err.name).toBe('RetentionInputError');
    expect(err.shortMessage).toBe('Invalid retention snapshots: 0.name: bad name; whole');
    expect(err.message).toContain('Nothing was planned or deleted.');
  });

  test('behavior: fromZod keeps the zod error as cause and dotted paths', () => {
    const parsed = RetentionPolicySchema.safeParse({ gfs: { daily: -1 } });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const err = RetentionInputError.fromZod('policy', parsed.error);
    expect(err.cause).toBe(parsed.error);
    expect(err.issues[0]?.path).toBe('gfs.daily');
  });
});
