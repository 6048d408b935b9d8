import { describe, expect, test } from 'vitest';
import { ValidationErrors } from '../errors.js';
import { MockServerError } from '../mockServerError.js';
import { paramsFor, storageParams } from './paramsFor.js';

function entries(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    if (err instanceof ValidationErrors) return err.errors;
    throw err;
  }
  return undefined;
}

describe('paramsFor', () => {
  test('default: validates against methodSpec params; omitted optional params are undefined', () => {
    const validate = paramsFor('pool.dataset.delete', '25.10');
    expect(validate(['tank/x'])).toEqual(['tank/x', undefined]);
    expect(validate(['tank/x', { recursive: true }])).toEqual(['tank/x', { recursive: true }]);
  });

  test('error: pydantic wording with param-name paths, arity, required params', () => {
    const validate = paramsFor('pool.dataset.delete', '25.10');
    expect(entries(() => validate([]))).toEqual([['id', 'Field required', 22]]);
    expect(entries(() => validate(['a', {}, 3]))).toEqual([['', 'Too many arguments (expected 2, found 3)', 22]]);
    expect(entries(() => validate([1, { recursive: 'yes', x: 1 }]))).toEqual([
      ['id', 'Input should be a valid string', 22],
      ['options.recursive', 'Input should be a valid boolean', 22],
      ['options.x', 'Extra inputs are not permitted', 22],
    ]);
    expect(entries(() => storageParams('pool.dataset.delete', '25.04')([1]))).toEqual([
      ['id', 'Input should be a valid string', 22],
    ]);
  });

  test('behavior: union rules report the picked member by model name', () => {
    const validate = paramsFor('pool.dataset.create', '25.10', {
      unions: {
        0: {
          members: ['PoolDatasetCreateFilesystem', 'PoolDatasetCreateVolume'],
          pick: (v) => (v.type === 'VOLUME' ? 1 : 0),
        },
      },
    });
    expect(entries(() => validate([{ name: 'tank/v', type: 'VOLUME' }]))).toEqual([
      ['data.PoolDatasetCreateVolume.volsize', 'Field required', 22],
    ]);
  });

  test('error: a method absent on the version is a configuration error', () => {
    expect(() => paramsFor('pool.dataset.rename', '25.04')).toThrow(MockServerError);
  });
});
