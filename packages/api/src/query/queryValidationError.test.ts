import { isTnError, TnError } from '@tn/rpc';
import { describe, expect, test } from 'vitest';
import { QueryValidationError } from './queryValidationError.js';

describe('QueryValidationError', () => {
  test('default: carries the wire issues, code and reason', () => {
    const err = new QueryValidationError([
      ['filters', 'Value error, Invalid operation: O', 22],
      ['options.extend', 'Extra inputs are not permitted', 22],
    ]);
    expect(err).toBeInstanceOf(TnError);
    expect(isTnError(err)).toBe(true);
    expect(err.name).toBe('QueryValidationError');
    expect(err.code).toBe('VALIDATION');
    expect(err.shortMessage).toBe(
      'filters: Value error, Invalid operation: O; options.extend: Extra inputs are not permitted',
    );
    expect(err.reason).toBe(
      '[EINVAL] filters: Value error, Invalid operation: O\n[EINVAL] options.extend: Extra inputs are not permitted\n',
    );
    expect(err.message).toContain('-32602');
  });
});
