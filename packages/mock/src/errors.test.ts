import { MatchNotFoundError, QueryEvaluationError, QueryValidationError } from '@tn/api';
import { describe, expect, test } from 'vitest';
import { errnoName } from './errno.js';
import { CallError, MatchNotFound, toJobFailure, toWireError, ValidationError, ValidationErrors } from './errors.js';

describe('toWireError', () => {
  test('default: CallError → -32001 with errno, errname, reason, trace null, extra', () => {
    expect(toWireError(new CallError('boom'))).toEqual({
      code: -32001,
      message: 'Method call error',
      data: { error: 14, errname: 'EFAULT', reason: '[EFAULT] boom', trace: null, extra: null },
    });
  });

  test('behavior: ValidationErrors and ValidationError → -32602 with errno 22 and extra list', () => {
    const errors = new ValidationErrors().add('a.b', 'bad').add(null, 'gone', 2);
    expect(toWireError(errors)).toEqual({
      code: -32602,
      message: 'Invalid params',
      data: {
        error: 22,
        errname: 'EINVAL',
        reason: '[EINVAL] a.b: bad\n[ENOENT] None: gone\n',
        trace: null,
        extra: [
          ['a.b', 'bad', 22],
          [null, 'gone', 2],
        ],
      },
    });
    expect(toWireError(new ValidationError(null, 'Pool 5 does not exist', 2)).data).toMatchObject({
      error: 22,
      reason: '[ENOENT] None: Pool 5 does not exist',
      extra: [[null, 'Pool 5 does not exist', 2]],
    });
  });

  test('behavior: MatchNotFound and arbitrary errors → -32001 EINVAL', () => {
    expect(toWireError(new MatchNotFound()).data?.reason).toBe('MatchNotFound()');
    expect(toWireError(new TypeError('nope')).data).toMatchObject({ error: 22, reason: 'nope' });
    expect(toWireError(new RangeError('')).data?.reason).toBe('RangeError()');
    expect(toWireError('text').data?.reason).toBe('text');
  });

  test('behavior: ValidationErrors.check throws only when entries exist', () => {
    expect(() => new ValidationErrors().check()).not.toThrow();
    expect(() => new ValidationErrors([['x', 'y', 22]]).check()).toThrow(ValidationErrors);
  });
});

describe('toJobFailure', () => {
  test('default: validation failures have type VALIDATION and errno null', () => {
    expect(toJobFailure(new ValidationErrors([['steps', 'Field required', 22]])).exc_info).toMatchObject({
      type: 'VALIDATION',
      errno: null,
      extra: [['steps', 'Field required', 22]],
    });
  });

  test('behavior: CallError keeps its errno; other errors use their class name', () => {
    expect(toJobFailure(new CallError('x', 16)).exc_info).toMatchObject({ type: 'CallError', errno: 16 });
    const other = toJobFailure(new TypeError('bad'));
    expect(other.exc_info).toMatchObject({ type: 'TypeError', errno: null });
    expect(other.error).toBe('bad');
    expect(other.exception).toContain('Traceback');
  });
});

test('default: errnoName knows Linux and middleware errnos', () => {
  expect(errnoName(16)).toBe('EBUSY');
  expect(errnoName(207)).toBe('ENOTAUTHENTICATED');
  expect(errnoName(9999)).toBe('EUNKNOWN');
});

describe('query engine errors (@tn/api)', () => {
  test('default: QueryValidationError → -32602 with its entries; QueryEvaluationError and MatchNotFoundError → -32001', () => {
    expect(toWireError(new QueryValidationError([['filters', 'Value error, Invalid operation: O', 22]]))).toEqual({
      code: -32602,
      message: 'Invalid params',
      data: {
        error: 22,
        errname: 'EINVAL',
        reason: '[EINVAL] filters: Value error, Invalid operation: O\n',
        trace: null,
        extra: [['filters', 'Value error, Invalid operation: O', 22]],
      },
    });
    const reason = "'>' not supported between instances of 'NoneType' and 'int'";
    expect(toWireError(new QueryEvaluationError('TypeError', reason)).data).toEqual({
      error: 22,
      errname: 'EINVAL',
      reason,
      trace: null,
      extra: null,
    });
    expect(toWireError(new MatchNotFoundError())).toMatchObject({ code: -32001, data: { reason: 'MatchNotFound()' } });
  });

  test('behavior: inside jobs they are VALIDATION / the Python exception class', () => {
    expect(toJobFailure(new QueryValidationError([['options', 'Value error, x', 22]])).exc_info).toEqual({
      repr: 'ValidationErrors("[EINVAL] options: Value error, x\\n")',
      type: 'VALIDATION',
      errno: null,
      extra: [['options', 'Value error, x', 22]],
    });
    expect(toJobFailure(new QueryEvaluationError('TypeError', 'bad')).exc_info.type).toBe('TypeError');
  });
});
