import { TnError } from '@tn/rpc';
import { describe, expect, test } from 'vitest';
import { MethodNotSupportedError } from './methodNotSupportedError.js';

describe('MethodNotSupportedError', () => {
  test('default: says what, where, and what to use instead', () => {
    const err = new MethodNotSupportedError({
      method: 'zfs.snapshot.query',
      version: '25.10',
      reason: 'private',
      replacement: 'pool.snapshot.query',
    });
    expect(err).toBeInstanceOf(TnError);
    expect(err.name).toBe('MethodNotSupportedError');
    expect(err.code).toBe('NOT_SUPPORTED');
    expect(err.shortMessage).toBe('zfs.snapshot.query is private on TrueNAS 25.10: nothing was sent');
    expect(err.metaMessages).toEqual(['Use pool.snapshot.query on 25.10.']);
    expect(err.serverVersion).toBe('25.10');
  });

  test('behavior: absent and unknown methods', () => {
    expect(
      new MethodNotSupportedError({ method: 'nvmet.host.query', version: '25.04', reason: 'absent' }).shortMessage,
    ).toBe('nvmet.host.query does not exist on TrueNAS 25.04: nothing was sent');
    const unknown = new MethodNotSupportedError({ method: 'x.y', version: '25.10', reason: 'unknown' });
    expect(unknown.shortMessage).toBe('x.y is not known to the schema layer for TrueNAS 25.10: nothing was sent');
    expect(unknown.metaMessages).toEqual([]);
  });
});
