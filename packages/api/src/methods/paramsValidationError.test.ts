import { TnError } from '@tn/rpc';
import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { PoolDatasetCreateParamsSchema, SharingSmbCreateParamsSchema } from '../schemas.js';
import { ParamsValidationError } from './paramsValidationError.js';

function errorFor(schema: z.ZodType, value: unknown) {
  const issues = schema.safeParse(value).error?.issues ?? [];
  return new ParamsValidationError({ method: 'pool.dataset.create', issues, paramNames: ['data'] });
}

describe('ParamsValidationError', () => {
  test('default: says nothing was sent and lists each issue path with its message', () => {
    const err = errorFor(PoolDatasetCreateParamsSchema, [{ name: 1, bogus: true }]);
    expect(err).toBeInstanceOf(TnError);
    expect(err.name).toBe('ParamsValidationError');
    expect(err.code).toBe('VALIDATION');
    expect(err.shortMessage).toBe('Invalid params for pool.dataset.create: nothing was sent');
    expect(err.metaMessages).toEqual([
      '- data.name: Invalid input: expected string, received number',
      '- data: Unrecognized key: "bogus"',
    ]);
    expect(err.issues.map((i) => i.path)).toEqual(['data.name', 'data']);
  });

  test('behavior: a failed union reports the member the value was meant to be', () => {
    const err = errorFor(PoolDatasetCreateParamsSchema, [{ name: 'tank/v', type: 'VOLUME', volsize: 'big' }]);
    expect(err.metaMessages).toEqual(['- data.volsize: Invalid input: expected number, received string']);
    const smb = errorFor(SharingSmbCreateParamsSchema, [
      { name: 's', path: '/mnt/s', options: { purpose: 'TIME_LOCKED_SHARE', grace_period: 1 } },
    ]);
    expect(smb.metaMessages).toEqual(['- data.options.grace_period: Too small: expected number to be >=60']);
  });

  test('behavior: never prints values (params hold passwords and keys)', () => {
    const err = errorFor(PoolDatasetCreateParamsSchema, [
      { name: 'tank/e', encryption_options: { passphrase: 123456789, key: 'x'.repeat(2000) } },
    ]);
    expect(err.message).not.toContain('123456789');
    expect(err.message).not.toContain('xxxx');
    expect(err.metaMessages).toEqual([
      '- data.encryption_options.passphrase: Invalid input: expected string, received number',
      '- data.encryption_options.key: Too big: expected string to have <=1024 characters',
    ]);
  });

  test('behavior: without param names, paths start at the positional index', () => {
    const issues = PoolDatasetCreateParamsSchema.safeParse([{ name: 1 }, 2]).error?.issues ?? [];
    const err = new ParamsValidationError({ method: 'pool.dataset.create', issues });
    expect(err.metaMessages).toEqual([
      '- (root): Too big: expected array to have <=1 items',
      '- [0].name: Invalid input: expected string, received number',
    ]);
  });
});
