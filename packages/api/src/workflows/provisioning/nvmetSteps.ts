import type { WorkflowRun } from '../core/runWorkflow.js';
import type { MarkerBook } from './markerBook.js';
import type { NvmetPlan } from './nvmetPlan.js';
import { createRow, type ProvisionScope } from './provisionContext.js';
import type { ProvisionedVolume } from './provisionVolumeResult.js';

/**
 * Applies an {@link NvmetPlan} in the order that never exposes the namespace to the wrong hosts: the subsystem (any
 * host allowed only when no host is listed), the namespace, the hosts that do not exist yet (with their DH-CHAP
 * secrets), the host links, and the port links last. Each object is recorded in the markers as soon as it exists;
 * creates register their undo.
 * @internal
 * @param run - the workflow run.
 * @param scope - the inspection scope.
 * @param plan - what inspection found.
 * @param book - the volume's markers.
 * @example
 * ```ts
 * const nvmet = await applyNvmet(run, scope, plan, book);
 * ```
 */
export async function applyNvmet(
  run: WorkflowRun,
  scope: ProvisionScope,
  plan: NvmetPlan,
  book: MarkerBook,
): Promise<NonNullable<ProvisionedVolume['nvmet']>> {
  const { volume, names } = scope;
  const allowAnyHost = plan.hosts.length === 0;

  let subsystem = plan.subsystem;
  if (subsystem === undefined) {
    const { id, row } = await createRow(run, {
      step: 'create NVMe-oF subsystem',
      method: 'nvmet.subsys.create',
      target: volume,
      params: [{ name: names.subsystem, allow_any_host: allowAnyHost }],
      undo: (created) => ({ method: 'nvmet.subsys.delete', params: [created.id, { force: true }] }),
    });
    subsystem = { id, subnqn: String(row?.subnqn ?? `${plan.basenqn}:${names.subsystem}`), recorded: false };
  }
  const subsysId = subsystem.id;
  if (!subsystem.recorded) await book.write('record NVMe-oF subsystem on volume', { nvmetSubsystem: subsysId });

  let namespace = plan.namespace;
  if (namespace === undefined) {
    const { id, row } = await createRow(run, {
      step: 'create NVMe-oF namespace',
      method: 'nvmet.namespace.create',
      target: `nvmet.subsys ${subsysId}`,
      params: [{ device_type: 'ZVOL', device_path: `zvol/${volume}`, subsys_id: subsysId }],
      undo: (created) => ({ method: 'nvmet.namespace.delete', params: [created.id] }),
    });
    namespace = { id, nsid: (row?.nsid as number | undefined) ?? Number.NaN, recorded: false };
  }
  if (!namespace.recorded) await book.write('record NVMe-oF namespace on volume', { nvmetNamespace: namespace.id });

  const ownHosts = plan.hosts.filter((host) => host.ours).map((host) => host.id as number);
  const hostIds: number[] = [];
  for (const { spec, id } of plan.hosts) {
    if (id !== undefined) {
      hostIds.push(id);
      continue;
    }
    const created = await run.create({
      step: `create NVMe-oF host ${spec.nqn}`,
      method: 'nvmet.host.create',
      target: spec.nqn,
      params: [
        {
          hostnqn: spec.nqn,
          ...(spec.dhchapKey === undefined ? {} : { dhchap_key: spec.dhchapKey }),
          ...(spec.dhchapCtrlKey === undefined ? {} : { dhchap_ctrl_key: spec.dhchapCtrlKey }),
          ...(spec.dhchapHash === undefined ? {} : { dhchap_hash: spec.dhchapHash }),
          ...(spec.dhchapDhgroup === undefined ? {} : { dhchap_dhgroup: spec.dhchapDhgroup }),
        },
      ],
      undo: (row) => ({ method: 'nvmet.host.delete', params: [row.id] }),
    });
    hostIds.push(created);
    ownHosts.push(created);
    await book.write(`record NVMe-oF host ${spec.nqn} on volume`, { nvmetHosts: [...ownHosts] });
  }
  await book.write('record NVMe-oF hosts on volume', { nvmetHosts: [...ownHosts] });

  const hostLinks = [...plan.hostLinks.values()];
  for (const [index, hostId] of hostIds.entries()) {
    if (plan.hostLinks.has(hostId)) continue;
    const nqn = plan.hosts[index]?.spec.nqn ?? String(hostId);
    const id = await run.create({
      step: `allow host ${nqn} into subsystem`,
      method: 'nvmet.host_subsys.create',
      target: `nvmet.subsys ${subsysId}`,
      params: [{ host_id: hostId, subsys_id: subsysId }],
      undo: (row) => ({ method: 'nvmet.host_subsys.delete', params: [row.id] }),
    });
    hostLinks.push(id);
    await book.write(`record host link ${nqn} on volume`, { nvmetHostLinks: [...hostLinks] });
  }
  await book.write('record host links on volume', { nvmetHostLinks: [...hostLinks] });

  const portLinks = [...plan.portLinks.values()];
  for (const portId of plan.portIds) {
    if (plan.portLinks.has(portId)) continue;
    const id = await run.create({
      step: `expose subsystem on port ${portId}`,
      method: 'nvmet.port_subsys.create',
      target: `nvmet.subsys ${subsysId}`,
      params: [{ port_id: portId, subsys_id: subsysId }],
      undo: (row) => ({ method: 'nvmet.port_subsys.delete', params: [row.id] }),
    });
    portLinks.push(id);
    await book.write(`record port link ${portId} on volume`, { nvmetPortLinks: [...portLinks] });
  }
  await book.write('record port links on volume', { nvmetPortLinks: [...portLinks] });

  return {
    subnqn: subsystem.subnqn,
    subsystemId: subsysId,
    namespaceId: namespace.id,
    nsid: Number.isNaN(namespace.nsid) ? null : namespace.nsid,
    allowAnyHost,
    hostIds,
    portLinkIds: portLinks,
  };
}
