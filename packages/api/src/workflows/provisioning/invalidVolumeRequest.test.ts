import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { VolumeRequestError } from '../volumeOps/volumeRequestError.js';
import { invalidVolumeRequest } from './invalidVolumeRequest.js';

describe('invalidVolumeRequest', () => {
  test('default: issue lines become one INVALID_REQUEST VolumeRequestError', () => {
    const err = invalidVolumeRequest('provisionVolume', 'tank/v', ['parent: missing', 'expose.portal: unknown']);
    expect(err).toBeInstanceOf(VolumeRequestError);
    expect(err).toMatchObject({ code: 'INVALID_REQUEST', reason: 'invalid', target: 'tank/v' });
    expect(err.shortMessage).toBe(
      'provisionVolume: invalid request for tank/v: parent: missing; expose.portal: unknown',
    );
  });

  test('behavior: zod issues are rendered as path: message, the zod error kept as the cause', () => {
    const parsed = z.strictObject({ a: z.object({ b: z.number() }) }).safeParse({ a: { b: 'x' }, c: 1 });
    if (parsed.success) throw new Error('expected a failure');
    const err = invalidVolumeRequest('deprovisionVolume', 'tank/v', parsed.error);
    expect(err.shortMessage).toMatch(/^deprovisionVolume: invalid request for tank\/v: a\.b: .*; .*"c"/);
    expect(err.cause).toBe(parsed.error);
  });
});
