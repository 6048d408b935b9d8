import { describe, expect, test } from 'vitest';
import { fromWireError } from './fromWireError.js';
import {
  InvalidParamsRpcError,
  MethodCallRpcError,
  MethodNotFoundRpcError,
  NotAuthenticatedRpcError,
  RateLimitedRpcError,
  ServerBusyRpcError,
  UnknownRpcError,
} from './rpc.js';

const trace = {
  class: 'CallError',
  frames: [],
  formatted: 'Traceback (most recent call last): ...',
  repr: 'CallError()',
};
const map = (code: number, message: string, data?: object, includeTrace = false) =>
  fromWireError({ method: 'pool.dataset.create', id: 11, error: { code, message, data }, includeTrace });

describe('fromWireError', () => {
  test('default: every wire code maps to its class and stable code', () => {
    expect(map(-32601, 'Method does not exist')).toBeInstanceOf(MethodNotFoundRpcError);
    expect(map(-32602, 'Invalid params', { error: 22 })).toBeInstanceOf(InvalidParamsRpcError);
    expect(map(-32000, 'Maximum number of concurrent calls (20) has exceeded')).toBeInstanceOf(ServerBusyRpcError);
    expect(map(-32001, 'Method call error', { error: 2 })).toBeInstanceOf(MethodCallRpcError);
    expect(map(-32001, 'Method call error', { error: 207, errname: 'ENOTAUTHENTICATED' })).toBeInstanceOf(
      NotAuthenticatedRpcError,
    );
    expect(
      map(-32001, 'Method call error', { error: 16, errname: 'EBUSY', reason: '[EBUSY] Rate Limit Exceeded' }),
    ).toBeInstanceOf(RateLimitedRpcError);
    expect(
      map(-32001, 'Method call error', { error: 16, errname: 'EBUSY', reason: '[EBUSY] dataset is busy' }).code,
    ).toBe('METHOD_CALL');
    expect(map(-32700, 'Parse error')).toBeInstanceOf(UnknownRpcError);
    expect(map(-32603, 'Failed to JSON serialize server message').code).toBe('UNKNOWN_RPC');
  });

  test('behavior: invalid params carry structured field errors', () => {
    const err = map(-32602, 'Invalid params', {
      error: 22,
      errname: 'EINVAL',
      reason: '[EINVAL] data.name: Field required\n[EINVAL] data.volsize: Input should be a valid integer\n',
      extra: [['data.name', 'Field required', 22], ['data.volsize', 'Input should be a valid integer', 22], 'junk'],
    }) as InvalidParamsRpcError;
    expect(err.fieldErrors).toEqual([
      { attribute: 'data.name', message: 'Field required', errno: 22 },
      { attribute: 'data.volsize', message: 'Input should be a valid integer', errno: 22 },
    ]);
    expect(err.message).toMatchInlineSnapshot(`
      "pool.dataset.create failed: [EINVAL] data.name: Field required

      JSON-RPC code -32602, EINVAL, request #11

      Details: [EINVAL] data.name: Field required
      [EINVAL] data.volsize: Input should be a valid integer

      Version: @tn/rpc@0.1.0"
    `);
  });

  test('behavior: errname falls back to the [EXXX] reason prefix when the server sent EUNKNOWN', () => {
    const err = map(-32001, 'Method call error', {
      error: 2,
      errname: 'EUNKNOWN',
      reason: '[ENOENT] tank/x does not exist',
    });
    expect(err).toMatchObject({
      errno: 2,
      errname: 'ENOENT',
      reason: '[ENOENT] tank/x does not exist',
      rpcCode: -32001,
    });
  });

  test('security: server tracebacks are dropped unless asked for', () => {
    const data = { error: 14, errname: 'EFAULT', reason: 'boom', trace };
    expect(map(-32001, 'Method call error', data).trace).toBeUndefined();
    expect(JSON.stringify(map(-32001, 'Method call error', data))).not.toContain('Traceback');
    expect(map(-32001, 'Method call error', data, true).trace).toEqual(trace);
  });
});
