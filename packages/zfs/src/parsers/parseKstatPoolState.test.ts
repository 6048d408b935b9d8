import { describe, expect, it } from 'vitest';
import { ZfsParseError } from '../errors.js';
import { parseKstatPoolState } from './parseKstatPoolState.js';

describe('parseKstatPoolState', () => {
  it('default', () => {
    expect(parseKstatPoolState('SUSPENDED\n')).toEqual({ state: 'SUSPENDED' });
  });

  it('error: not a single state word', () => {
    expect(() => parseKstatPoolState('online and well\n')).toThrow(ZfsParseError);
    expect(() => parseKstatPoolState('')).toThrow(ZfsParseError);
  });
});
