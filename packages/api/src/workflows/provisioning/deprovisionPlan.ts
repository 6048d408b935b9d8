import type { ApiClient } from '../../createApiClient.js';
import type { UndoCall } from '../core/runWorkflow.js';
import { exposureNames } from '../ownership/exposureNames.js';
import type { OwnedRef } from '../ownership/ownedObject.js';
import { OwnershipMismatchError } from '../ownership/ownershipMismatchError.js';
import { verifyOwned } from '../ownership/verifyOwned.js';
import { readVolumeMarkers, type VolumeMarkers } from '../ownership/volumeMarkers.js';
import type { DeprovisionedVolume } from './deprovisionVolumeRequest.js';
import { queryRows } from './provisionContext.js';
import { parseVolumeSpec } from './volumeSpec.js';

type ListKey = 'nvmetPortLinks' | 'nvmetHostLinks' | 'nvmetHosts';
type ScalarKey =
  | 'nfsShare'
  | 'smbShare'
  | 'iscsiTargetExtent'
  | 'iscsiTarget'
  | 'iscsiExtent'
  | 'nvmetNamespace'
  | 'nvmetSubsystem';

/**
 * One object to delete: the verified reference, the step, the delete call and the marker that records it.
 * @internal
 * @example
 * ```ts
 * const item: DeleteItem = { ref, step: 'delete iSCSI extent', call, marker: 'iscsiExtent' };
 * ```
 */
export type DeleteItem = { ref: OwnedRef; step: string; call: UndoCall; marker: ScalarKey | ListKey };

/**
 * Everything a deprovisioning will do, decided before the first delete: the markers, the objects to delete in
 * order (every stored id already verified), the objects kept and why.
 * @internal
 * @example
 * ```ts
 * const plan: DeprovisionPlan | undefined = await planDeprovision(api, 'tank/k8s/pvc-1', 'csi/cluster-a');
 * ```
 */
export type DeprovisionPlan = {
  markers: VolumeMarkers;
  items: DeleteItem[];
  kept: DeprovisionedVolume['kept'];
};

const subsysOf = (row: Record<string, unknown>): unknown => (row.subsys as { id?: unknown } | undefined)?.id;
const hostOf = (row: Record<string, unknown>): unknown => (row.host as { id?: unknown } | undefined)?.id;

function ownerOf(api: ApiClient, volume: string, owner: string) {
  return async (): Promise<VolumeMarkers | undefined> => {
    const [row] = await queryRows(api, 'pool.dataset', [['id', '=', volume]]);
    if (row === undefined) return undefined;
    const markers = readVolumeMarkers(row.user_properties);
    if (markers === undefined || markers.owner !== owner) {
      throw new OwnershipMismatchError({
        volume,
        object: 'pool.dataset',
        id: volume,
        expected: `tn:owner ${JSON.stringify(owner)}`,
        found:
          markers === undefined ? 'no tn:owner (not provisioned by @tn)' : `tn:owner ${JSON.stringify(markers.owner)}`,
        hint: 'Only the owner that provisioned a volume may deprovision it; the SDK never deletes datasets it did not create.',
      });
    }
    return markers;
  };
}

/**
 * Reads the volume and decides the deprovisioning: `undefined` when the dataset does not exist (nothing to do);
 * {@link OwnershipMismatchError} when it lacks the caller's owner tag, or when any stored id now names an object that
 * is not the volume's — before anything is deleted. Order: shares, LUN link, target (unless shared, or kept when
 * other LUNs were added to it), extent, NVMe-oF port and host links, namespace, subsystem (kept with its links when
 * it holds other namespaces), then the hosts the volume created (kept while other subsystems use them).
 * @internal
 * @param api - the client.
 * @param volume - the volume.
 * @param owner - the caller's owner tag.
 * @example
 * ```ts
 * const plan = await planDeprovision(api, 'tank/k8s/pvc-1', 'csi/cluster-a');
 * ```
 */
export async function planDeprovision(
  api: ApiClient,
  volume: string,
  owner: string,
): Promise<DeprovisionPlan | undefined> {
  const markers = await ownerOf(api, volume, owner)();
  if (markers === undefined) return undefined;
  const names = exposureNames(volume);
  const spec = parseVolumeSpec(markers.spec ?? '');
  const hostnqns = ((spec?.expose as { hosts?: { nqn?: unknown }[] } | undefined)?.hosts ?? []).map((h) =>
    String(h.nqn),
  );
  const items: DeleteItem[] = [];
  const kept: DeprovisionedVolume['kept'] = [];
  const add = async (ref: OwnedRef, step: string, call: UndoCall, marker: DeleteItem['marker']) => {
    const row = await verifyOwned(api, volume, ref);
    if (row !== undefined) items.push({ ref, step, call, marker });
    return row;
  };

  if (markers.nfsShare !== undefined) {
    await add(
      { kind: 'sharing.nfs', id: markers.nfsShare },
      'delete NFS share',
      { method: 'sharing.nfs.delete', params: [markers.nfsShare] },
      'nfsShare',
    );
  }
  if (markers.smbShare !== undefined) {
    await add(
      { kind: 'sharing.smb', id: markers.smbShare },
      'delete SMB share',
      { method: 'sharing.smb.delete', params: [markers.smbShare] },
      'smbShare',
    );
  }

  const linkId = markers.iscsiTargetExtent;
  if (linkId !== undefined) {
    const ref: OwnedRef = {
      kind: 'iscsi.targetextent',
      id: linkId,
      target: markers.iscsiTarget ?? -1,
      extent: markers.iscsiExtent ?? -1,
    };
    await add(
      ref,
      'delete iSCSI LUN link',
      { method: 'iscsi.targetextent.delete', params: [linkId] },
      'iscsiTargetExtent',
    );
  }
  const targetId = markers.iscsiTarget;
  if (targetId !== undefined && markers.iscsiTargetShared !== true) {
    const ref: OwnedRef = { kind: 'iscsi.target', id: targetId, name: names.target };
    if ((await verifyOwned(api, volume, ref)) !== undefined) {
      const others = (await queryRows(api, 'iscsi.targetextent', [['target', '=', targetId]])).filter(
        (l) => l.id !== linkId,
      );
      if (others.length > 0) {
        kept.push({
          object: `iscsi.target ${targetId}`,
          reason: `it also serves LUN(s) ${others.map((l) => String(l.lunid)).join(', ')} of other extents`,
        });
      } else {
        items.push({
          ref,
          step: 'delete iSCSI target',
          call: { method: 'iscsi.target.delete', params: [targetId] },
          marker: 'iscsiTarget',
        });
      }
    }
  }
  if (markers.iscsiExtent !== undefined) {
    const id = markers.iscsiExtent;
    await add(
      { kind: 'iscsi.extent', id },
      'delete iSCSI extent',
      { method: 'iscsi.extent.delete', params: [id, false, false] },
      'iscsiExtent',
    );
  }

  const subsysId = markers.nvmetSubsystem ?? -1;
  const subsys =
    markers.nvmetSubsystem === undefined
      ? undefined
      : await verifyOwned(api, volume, { kind: 'nvmet.subsys', id: subsysId, name: names.subsystem });
  const foreign =
    subsys === undefined
      ? []
      : (await queryRows(api, 'nvmet.namespace')).filter(
          (ns) => subsysOf(ns) === subsysId && ns.id !== markers.nvmetNamespace,
        );
  const keepSubsystem = foreign.length > 0;
  if (keepSubsystem) {
    kept.push({
      object: `nvmet.subsys ${subsysId}`,
      reason: `it also holds namespace(s) ${foreign.map((ns) => String(ns.id)).join(', ')}; its host and port links stay too`,
    });
  } else {
    for (const id of markers.nvmetPortLinks ?? []) {
      await add(
        { kind: 'nvmet.port_subsys', id, subsysId },
        `delete NVMe-oF port link ${id}`,
        { method: 'nvmet.port_subsys.delete', params: [id] },
        'nvmetPortLinks',
      );
    }
    for (const id of markers.nvmetHostLinks ?? []) {
      await add(
        { kind: 'nvmet.host_subsys', id, subsysId },
        `delete NVMe-oF host link ${id}`,
        { method: 'nvmet.host_subsys.delete', params: [id] },
        'nvmetHostLinks',
      );
    }
  }
  if (markers.nvmetNamespace !== undefined) {
    const id = markers.nvmetNamespace;
    await add(
      { kind: 'nvmet.namespace', id, subsysId },
      'delete NVMe-oF namespace',
      { method: 'nvmet.namespace.delete', params: [id] },
      'nvmetNamespace',
    );
  }
  if (subsys !== undefined && !keepSubsystem) {
    items.push({
      ref: { kind: 'nvmet.subsys', id: subsysId, name: names.subsystem },
      step: 'delete NVMe-oF subsystem',
      call: { method: 'nvmet.subsys.delete', params: [subsysId] },
      marker: 'nvmetSubsystem',
    });
  }
  const deletedLinks = new Set(
    items.filter((item) => item.ref.kind === 'nvmet.host_subsys').map((item) => item.ref.id),
  );
  const hostLinks = (markers.nvmetHosts ?? []).length > 0 ? await queryRows(api, 'nvmet.host_subsys') : [];
  for (const id of markers.nvmetHosts ?? []) {
    const ref: OwnedRef = { kind: 'nvmet.host', id, hostnqns };
    if ((await verifyOwned(api, volume, ref)) === undefined) continue;
    const users = hostLinks.filter((link) => hostOf(link) === id && !deletedLinks.has(link.id as number));
    if (users.length > 0) {
      kept.push({
        object: `nvmet.host ${id}`,
        reason: `subsystem(s) ${users.map((l) => String(subsysOf(l))).join(', ')} still allow it`,
      });
    } else {
      items.push({
        ref,
        step: `delete NVMe-oF host ${id}`,
        call: { method: 'nvmet.host.delete', params: [id] },
        marker: 'nvmetHosts',
      });
    }
  }
  return { markers, items, kept };
}
