import type { MockServer } from '@tn/mock';
import { expect } from 'vitest';
import {
  type ApiClient,
  type AuditRecord,
  type ProvisionVolumeRequest,
  provisionVolume,
  WorkflowStepError,
} from '../src/index.js';
import { rejection } from './workflowHarness.js';

const sortById = (rows: readonly object[]) => rows.map((row) => (row as { id: unknown }).id).sort();

/** Everything the provisioning workflows can create, by table (ids and the dataset names). */
export async function inventory(api: ApiClient, version: '25.04' | '25.10' = '25.10') {
  const nvmet =
    version === '25.10'
      ? {
          subsystems: sortById(await api.nvmet.subsystems.query()),
          namespaces: sortById(await api.nvmet.namespaces.query()),
          hosts: sortById(await api.nvmet.hosts.query()),
          hostLinks: sortById(await api.nvmet.hostSubsystems.query()),
          portLinks: sortById(await api.nvmet.portSubsystems.query()),
        }
      : {};
  return {
    datasets: (await api.datasets.query()).map((row) => row.id).sort(),
    extents: sortById(await api.iscsi.extents.query()),
    targets: sortById(await api.iscsi.targets.query()),
    targetextents: sortById(await api.iscsi.targetextents.query()),
    nfs: sortById(await api.sharing.nfs.query()),
    smb: sortById(await api.sharing.smb.query()),
    ...nvmet,
  };
}

/** Handler executions of mutating methods (create/update/delete/promote), by method. */
export function mutations(server: MockServer): Record<string, number> {
  return Object.fromEntries(
    Object.entries(server.executions()).filter(([method]) => /\.(create|update|delete|promote)$/.test(method)),
  );
}

/** User properties of a dataset, as `key → value`. */
export async function userProperties(api: ApiClient, dataset: string): Promise<Record<string, string>> {
  const [row] = await api.datasets.query([['id', '=', dataset]]);
  const props = (row?.user_properties ?? {}) as Record<string, { value: string }>;
  return Object.fromEntries(Object.entries(props).map(([key, value]) => [key, value.value]));
}

/**
 * For every mutating step of `request` (taken from a dry run), provisions with a failure injected into exactly that
 * call (armed from the audit sink right after the previous call succeeded) and checks that the error names the step
 * and that the rollback left nothing behind. Returns the steps exercised.
 */
export async function failEveryStep(
  server: MockServer,
  api: ApiClient,
  request: ProvisionVolumeRequest,
  version: '25.04' | '25.10' = '25.10',
): Promise<string[]> {
  const { calls } = await provisionVolume(api, request, { dryRun: true });
  expect(calls.length).toBeGreaterThan(0);
  const before = await inventory(api, version);
  for (const [index, call] of calls.entries()) {
    let done = 0;
    if (index === 0) server.faults.failOnce(call.method);
    const records: AuditRecord[] = [];
    const audit = (record: AuditRecord) => {
      records.push(record);
      if (record.result === 'done' && ++done === index) server.faults.failOnce(call.method);
    };
    const err = await rejection(provisionVolume(api, request, { audit }));
    expect(err, `step ${index}: ${call.step}`).toBeInstanceOf(WorkflowStepError);
    const failure = err as WorkflowStepError;
    expect(failure.step).toBe(call.step);
    expect(failure.method).toBe(call.method);
    expect(failure.shortMessage).toContain('Injected failure');
    expect(failure.rollback.failed).toEqual([]);
    expect(failure.rollback.undone.length).toBe(records.filter((r) => r.result === 'undone').length);
    expect(records.filter((r) => r.result === 'failed').map((r) => r.step)).toEqual([call.step]);
    expect(await inventory(api, version), `leftovers after failing "${call.step}"`).toEqual(before);
    server.faults.clear();
  }
  return calls.map((call) => call.step);
}
