import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../errors.js';
import { targetArgs } from './targetArgs.js';

describe('targetArgs', () => {
  test('default: a name or -a', () => {
    expect(targetArgs('mount', { name: 'tank/a' })).toEqual(['tank/a']);
    expect(targetArgs('mount', { all: true })).toEqual(['-a']);
  });

  test('behavior: mountpoint paths when allowed', () => {
    expect(targetArgs('unmount', { name: '/mnt/a b' }, { allowPath: true })).toEqual(['/mnt/a b']);
    expect(() => targetArgs('mount', { name: '/mnt/a' })).toThrow(ZfsUsageError);
  });

  test('error: neither or both', () => {
    expect(() => targetArgs('mount', {})).toThrow(ZfsUsageError);
    expect(() => targetArgs('mount', { name: 'tank', all: true })).toThrow(ZfsUsageError);
  });
});
