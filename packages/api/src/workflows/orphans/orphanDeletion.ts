import { z } from 'zod';
import type { WorkflowRun } from '../core/runWorkflow.js';
import type { OrphanFinding } from './orphanFinding.js';

function label(finding: OrphanFinding): string {
  return finding.kind === 'volume' ? String(finding.id) : `${finding.kind} ${finding.id} (${finding.name})`;
}

/**
 * Deletes (or, in a dry run, plans deleting) the object of one finding through `run.mutate`, so that the call is
 * audited and busy refusals are retried: `iscsi.targetextent.delete`, `iscsi.target.delete`, `iscsi.extent.delete`
 * (the extent's file is kept), `nvmet.namespace.delete`, `nvmet.subsys.delete`, `sharing.nfs.delete`,
 * `sharing.smb.delete`, or `pool.dataset.delete` with `recursive` (a volume's snapshots go with it). Nothing is
 * forced: an object in use is refused by the server. @internal
 *
 * @example
 * ```ts
 * await deleteOrphan(run, finding);
 * ```
 */
export async function deleteOrphan(run: WorkflowRun, finding: OrphanFinding): Promise<void> {
  const target = label(finding);
  const id = Number(finding.id);
  switch (finding.kind) {
    case 'iscsi-targetextent':
      await run.mutate({
        step: 'delete orphan target/extent link',
        method: 'iscsi.targetextent.delete',
        target,
        params: [id],
      });
      return;
    case 'iscsi-target':
      await run.mutate({ step: 'delete orphan iSCSI target', method: 'iscsi.target.delete', target, params: [id] });
      return;
    case 'iscsi-extent':
      await run.mutate({ step: 'delete orphan iSCSI extent', method: 'iscsi.extent.delete', target, params: [id] });
      return;
    case 'nvmet-namespace':
      await run.mutate({
        step: 'delete orphan NVMe-oF namespace',
        method: 'nvmet.namespace.delete',
        target,
        params: [id],
      });
      return;
    case 'nvmet-subsystem':
      await run.mutate({
        step: 'delete orphan NVMe-oF subsystem',
        method: 'nvmet.subsys.delete',
        target,
        params: [id],
      });
      return;
    case 'nfs-share':
      await run.mutate({ step: 'delete orphan NFS share', method: 'sharing.nfs.delete', target, params: [id] });
      return;
    case 'smb-share':
      await run.mutate({ step: 'delete orphan SMB share', method: 'sharing.smb.delete', target, params: [id] });
      return;
    case 'volume':
      await run.mutate({
        step: 'delete orphan volume',
        method: 'pool.dataset.delete',
        target,
        params: [String(finding.id), { recursive: true }],
      });
      return;
  }
}

const LinkRowSchema = z.looseObject({
  id: z.number().int(),
  subsys: z.union([z.number().int(), z.looseObject({ id: z.number().int() }).transform((row) => row.id)]).nullish(),
  subsys_id: z.number().int().nullish(),
});

function linksOf(rows: readonly unknown[], subsystem: number): number[] {
  return rows.flatMap((row) => {
    const parsed = LinkRowSchema.safeParse(row);
    if (!parsed.success) return [];
    return (parsed.data.subsys ?? parsed.data.subsys_id) === subsystem ? [parsed.data.id] : [];
  });
}

/**
 * Deletes (or plans deleting) the port and host links (`nvmet.port_subsys`, `nvmet.host_subsys`) of an orphan
 * subsystem, so that it is no longer exposed before its namespaces and itself go. Link rows nest the subsystem
 * (`subsys: { id }`); bare ids are understood too. Throws the first failure. @internal
 *
 * @example
 * ```ts
 * await unlinkSubsystem(run, subsystemFinding);
 * ```
 */
export async function unlinkSubsystem(
  run: WorkflowRun,
  finding: OrphanFinding,
  call: { signal?: AbortSignal | undefined },
): Promise<void> {
  const subsystem = Number(finding.id);
  const [ports, hosts] = await Promise.all([
    run.api.nvmet.portSubsystems.query([], undefined, call),
    run.api.nvmet.hostSubsystems.query([], undefined, call),
  ]);
  const target = label(finding);
  for (const id of linksOf(ports, subsystem)) {
    await run.mutate({
      step: 'unlink orphan subsystem from port',
      method: 'nvmet.port_subsys.delete',
      target,
      params: [id],
    });
  }
  for (const id of linksOf(hosts, subsystem)) {
    await run.mutate({
      step: 'unlink orphan subsystem from host',
      method: 'nvmet.host_subsys.delete',
      target,
      params: [id],
    });
  }
}
