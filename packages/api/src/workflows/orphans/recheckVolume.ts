import type { ApiClient } from '../../createApiClient.js';
import { atOrBelow, readDatasetIndex } from './datasetIndex.js';
import { findingKey, type OrphanFinding } from './orphanFinding.js';
import { scanRow } from './orphanScan.js';
import type { RecheckState } from './recheckOrphan.js';

/** What still exposes the volume (extents, namespaces, shares) and was not deleted or planned in this run. */
async function exposures(
  api: ApiClient,
  name: string,
  mountpoint: string | undefined,
  state: RecheckState,
): Promise<string[]> {
  const call = { signal: state.signal };
  const nvmet = (await api.version()) !== '25.04';
  const [extents, namespaces, nfs, smb] = await Promise.all([
    api.iscsi.extents.query([], undefined, call),
    nvmet ? api.nvmet.namespaces.query([], undefined, call) : [],
    api.sharing.nfs.query([], undefined, call),
    api.sharing.smb.query([], undefined, call),
  ]);
  const live = (kind: OrphanFinding['kind'], id: number) => !state.gone.has(findingKey({ kind, id }));
  const onVolume = (path: string) =>
    atOrBelow(path, `zvol/${name}`) || (mountpoint !== undefined && atOrBelow(path, mountpoint));
  return [
    ...extents
      .flatMap((row) => scanRow.extent(row) ?? [])
      .filter((e) => onVolume(e.type === 'DISK' ? e.disk : e.path) && live('iscsi-extent', e.id))
      .map((e) => `iSCSI extent '${e.name}'`),
    ...namespaces
      .flatMap((row) => scanRow.namespace(row) ?? [])
      .filter((ns) => onVolume(ns.devicePath) && live('nvmet-namespace', ns.id))
      .map((ns) => `NVMe-oF namespace #${ns.id}`),
    ...nfs
      .flatMap((row) => scanRow.share(row) ?? [])
      .filter((share) => onVolume(share.path) && live('nfs-share', share.id))
      .map((share) => `NFS share #${share.id}`),
    ...smb
      .flatMap((row) => scanRow.share(row) ?? [])
      .filter((share) => onVolume(share.path) && live('smb-share', share.id))
      .map((share) => `SMB share '${share.name}'`),
  ];
}

/**
 * Re-checks an orphan volume: it still exists, still carries the SDK markers (of the finding's owner), and no
 * snapshot of it (or below it) has a clone outside it, which a recursive delete would fail on or destroy. With
 * `checkExposures` (right before the delete), nothing may still expose it: every extent, namespace or share on it
 * must have been deleted (or planned) in this run. Returns why to skip it, or `undefined`. @internal
 *
 * @example
 * ```ts
 * const skip = await recheckVolume(api, finding, state, true);
 * ```
 */
export async function recheckVolume(
  api: ApiClient,
  finding: OrphanFinding,
  state: RecheckState,
  checkExposures: boolean,
): Promise<string | undefined> {
  const name = String(finding.id);
  const index = await readDatasetIndex(api, { signal: state.signal });
  const volume = index.get(name);
  if (volume === undefined) return 'already gone';
  if (volume.markers === undefined) return 'it no longer carries the SDK markers';
  if (finding.owner !== undefined && volume.markers.owner !== finding.owner) {
    return `its markers now name owner '${volume.markers.owner}'`;
  }
  const clones = index.outsideClonesOf(name);
  if (clones.length > 0) return `its snapshots have clones (${clones.join(', ')}); a recursive delete is refused`;
  if (!checkExposures) return undefined;
  const left = await exposures(api, name, index.mountpointOf(volume), state);
  return left.length > 0 ? `it is still exposed by ${left.join(', ')}` : undefined;
}
