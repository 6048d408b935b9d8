import { z } from 'zod';

/**
 * A mutation a workflow made or, in a dry run, would make. `params` are redacted.
 *
 * @example
 * ```ts
 * import { PlannedCallSchema } from '@tn/api';
 *
 * PlannedCallSchema.parse({
 *   step: 'create iSCSI extent', method: 'iscsi.extent.create', target: 'tank/k8s/pvc-1',
 *   params: [{ name: 'pvc-1', type: 'DISK', disk: 'zvol/tank/k8s/pvc-1' }], produces: -1,
 * });
 * ```
 */
export const PlannedCallSchema = z.object({
  /** The step, in words. */
  step: z.string(),
  /** The API method. */
  method: z.string(),
  /** What the call acts on. */
  target: z.string(),
  /** The params (secrets redacted). */
  params: z.array(z.unknown()),
  /** In a dry run, the placeholder id (negative) that later planned calls use for the object this one creates. */
  produces: z.number().int().optional(),
});

/**
 * A call of {@link PlannedCallSchema}.
 *
 * @example
 * ```ts
 * import type { PlannedCall } from '@tn/api';
 *
 * const show = (call: PlannedCall) => `${call.step}: ${call.method}(${JSON.stringify(call.params)})`;
 * ```
 */
export type PlannedCall = z.infer<typeof PlannedCallSchema>;
