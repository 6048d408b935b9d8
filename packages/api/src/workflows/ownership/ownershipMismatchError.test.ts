import { describe, expect, test } from 'vitest';
import { OwnershipMismatchError } from './ownershipMismatchError.js';

describe('OwnershipMismatchError', () => {
  test('default: names the object, what was expected and found, and that nothing was deleted', () => {
    const err = new OwnershipMismatchError({
      volume: 'tank/v',
      object: 'iscsi.extent',
      id: 4,
      expected: 'an extent on zvol/tank/v',
      found: 'extent "x" on zvol/tank/x',
      hint: 'Drop the marker.',
    });
    expect(err.code).toBe('OWNERSHIP_MISMATCH');
    expect(err.name).toBe('OwnershipMismatchError');
    expect(err.shortMessage).toBe(
      'iscsi.extent 4 (recorded on tank/v) no longer belongs to it: expected an extent on zvol/tank/v, found extent "x" on zvol/tank/x',
    );
    expect(err.metaMessages).toEqual(['Nothing was deleted.', 'Drop the marker.']);
  });

  test("behavior: the volume itself reads as not the caller's", () => {
    const err = new OwnershipMismatchError({
      volume: 'tank/v',
      object: 'pool.dataset',
      id: 'tank/v',
      expected: 'tn:owner "a"',
      found: 'tn:owner "b"',
    });
    expect(err.shortMessage).toBe('Volume tank/v is not the caller\'s: expected tn:owner "a", found tn:owner "b"');
    expect(err.metaMessages).toEqual(['Nothing was deleted.']);
  });
});
