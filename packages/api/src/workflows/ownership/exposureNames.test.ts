import { describe, expect, test } from 'vitest';
import { exposureNames } from './exposureNames.js';

const IQN_TARGET = /^[-a-z0-9.:]+$/;

describe('exposureNames', () => {
  test('default: readable, deterministic names valid as target, extent, subsystem and SMB share names', () => {
    const names = exposureNames('tank/k8s/PVC_1');
    expect(names.target).toMatch(/^tank-k8s-pvc-1-[0-9a-f]{8}$/);
    expect(names).toEqual({
      extent: names.target,
      target: names.target,
      subsystem: names.target,
      smbShare: names.target,
    });
    expect(exposureNames('tank/k8s/PVC_1')).toEqual(names);
    expect(names.target).toMatch(IQN_TARGET);
  });

  test('behavior: dataset names that slug alike still get different names', () => {
    const a = exposureNames('tank/a-b').target;
    const b = exposureNames('tank/a/b').target;
    expect(a.slice(0, -9)).toBe(b.slice(0, -9));
    expect(a).not.toBe(b);
  });

  test('edge: long names keep their end and stay within 64 characters', () => {
    const volume = `tank/${'x'.repeat(150)}/pvc-0123456789`;
    const { target } = exposureNames(volume);
    expect(target.length).toBeLessThanOrEqual(64);
    expect(target).toMatch(IQN_TARGET);
    expect(target).toMatch(/-pvc-0123456789-[0-9a-f]{8}$/);
    expect(exposureNames('tank/___').target).toMatch(/^tank-[0-9a-f]{8}$/);
  });
});
