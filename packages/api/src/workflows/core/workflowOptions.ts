import type { AuditSink } from './auditRecord.js';
import type { BusyRetryPolicy } from './busyRetry.js';

/**
 * Options every storage workflow takes.
 *
 * @example
 * ```ts
 * import type { WorkflowOptions } from '@tn/api';
 *
 * const options: WorkflowOptions = { dryRun: true, audit: (record) => log.info(record), retry: { attempts: 6 } };
 * ```
 */
export type WorkflowOptions = {
  /**
   * Plan only: reads run, mutations are not sent; the result lists the calls that would be made (`calls`), where a
   * negative id stands for the object the planned call with that `produces` value would create.
   * @default false (orphan cleanup defaults to true)
   */
  dryRun?: boolean | undefined;
  /** Receives a record of every mutation, planned or made, and of every rollback call. */
  audit?: AuditSink | undefined;
  /** Retries for "in use"/"busy" refusals. */
  retry?: BusyRetryPolicy | undefined;
  /** Aborts the workflow; completed steps are rolled back (rollback calls ignore the signal). */
  signal?: AbortSignal | undefined;
  /** Clock for audit records and age-based rules. @default () => new Date() */
  now?: (() => Date) | undefined;
};
