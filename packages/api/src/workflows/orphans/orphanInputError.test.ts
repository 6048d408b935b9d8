import { isTnError, TnErrorCode } from '@tn/rpc';
import { describe, expect, test } from 'vitest';
import { OrphanFindingSchema } from './orphanFinding.js';
import { OrphanInputError } from './orphanInputError.js';

describe('OrphanInputError', () => {
  test('default: message joins path and message; code INVALID_REQUEST', () => {
    const err = new OrphanInputError({
      subject: 'options',
      issues: [
        { path: 'parents', message: 'give at least one parent' },
        { path: '', message: 'whole' },
      ],
    });
    expect(isTnError(err)).toBe(true);
    expect(err.code).toBe(TnErrorCode.InvalidRequest);
    expect(err.name).toBe('OrphanInputError');
    expect(err.shortMessage).toBe('Invalid orphan options: parents: give at least one parent; whole');
    expect(err.message).toContain('Nothing was read or deleted.');
  });

  test('behavior: fromZod keeps the zod error as cause and dotted paths', () => {
    const parsed = OrphanFindingSchema.array().safeParse([{ kind: 'lun', id: 1 }]);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const err = OrphanInputError.fromZod('findings', parsed.error);
    expect(err.cause).toBe(parsed.error);
    expect(err.subject).toBe('findings');
    expect(err.issues[0]?.path).toBe('0.kind');
  });
});
