import { exposureNames } from '../ownership/exposureNames.js';
import type { VolumeMarkers } from '../ownership/volumeMarkers.js';
import { atOrBelow, DatasetIndex, zvolDataset } from './datasetIndex.js';
import { findingKey, type OrphanFinding, type OrphanKind } from './orphanFinding.js';
import type { OrphanScan } from './orphanScan.js';

/** An existing volume whose markers record an object's id. @internal */
export type OrphanClaim = { volume: string; owner: string; markers: VolumeMarkers };

const CLAIMED: readonly [keyof VolumeMarkers, OrphanKind][] = [
  ['iscsiExtent', 'iscsi-extent'],
  ['iscsiTarget', 'iscsi-target'],
  ['iscsiTargetExtent', 'iscsi-targetextent'],
  ['nvmetNamespace', 'nvmet-namespace'],
  ['nvmetSubsystem', 'nvmet-subsystem'],
  ['nfsShare', 'nfs-share'],
  ['smbShare', 'smb-share'],
];

/**
 * Shared state of one orphan scan: the dataset index, the claims the SDK's markers make, the volumes found to be
 * orphans, the `parents` scope and the findings so far (each with whether it is in scope). Rules see every orphan,
 * in scope or not, so that derived rules (a target whose extents are all orphans) do not depend on the scope.
 * @internal
 *
 * @example
 * ```ts
 * const ctx = new OrphanContext(scan, ['tank/k8s']);
 * ```
 */
export class OrphanContext {
  readonly scan: OrphanScan;
  readonly index: DatasetIndex;
  readonly parents: readonly string[] | undefined;
  /** Orphan volumes by dataset name. */
  readonly doomed = new Map<string, OrphanFinding>();
  readonly #claims = new Map<string, OrphanClaim[]>();
  readonly #found = new Map<string, { finding: OrphanFinding; inScope: boolean }>();
  #sdkNames: Map<string, string> | undefined;

  constructor(scan: OrphanScan, parents: readonly string[] | undefined) {
    this.scan = scan;
    this.index = new DatasetIndex(scan.datasets);
    this.parents = parents;
    for (const ds of scan.datasets) {
      const markers = ds.markers;
      if (markers === undefined) continue;
      for (const [field, kind] of CLAIMED) {
        const id = markers[field];
        if (typeof id !== 'number') continue;
        const key = findingKey({ kind, id });
        const list = this.#claims.get(key) ?? [];
        list.push({ volume: ds.name, owner: markers.owner, markers });
        this.#claims.set(key, list);
      }
    }
  }

  /** The first claim on `kind:id` that `valid` accepts. */
  claim(kind: OrphanKind, id: number, valid: (claim: OrphanClaim) => boolean = () => true): OrphanClaim | undefined {
    return this.#claims.get(findingKey({ kind, id }))?.find(valid);
  }

  /**
   * Whether `name` is the name the SDK gives that kind of object for `dataset` (`exposureNames`: a slug plus a hash
   * of the exact dataset name, so a match is no accident).
   */
  sdkNamed(name: string, dataset: string | undefined): boolean {
    if (dataset === undefined) return false;
    const names = exposureNames(dataset);
    return name === names.extent || name === names.subsystem || name === names.smbShare;
  }

  /**
   * The dataset whose SDK exposure name `name` is, among the datasets the scan knows of (existing ones and those
   * extents, namespaces and shares point at).
   */
  sdkDatasetOf(name: string): string | undefined {
    if (this.#sdkNames === undefined) {
      const candidates = new Set(this.scan.datasets.map((ds) => ds.name));
      for (const extent of this.scan.extents) candidates.add(zvolDataset(extent.disk) ?? '');
      for (const ns of this.scan.namespaces ?? []) candidates.add(zvolDataset(ns.devicePath) ?? '');
      for (const share of [...this.scan.nfs, ...this.scan.smb]) candidates.add(share.path.replace(/^\/mnt\//, ''));
      candidates.delete('');
      this.#sdkNames = new Map();
      for (const dataset of candidates) {
        const names = exposureNames(dataset);
        for (const value of new Set(Object.values(names))) this.#sdkNames.set(value, dataset);
      }
    }
    return this.#sdkNames.get(name);
  }

  /** The orphan volume `name` is (or lies below), if any. */
  doomedVolumeOf(name: string): OrphanFinding | undefined {
    for (const [volume, finding] of this.doomed) if (atOrBelow(name, volume)) return finding;
    return undefined;
  }

  /** Whether a dataset is in the `parents` scope (always, without `parents`). */
  datasetInScope(name: string): boolean {
    return this.parents === undefined || this.parents.some((parent) => atOrBelow(name, parent));
  }

  /** Whether a path is at or below a parent's mountpoint (always, without `parents`). */
  pathInScope(path: string): boolean {
    return this.parents === undefined || this.parents.some((parent) => atOrBelow(path, this.parentMount(parent)));
  }

  /** Where a parent is (or was) mounted. */
  parentMount(parent: string): string {
    const ds = this.index.get(parent);
    return (ds && this.index.mountpointOf(ds)) ?? `/mnt/${parent}`;
  }

  /** Records a finding. */
  add(finding: OrphanFinding, inScope: boolean): void {
    this.#found.set(findingKey(finding), { finding, inScope });
  }

  /** The finding recorded for `kind:id`, in scope or not. */
  found(kind: OrphanKind, id: number | string): OrphanFinding | undefined {
    return this.#found.get(findingKey({ kind, id }))?.finding;
  }

  /** The findings in scope. */
  inScope(): OrphanFinding[] {
    return [...this.#found.values()].filter((entry) => entry.inScope).map((entry) => entry.finding);
  }
}

/**
 * `managed`/`owner` of a finding: from a claim (markers name it), else managed without a known owner when the SDK's
 * naming convention names it (`named`), else from the findings it derives from when they are all managed (with
 * their owner when they share one). @internal
 *
 * @example
 * ```ts
 * ownership(claim, [extentFinding]); // { managed: true, owner: 'csi/a' }
 * ```
 */
export function ownership(
  claim: OrphanClaim | undefined,
  from: readonly (OrphanFinding | undefined)[] = [],
  named = false,
): { managed: boolean; owner?: string } {
  if (claim !== undefined) return { managed: true, owner: claim.owner };
  if (named) return { managed: true };
  if (from.length === 0 || !from.every((finding) => finding?.managed)) return { managed: false };
  const owners = new Set(from.map((finding) => finding?.owner));
  const [owner] = owners;
  return owners.size === 1 && owner !== undefined ? { managed: true, owner } : { managed: true };
}
