import type { MockServer } from '@tn/mock';
import { type AuditRecord, type PreflightCheck, PreflightError, VolumeRequestError } from '../src/index.js';

/** The `parsed` value of a property of a dataset row of the mock (`undefined` when absent). */
export function parsedProp(server: MockServer, dataset: string, property: string): unknown {
  const value = server.storage.dataset(dataset)?.[property] as { parsed?: unknown } | undefined;
  return value?.parsed;
}

/** An audit sink that keeps the records. */
export function auditSink(): { records: AuditRecord[]; sink: (record: AuditRecord) => void } {
  const records: AuditRecord[] = [];
  return { records, sink: (record) => void records.push(record) };
}

/** The `VolumeRequestError` a workflow must reject with. */
export async function refusal(promise: Promise<unknown>): Promise<VolumeRequestError> {
  const error = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(error instanceof VolumeRequestError)) throw new Error(`expected a VolumeRequestError, got ${String(error)}`);
  return error;
}

/** Check name -> status. */
export function statusOf(checks: readonly PreflightCheck[]): Record<string, string> {
  return Object.fromEntries(checks.map((check) => [check.name, check.status]));
}

/** The `PreflightError` a preflight must reject with. */
export async function preflightError(promise: Promise<unknown>): Promise<PreflightError> {
  const error = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(error instanceof PreflightError)) throw new Error(`expected a PreflightError, got ${String(error)}`);
  return error;
}
