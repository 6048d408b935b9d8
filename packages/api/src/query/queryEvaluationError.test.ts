import { TnError } from '@tn/rpc';
import { describe, expect, test } from 'vitest';
import { QueryEvaluationError } from './queryEvaluationError.js';

describe('QueryEvaluationError', () => {
  test('default: carries the Python exception and reason', () => {
    const err = new QueryEvaluationError('TypeError', "'<' not supported between instances of 'NoneType' and 'int'");
    expect(err).toBeInstanceOf(TnError);
    expect(err.name).toBe('QueryEvaluationError');
    expect(err.code).toBe('METHOD_CALL');
    expect(err.exception).toBe('TypeError');
    expect(err.errno).toBe(22);
    expect(err.shortMessage).toBe(err.reason);
    expect(err.message).toContain('-32001');
  });
});
