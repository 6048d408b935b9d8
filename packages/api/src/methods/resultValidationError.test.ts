import { TnError } from '@tn/rpc';
import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { NvmetHostQueryResultSchema, PoolQueryResultSchema } from '../schemas.js';
import { ResultValidationError } from './resultValidationError.js';

function errorFor(method: string, schema: z.ZodType, value: unknown) {
  return new ResultValidationError({ method, issues: schema.safeParse(value).error?.issues ?? [], value });
}

describe('ResultValidationError', () => {
  test('default: names the method, the path and the offending value', () => {
    const err = errorFor('pool.query', PoolQueryResultSchema, [{ id: 'one', name: 'tank' }]);
    expect(err).toBeInstanceOf(TnError);
    expect(err.name).toBe('ResultValidationError');
    expect(err.code).toBe('VALIDATION');
    expect(err.method).toBe('pool.query');
    expect(err.shortMessage).toBe('The result of pool.query does not match its schema');
    expect(err.metaMessages[0]).toBe('- [0].id: Invalid input: expected number, received string (got "one")');
    expect(err.metaMessages).toContain(
      '- [0].guid: Invalid input: expected string, received undefined (got undefined (missing))',
    );
  });

  test('behavior: long values are truncated and issues capped', () => {
    const err = errorFor('pool.query', PoolQueryResultSchema, [{ id: 'x'.repeat(500) }]);
    const line = err.metaMessages[0] as string;
    expect(line.length).toBeLessThan(160);
    expect(line).toContain('...');
    expect(err.metaMessages.length).toBe(11);
    expect(err.metaMessages.at(-1)).toMatch(/^- \.\.\. and \d+ more$/);
    expect(err.issues.length).toBeGreaterThan(10);
  });

  test('behavior: values under secret-looking keys are redacted, also inside objects', () => {
    const host = { id: 1, hostnqn: 'nqn.x', dhchap_key: 42, dhchap_ctrl_key: null, dhchap_hash: 'SHA-256' };
    const err = errorFor('nvmet.host.query', NvmetHostQueryResultSchema, [host]);
    expect(err.metaMessages).toEqual([
      '- [0].dhchap_key: Invalid input: expected string, received number (got [REDACTED])',
    ]);
    const nested = new ResultValidationError({
      method: 'x.y',
      value: { a: { password: 'hunter2', token: 't0k', ok: 1 } },
      issues: [{ code: 'custom', path: ['a'], message: 'bad', input: undefined }],
    });
    expect(nested.message).not.toContain('hunter2');
    expect(nested.message).not.toContain('t0k');
    expect(nested.metaMessages).toEqual(['- a: bad (got {"password":"[REDACTED]","token":"[REDACTED]","ok":1})']);
  });
});
