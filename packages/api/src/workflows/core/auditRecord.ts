import { z } from 'zod';

/**
 * One mutation a workflow made, planned or undid, as a JSON-serialisable record for an {@link AuditSink}. Params are
 * redacted (secrets become `[REDACTED]`) before they reach the record.
 *
 * @example
 * ```ts
 * import { AuditRecordSchema } from '@tn/api';
 *
 * AuditRecordSchema.parse({
 *   time: '2026-12-06T10:00:00.000Z', workflow: 'provisionVolume', step: 'create zvol',
 *   method: 'pool.dataset.create', target: 'tank/k8s/pvc-1', result: 'done', durationMs: 42,
 * });
 * ```
 */
export const AuditRecordSchema = z.object({
  /** When the call finished (or was planned), ISO 8601. */
  time: z.string(),
  /** The workflow that made the call, e.g. `provisionVolume`. */
  workflow: z.string(),
  /** The step, in words, e.g. `create iSCSI extent`. */
  step: z.string(),
  /** The API method called. */
  method: z.string(),
  /** What the call acts on: a dataset name, `iscsi.extent 7`, ... */
  target: z.string(),
  /**
   * `planned` (dry run), `done`, `failed`, `undone` (a rollback call that succeeded) or `undo-failed`.
   */
  result: z.literal(['planned', 'done', 'failed', 'undone', 'undo-failed']),
  /** Wall time of the call, retries included. */
  durationMs: z.number().optional(),
  /** How many times the call was sent (more than 1 after busy retries). */
  attempts: z.number().int().optional(),
  /** The params sent, secrets redacted. */
  params: z.array(z.unknown()).optional(),
  /** The error's one-line message, for `failed` and `undo-failed`. */
  error: z.string().optional(),
});

/**
 * A record of {@link AuditRecordSchema}.
 *
 * @example
 * ```ts
 * import type { AuditRecord } from '@tn/api';
 *
 * const print = (record: AuditRecord) => console.log(`${record.time} ${record.workflow}/${record.step}: ${record.result}`);
 * ```
 */
export type AuditRecord = z.infer<typeof AuditRecordSchema>;

/**
 * Receives every {@link AuditRecord} of a workflow, in order. It is awaited; if it throws, the workflow goes on and
 * counts the failure in its result (`auditFailures`), so a broken log never leaves storage half-provisioned.
 *
 * @example
 * ```ts
 * import type { AuditSink } from '@tn/api';
 *
 * const records: AuditRecord[] = [];
 * const audit: AuditSink = (record) => { records.push(record); };
 * ```
 */
export type AuditSink = (record: AuditRecord) => void | Promise<void>;
