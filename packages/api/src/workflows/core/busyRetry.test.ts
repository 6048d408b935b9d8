import { InvalidParamsRpcError, MethodCallRpcError } from '@tn/rpc';
import { describe, expect, test, vi } from 'vitest';
import { busyReason, withBusyRetry } from './busyRetry.js';

const callError = (reason: string, errno = 16) =>
  new MethodCallRpcError({
    method: 'iscsi.target.delete',
    id: 1,
    error: { code: -32001, message: 'Method call error', data: { error: errno, reason } },
  });

describe('busyReason', () => {
  test.each([
    ['Target k8s-pvc-1 is in use.', 16],
    ["cannot destroy 'tank/vol': dataset is busy", 16],
    ['[EBUSY] Device or resource busy', 16],
    ['Target tgt is in use.', 22],
  ])('default: %s (errno %i) is transient', (reason, errno) => {
    expect(busyReason(callError(reason, errno))).toBe(reason);
  });

  test.each([
    'cannot destroy snapshot tank/a@s: snapshot has dependent clones\nuse -R',
    "cannot destroy 'tank/a': filesystem has dependent clones",
    'cannot destroy snapshot tank/a@s: dataset is busy (holds: keep)',
  ])('behavior: %s is not retried (waiting does not help)', (reason) => {
    expect(busyReason(callError(reason))).toBeUndefined();
  });

  test('behavior: other errors are not transient', () => {
    expect(busyReason(new Error('is in use'))).toBeUndefined();
    expect(busyReason(callError('[EINVAL] name: bad', 22))).toBeUndefined();
    const invalid = new InvalidParamsRpcError({
      method: 'iscsi.target.delete',
      id: 2,
      error: { code: -32602, message: 'Invalid params', data: null },
    });
    expect(busyReason(invalid)).toBeUndefined();
  });

  test('edge: only the first line of the reason is returned', () => {
    expect(busyReason(callError('Target t is in use.\nsessions: 2'))).toBe('Target t is in use.');
  });
});

describe('withBusyRetry', () => {
  test('default: retries busy refusals and resolves once the call succeeds', async () => {
    const fn = vi
      .fn<(attempt: number) => Promise<string>>()
      .mockRejectedValueOnce(callError('Target t is in use.'))
      .mockRejectedValueOnce(callError('Target t is in use.'))
      .mockResolvedValue('ok');
    await expect(withBusyRetry(fn, { attempts: 3, minDelayMs: 1 })).resolves.toBe('ok');
    expect(fn.mock.calls.map(([attempt]) => attempt)).toEqual([1, 2, 3]);
  });

  test('behavior: gives up after `attempts` with the last error', async () => {
    const fn = vi.fn(() => Promise.reject(callError('Target t is in use.')));
    await expect(withBusyRetry(fn, { attempts: 2, minDelayMs: 1 })).rejects.toThrow('Target t is in use.');
    expect(fn).toHaveBeenCalledTimes(2);
  });

  test('behavior: other errors reject at once', async () => {
    const fn = vi.fn(() => Promise.reject(callError('[EINVAL] bad', 22)));
    await expect(withBusyRetry(fn, { attempts: 5, minDelayMs: 1 })).rejects.toThrow('bad');
    expect(fn).toHaveBeenCalledTimes(1);
  });

  test('edge: an aborted signal stops the retries', async () => {
    const controller = new AbortController();
    const fn = vi.fn(() => {
      controller.abort(new Error('stop'));
      return Promise.reject(callError('Target t is in use.'));
    });
    await expect(withBusyRetry(fn, { attempts: 5, minDelayMs: 1 }, controller.signal)).rejects.toThrow();
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
