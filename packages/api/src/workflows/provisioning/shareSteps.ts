import type { z } from 'zod';
import { methodSpec } from '../../methods/methodSpec.js';
import type { MethodParams, ParamAt } from '../../namespaces/apiContext.js';
import { getRow } from '../core/getRow.js';
import type { WorkflowRun } from '../core/runWorkflow.js';
import { ownershipProblem } from '../ownership/ownedObject.js';
import { ConflictError } from './conflictError.js';
import { invalidVolumeRequest } from './invalidVolumeRequest.js';
import type { MarkerBook } from './markerBook.js';
import { type ProvisionScope, queryRows } from './provisionContext.js';
import type { NfsExposeSchema, SmbExposeSchema } from './provisionVolumeRequest.js';
import type { ProvisionedVolume } from './provisionVolumeResult.js';

type ShareExpose = z.infer<typeof NfsExposeSchema> | z.infer<typeof SmbExposeSchema>;

/**
 * The share a volume needs: the create params (already checked against the server version's schema) and the
 * existing share of the volume, if any (`recorded`: its id is in the markers).
 * @internal
 * @example
 * ```ts
 * const plan: SharePlan = await inspectShare(scope, expose);
 * ```
 */
export type SharePlan = {
  method: 'sharing.nfs.create' | 'sharing.smb.create';
  params: Record<string, unknown>;
  existing: { id: number; recorded: boolean } | undefined;
};

function shareParams(expose: ShareExpose, path: string, name: string): Record<string, unknown> {
  if (expose.protocol === 'smb') return { name, path, purpose: expose.purpose ?? 'DEFAULT_SHARE' };
  const optional = {
    networks: expose.networks,
    hosts: expose.hosts,
    ro: expose.readOnly,
    maproot_user: expose.maprootUser,
    maproot_group: expose.maprootGroup,
    mapall_user: expose.mapallUser,
    mapall_group: expose.mapallGroup,
    security: expose.security,
  };
  return { path, ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)) };
}

/**
 * Builds the share's create params, refuses (before anything is created) params the server version would reject,
 * and finds the volume's existing share: by its recorded id, else by path (NFS) or by name (SMB; a share of that
 * name on another path is a {@link ConflictError}).
 * @internal
 * @param scope - the inspection scope.
 * @param expose - the NFS or SMB part of the request.
 * @example
 * ```ts
 * const plan = await inspectShare(scope, request.expose);
 * ```
 */
export async function inspectShare(scope: ProvisionScope, expose: ShareExpose): Promise<SharePlan> {
  const { api, volume, names, version, markers } = scope;
  const path = `/mnt/${volume}`;
  const name = expose.protocol === 'smb' ? (expose.shareName ?? names.smbShare) : '';
  const method = expose.protocol === 'smb' ? 'sharing.smb.create' : 'sharing.nfs.create';
  const params = shareParams(expose, path, name);
  const spec = methodSpec(method, version);
  const checked = spec.supported ? spec.params.safeParse([params]) : undefined;
  if (checked !== undefined && !checked.success) {
    const issues = checked.error.issues.map((issue) => `${method} ${issue.path.slice(1).join('.')}: ${issue.message}`);
    throw invalidVolumeRequest('provisionVolume', volume, issues);
  }
  const prefix = expose.protocol === 'smb' ? 'sharing.smb' : 'sharing.nfs';
  const recordedId = expose.protocol === 'smb' ? markers?.smbShare : markers?.nfsShare;
  const recorded = await getRow(api, prefix, recordedId);
  if (
    recorded !== undefined &&
    ownershipProblem(volume, { kind: prefix, id: recorded.id as number }, recorded) === undefined
  ) {
    return { method, params, existing: { id: recorded.id as number, recorded: true } };
  }
  const rows = await queryRows(api, prefix);
  if (expose.protocol === 'smb') {
    const named = rows.find((row) => String(row.name).toLowerCase() === name.toLowerCase());
    if (named !== undefined && named.path !== path) {
      throw new ConflictError({
        subject: `SMB share name ${JSON.stringify(name)}`,
        reason: `it is taken by the share of ${String(named.path)}`,
        hint: 'Pick another shareName (SMB share names are case-insensitive).',
      });
    }
    return { method, params, existing: named === undefined ? undefined : { id: named.id as number, recorded: false } };
  }
  const onPath = rows.find((row) => row.path === path);
  return { method, params, existing: onPath === undefined ? undefined : { id: onPath.id as number, recorded: false } };
}

/**
 * Creates the share (unless it exists) and records it in the markers.
 * @internal
 * @param run - the workflow run.
 * @param scope - the inspection scope.
 * @param plan - what inspection found.
 * @param book - the volume's markers.
 * @example
 * ```ts
 * const share = await applyShare(run, scope, plan, book);
 * ```
 */
export async function applyShare(
  run: WorkflowRun,
  scope: ProvisionScope,
  plan: SharePlan,
  book: MarkerBook,
): Promise<NonNullable<ProvisionedVolume['share']>> {
  const path = `/mnt/${scope.volume}`;
  const smb = plan.method === 'sharing.smb.create';
  let id = plan.existing?.id;
  if (id === undefined) {
    id = smb
      ? await run.create({
          step: 'create SMB share',
          method: 'sharing.smb.create',
          target: path,
          params: [plan.params] as MethodParams<'sharing.smb.create'>,
          undo: (row) => ({ method: 'sharing.smb.delete', params: [Number(row.id)] }),
        })
      : await run.create({
          step: 'create NFS share',
          method: 'sharing.nfs.create',
          target: path,
          params: [plan.params as ParamAt<'sharing.nfs.create', 0>],
          undo: (row) => ({ method: 'sharing.nfs.delete', params: [row.id] }),
        });
  }
  if (plan.existing?.recorded !== true) {
    await book.write(`record ${smb ? 'SMB' : 'NFS'} share on volume`, smb ? { smbShare: id } : { nfsShare: id });
  }
  return { protocol: smb ? 'smb' : 'nfs', id, path, ...(smb ? { name: String(plan.params.name) } : {}) };
}
