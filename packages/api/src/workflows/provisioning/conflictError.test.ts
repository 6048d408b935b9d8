import { describe, expect, test } from 'vitest';
import { ConflictError } from './conflictError.js';

describe('ConflictError', () => {
  test('default: subject and reason in the message, each conflict and the hint below', () => {
    const err = new ConflictError({
      subject: 'tank/v',
      reason: 'it exists with a different spec',
      conflicts: ['sizeBytes: existing 1, requested 2'],
      hint: 'Use another name.',
    });
    expect(err.code).toBe('CONFLICT');
    expect(err.shortMessage).toBe('tank/v: it exists with a different spec');
    expect(err.metaMessages).toEqual([
      '- sizeBytes: existing 1, requested 2',
      'Use another name.',
      'Nothing was changed.',
    ]);
    expect(err.message).toContain('- sizeBytes: existing 1, requested 2');
    expect(err.conflicts).toEqual(['sizeBytes: existing 1, requested 2']);
  });

  test('edge: without conflicts only the hint follows', () => {
    const err = new ConflictError({ subject: 's', reason: 'r', hint: 'h' });
    expect(err.conflicts).toEqual([]);
    expect(err.metaMessages).toEqual(['h', 'Nothing was changed.']);
  });
});
