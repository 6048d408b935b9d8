import { describe, expect, test } from 'vitest';
import { MethodNotSupportedError } from './methodNotSupportedError.js';
import { ParamsValidationError } from './paramsValidationError.js';
import { parseMethodParams, parseMethodResult } from './parseMethod.js';
import { ResultValidationError } from './resultValidationError.js';

describe('parseMethodParams', () => {
  test('default: returns valid params unchanged', () => {
    expect(parseMethodParams('pool.dataset.create', '25.10', [{ name: 'tank/a' }])).toEqual([{ name: 'tank/a' }]);
    expect(
      parseMethodParams('sharing.smb.create', '25.04', [{ name: 's', path: '/mnt/s', guestok: true }]),
    ).toHaveLength(1);
  });

  test('error: invalid params throw ParamsValidationError with param names in the paths', () => {
    expect(() => parseMethodParams('pool.dataset.create', '25.10', [{ name: 'a', nope: 1 }])).toThrow(
      ParamsValidationError,
    );
    try {
      parseMethodParams('pool.dataset.query', '25.10', [[], { limit: '1' }]);
    } catch (err) {
      expect((err as ParamsValidationError).issues.map((i) => i.path)).toEqual(['options.limit']);
    }
  });

  test('error: a method the version lacks throws MethodNotSupportedError', () => {
    expect(() => parseMethodParams('nvmet.host.query', '25.04', [])).toThrow(MethodNotSupportedError);
  });
});

describe('parseMethodResult', () => {
  test('default: returns the parsed result (dates decoded, unknown keys kept)', () => {
    const jobs = parseMethodResult('core.get_jobs', '25.10', [{ id: 1, time_started: { $date: 0 }, extra: true }]);
    expect(jobs).toEqual([{ id: 1, time_started: new Date(0), extra: true }]);
  });

  test('error: an unexpected shape throws ResultValidationError', () => {
    expect(() => parseMethodResult('pool.query', '25.10', [{ id: 'one' }])).toThrow(ResultValidationError);
    expect(() => parseMethodResult('pool.snapshot.query', '25.04', [])).toThrow(MethodNotSupportedError);
  });
});
