import { TnError } from '@tn/rpc';
import { describe, expect, test } from 'vitest';
import { MatchNotFoundError } from './matchNotFoundError.js';

describe('MatchNotFoundError', () => {
  test('default: the server reason MatchNotFound()', () => {
    const err = new MatchNotFoundError();
    expect(err).toBeInstanceOf(TnError);
    expect(err.name).toBe('MatchNotFoundError');
    expect(err.code).toBe('NOT_FOUND');
    expect(err.reason).toBe('MatchNotFound()');
    expect(err.shortMessage).toBe('MatchNotFound()');
    expect(err.errno).toBe(22);
  });
});
