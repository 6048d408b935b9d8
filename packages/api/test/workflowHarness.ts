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

/** The error `promise` rejects with (fails the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

/** The error `promise` must reject with, which must be an instance of `type`. */
export async function rejectionOf<E>(
  promise: Promise<unknown>,
  type: abstract new (...args: never[]) => E,
): Promise<E> {
  const error = await rejection(promise);
  if (!(error instanceof type)) throw new Error(`expected a ${type.name}, got ${String(error)}`);
  return error;
}

/** The `VolumeRequestError` a workflow must reject with. */
export function refusal(promise: Promise<unknown>): Promise<VolumeRequestError> {
  return rejectionOf(promise, VolumeRequestError);
}

/** Check name -> status. */
export function statusOf(checks: readonly PreflightCheck[]): Record<string, string> {
  return Object.fromEntries(checks.map((check) => [check.name, check.status]));
}

/** The `PreflightError` a preflight must reject with. */
export function preflightError(promise: Promise<unknown>): Promise<PreflightError> {
  return rejectionOf(promise, PreflightError);
}
