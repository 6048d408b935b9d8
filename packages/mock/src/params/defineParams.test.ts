import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { ValidationErrors } from '../errors.js';
import { defineParams } from './defineParams.js';

function entries(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    if (err instanceof ValidationErrors) return err.errors;
    throw err;
  }
  return undefined;
}

describe('defineParams', () => {
  const validate = defineParams([
    { name: 'id', schema: z.int() },
    {
      name: 'options',
      schema: z.strictObject({ force: z.boolean().optional(), name: z.string().max(3).optional() }),
      default: () => ({}),
    },
  ]);

  test('default: fills defaults', () => {
    expect(validate([1])).toEqual([1, {}]);
  });

  test('error: too many arguments', () => {
    expect(entries(() => validate([1, {}, 3]))).toEqual([['', 'Too many arguments (expected 2, found 3)', 22]]);
  });

  test('error: missing, wrong type, extra keys and long strings use pydantic wording', () => {
    expect(entries(() => validate([]))).toEqual([['id', 'Field required', 22]]);
    expect(entries(() => validate(['1']))).toEqual([['id', 'Input should be a valid integer', 22]]);
    expect(entries(() => validate([1.5]))).toEqual([
      ['id', 'Input should be a valid integer, got a number with a fractional part', 22],
    ]);
    expect(entries(() => validate([1, { force: 'yes', extra: 1, name: 'long' }]))).toEqual([
      ['options.force', 'Input should be a valid boolean', 22],
      ['options.name', 'String should have at most 3 characters', 22],
      ['options.extra', 'Extra inputs are not permitted', 22],
    ]);
  });

  test('behavior: enums and nested lists', () => {
    const v = defineParams([
      { name: 'mode', schema: z.enum(['A', 'B', 'C']) },
      { name: 'ids', schema: z.array(z.int()) },
    ]);
    expect(entries(() => v(['D', [1, 'x']]))).toEqual([
      ['mode', "Input should be 'A', 'B' or 'C'", 22],
      ['ids.1', 'Input should be a valid integer', 22],
    ]);
  });
});
