import { TnErrorCode } from '@tn/rpc';
import { describe, expect, test } from 'vitest';
import { RetentionInputError } from './retentionInputError.js';
import { parseRetentionPolicy, RetentionPolicySchema } from './retentionPolicy.js';

describe('RetentionPolicySchema', () => {
  test.each([
    [{ keepLast: 1 }],
    [{ maxAgeMs: 1 }],
    [{ gfs: { yearly: 1 } }],
    [{ keepLast: 0, maxAgeMs: 0.5 }],
    [{ keepLast: 3, gfs: { hourly: 0, daily: 7, weekly: 4, monthly: 12, yearly: 2 }, protect: ['manual-', /x/g] }],
  ])('default: accepts %o', (policy) => {
    expect(RetentionPolicySchema.parse(policy)).toEqual(policy);
  });

  test.each([
    ['empty', {}],
    ['protect only', { protect: ['manual-'] }],
    ['keepLast 0', { keepLast: 0 }],
    ['all gfs counts 0', { gfs: { daily: 0, weekly: 0 } }],
    ['empty gfs', { keepLast: 0, gfs: {} }],
  ])('error: refuses a policy that keeps nothing (%s)', (_, policy) => {
    const err = (() => {
      try {
        parseRetentionPolicy(policy);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(RetentionInputError);
    expect(err).toMatchObject({ code: TnErrorCode.InvalidRequest, subject: 'policy', name: 'RetentionInputError' });
    expect((err as RetentionInputError).shortMessage).toContain('no rule keeps anything');
  });

  test.each([
    ['negative keepLast', { keepLast: -1 }, 'keepLast'],
    ['fractional keepLast', { keepLast: 1.5 }, 'keepLast'],
    ['zero maxAgeMs', { maxAgeMs: 0 }, 'maxAgeMs'],
    ['infinite maxAgeMs', { maxAgeMs: Number.POSITIVE_INFINITY }, 'maxAgeMs'],
    ['negative gfs', { gfs: { daily: -1 }, keepLast: 1 }, 'gfs.daily'],
    ['unknown gfs key', { gfs: { minutely: 5 }, keepLast: 1 }, 'gfs'],
    ['unknown key', { keepLast: 1, keepFirst: 2 }, ''],
    ['empty protect string', { keepLast: 1, protect: [''] }, 'protect.0'],
    ['protect number', { keepLast: 1, protect: [3] }, 'protect.0'],
  ])('error: refuses %s', (_, policy, path) => {
    try {
      parseRetentionPolicy(policy);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(RetentionInputError);
      expect((err as RetentionInputError).issues.map((i) => i.path)).toContain(path);
    }
  });

  test('error: not an object', () => {
    expect(() => parseRetentionPolicy(null)).toThrow(RetentionInputError);
    expect(() => parseRetentionPolicy('keepLast=3')).toThrow(/Invalid retention policy/);
  });
});
