import { describe, expect, test } from 'vitest';
import { spaceCheck } from './resourceProbes.js';

const GiB = 1024 ** 3;

describe('spaceCheck', () => {
  test.each([
    [12 * GiB, 10 * GiB, 0.2, 'passed'],
    [12 * GiB - 1, 10 * GiB, 0.2, 'failed'],
    [10 * GiB, 10 * GiB, 0, 'passed'],
    [15 * GiB, 10 * GiB, 0.5, 'passed'],
    [0, 1, 0.2, 'failed'],
  ] as const)('default: %d available for %d + %d headroom -> %s', (available, size, headroom, status) => {
    expect(spaceCheck('tank/k8s', available, size, headroom).status).toBe(status);
  });

  test('behavior: the failure says how much to free', () => {
    const check = spaceCheck('tank/k8s', 10 * GiB, 10 * GiB, 0.2);
    expect(check.message).toBe('Not enough free space: 10 GiB free in tank/k8s, 12 GiB needed (10 GiB + 20% headroom)');
    expect(check.remedy).toMatch(/^free 2 GiB /);
  });

  test('behavior: skipped without a figure', () => {
    expect(spaceCheck('tank/k8s', undefined, 1, 0.2).status).toBe('skipped');
  });
});
