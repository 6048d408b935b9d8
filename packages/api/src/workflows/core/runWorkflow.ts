import { isTnError, TnError } from '@tn/rpc';
import type { ApiClient } from '../../createApiClient.js';
import type { MethodName } from '../../methods/methodSpec.js';
import type { MethodParams, MethodResult } from '../../namespaces/apiContext.js';
import { NotFoundError } from '../../namespaces/notFoundError.js';
import type { AuditRecord } from './auditRecord.js';
import { withBusyRetry } from './busyRetry.js';
import type { PlannedCall } from './plannedCall.js';
import { redactSecrets } from './redactSecrets.js';
import type { WorkflowOptions } from './workflowOptions.js';
import { type RollbackReport, WorkflowStepError } from './workflowStepError.js';

/**
 * One mutating call of a workflow step, with the call that undoes it.
 *
 * @example
 * ```ts
 * import type { MutationSpec } from '@tn/api';
 *
 * const spec: MutationSpec<'iscsi.extent.create'> = {
 *   step: 'create iSCSI extent', method: 'iscsi.extent.create', target: 'tank/vol1',
 *   params: [{ name: 'vol1', type: 'DISK', disk: 'zvol/tank/vol1' }],
 *   undo: (extent) => ({ method: 'iscsi.extent.delete', params: [extent.id, false, true] }),
 * };
 * ```
 */
export type MutationSpec<M extends MethodName> = {
  /** The step, in words (audit records and errors use it). */
  step: string;
  /** The method. */
  method: M;
  /** Its params. */
  params: MethodParams<M>;
  /** What the call acts on (a dataset name, `iscsi.target 3`, ...). */
  target: string;
  /** The call that undoes this one if a later step fails; `undefined` when nothing needs undoing. */
  undo?: ((result: MethodResult<M>) => UndoCall | undefined) | undefined;
};

/**
 * A call that undoes a step (any covered method).
 *
 * @example
 * ```ts
 * import type { UndoCall } from '@tn/api';
 *
 * const undo: UndoCall = { method: 'pool.dataset.delete', params: ['tank/vol1', { recursive: true }] };
 * ```
 */
export type UndoCall = { [M in MethodName]: { method: M; params: MethodParams<M> } }[MethodName];

/**
 * The handle a workflow body uses to make (or, in a dry run, plan) its mutations; reads go straight to `api`.
 *
 * @example
 * ```ts
 * const extentId = await run.create({ step: 'create iSCSI extent', method: 'iscsi.extent.create', target, params });
 * ```
 */
export type WorkflowRun = {
  /** The API client. */
  readonly api: ApiClient;
  /** Whether mutations are only planned. */
  readonly dryRun: boolean;
  /** Names the step the body is in, for errors raised by checks between calls. */
  step(name: string, target?: string): void;
  /** Makes (or plans) a mutation; resolves with its result, or `undefined` in a dry run. */
  mutate<M extends MethodName>(spec: MutationSpec<M>): Promise<MethodResult<M> | undefined>;
  /** Makes (or plans) a create that returns a row with a numeric `id`; in a dry run, a negative placeholder id. */
  create<M extends MethodName>(spec: MutationSpec<M>): Promise<number>;
};

/**
 * What every workflow result carries besides its own fields.
 *
 * @example
 * ```ts
 * const { calls, dryRun } = await provisionVolume(api, request, { dryRun: true });
 * for (const call of calls) console.log(call.step, call.method);
 * ```
 */
export type WorkflowRecord = {
  /** Whether this was a dry run. */
  dryRun: boolean;
  /** The mutations made (or planned), in order. */
  calls: PlannedCall[];
  /** How many audit records the sink failed to take. */
  auditFailures: number;
};

type Compensation = { step: string; target: string; call: UndoCall };

/**
 * Runs a workflow body with dry-run, audit, busy retries and rollback. If the body fails after a mutation, the
 * mutations made so far are undone newest first and a {@link WorkflowStepError} names the failed step (a failed call
 * always does, even the first). A `TnError` the body itself throws before any mutation (a refused request, a
 * conflict) propagates unchanged: nothing needs undoing.
 *
 * @param api - the API client.
 * @param workflow - the workflow's name, for audit records and errors.
 * @param options - {@link WorkflowOptions}.
 * @param body - the workflow; returns its own result fields.
 * @returns the body's result with the {@link WorkflowRecord} fields.
 * @example
 * ```ts
 * import { runWorkflow } from '@tn/api';
 *
 * const result = await runWorkflow(api, 'tagVolume', { dryRun: true }, async (run) => {
 *   await run.mutate({ step: 'tag', method: 'pool.dataset.update', target: 'tank/vol1',
 *     params: ['tank/vol1', { user_properties_update: [{ key: 'tn:owner', value: 'me' }] }] });
 *   return { volume: 'tank/vol1' };
 * });
 * ```
 */
export async function runWorkflow<T extends object>(
  api: ApiClient,
  workflow: string,
  options: WorkflowOptions,
  body: (run: WorkflowRun) => Promise<T>,
): Promise<T & WorkflowRecord> {
  const { dryRun = false, audit, retry, signal, now = () => new Date() } = options;
  const calls: PlannedCall[] = [];
  const undoStack: Compensation[] = [];
  let auditFailures = 0;
  let executed = 0;
  let mutationFailure: unknown;
  let nextPlaceholder = -1;
  let current: { step: string; target: string; method?: string } = { step: 'start', target: '-' };

  const record = async (entry: Omit<AuditRecord, 'time' | 'workflow'>): Promise<void> => {
    if (audit === undefined) return;
    try {
      await audit({ time: now().toISOString(), workflow, ...entry });
    } catch {
      auditFailures++;
    }
  };

  const send = async (method: MethodName, params: unknown, callSignal: AbortSignal | undefined) => {
    let attempts = 0;
    const started = Date.now();
    const invoke = api.invoke as (m: MethodName, p: unknown, c?: { signal?: AbortSignal }) => Promise<unknown>;
    try {
      const value = await withBusyRetry(
        () => {
          attempts++;
          return invoke(method, params, { signal: callSignal });
        },
        retry,
        callSignal,
      );
      return { value, attempts, durationMs: Date.now() - started };
    } catch (error) {
      throw Object.assign(new AttemptsError(error), { attempts, durationMs: Date.now() - started });
    }
  };

  const mutate = async <M extends MethodName>(spec: MutationSpec<M>): Promise<MethodResult<M> | undefined> => {
    const { step, method, params, target, undo } = spec;
    current = { step, target, method };
    const shown = redactSecrets(params as unknown[]);
    if (dryRun) {
      calls.push({ step, method, target, params: shown });
      await record({ step, method, target, result: 'planned', params: shown });
      return undefined;
    }
    signal?.throwIfAborted();
    try {
      const { value, attempts, durationMs } = await send(method, params, signal);
      executed++;
      calls.push({ step, method, target, params: shown });
      await record({ step, method, target, result: 'done', params: shown, attempts, durationMs });
      const compensation = undo?.(value as MethodResult<M>);
      if (compensation !== undefined) undoStack.push({ step, target, call: compensation });
      return value as MethodResult<M>;
    } catch (error) {
      const { cause, attempts, durationMs } = error as AttemptsError;
      await record({ step, method, target, result: 'failed', params: shown, attempts, durationMs, error: text(cause) });
      mutationFailure = cause;
      throw cause;
    }
  };

  const run: WorkflowRun = {
    api,
    dryRun,
    step(step, target = current.target) {
      current = { step, target };
    },
    mutate,
    async create(spec) {
      const result = await mutate(spec);
      if (result === undefined) {
        const placeholder = nextPlaceholder--;
        const last = calls.at(-1);
        if (last !== undefined) last.produces = placeholder;
        return placeholder;
      }
      return (result as { id: number }).id;
    },
  };

  const rollback = async (): Promise<RollbackReport> => {
    const report: RollbackReport = { undone: [], failed: [] };
    for (const { step, target, call } of undoStack.reverse()) {
      const shown = redactSecrets(call.params as unknown[]);
      try {
        const { attempts, durationMs } = await send(call.method, call.params, undefined).catch((error) => {
          if ((error as AttemptsError).cause instanceof NotFoundError) return { attempts: 1, durationMs: 0 };
          throw error;
        });
        report.undone.push(step);
        await record({
          step: `undo ${step}`,
          method: call.method,
          target,
          result: 'undone',
          params: shown,
          attempts,
          durationMs,
        });
      } catch (error) {
        const message = text((error as AttemptsError).cause);
        report.failed.push({ step, target, error: message });
        await record({
          step: `undo ${step}`,
          method: call.method,
          target,
          result: 'undo-failed',
          params: shown,
          error: message,
        });
      }
    }
    return report;
  };

  try {
    const value = await body(run);
    return { ...value, dryRun, calls, auditFailures };
  } catch (error) {
    if (executed === 0 && isTnError(error) && error !== mutationFailure) throw error;
    const failed = current;
    const report = await rollback();
    throw new WorkflowStepError({ workflow, ...failed, cause: error, rollback: report });
  }
}

/** Carries the attempts and time of a failed call to the audit record. */
class AttemptsError {
  attempts = 0;
  durationMs = 0;
  constructor(readonly cause: unknown) {}
}

function text(error: unknown): string {
  if (error instanceof TnError) return error.shortMessage;
  return error instanceof Error ? error.message : String(error);
}
