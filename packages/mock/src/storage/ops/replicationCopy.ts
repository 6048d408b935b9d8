import { Errno } from '../../errno.js';
import { CallError } from '../../errors.js';
import { availableOf } from '../datasets/datasetSpace.js';
import { insertDataset } from '../datasets/insertDataset.js';
import { insertSnapshot } from '../snapshots/insertSnapshot.js';
import type { StorageDomain } from '../storageDomain.js';
import { emitDataset, emitSnapshot } from '../storageEvents.js';
import { parentName } from '../storageState.js';
import type { DatasetState, SnapshotState } from '../storageTypes.js';

/** How one dataset is received (the run-onetime options that matter to the copy). @internal */
export type ReceiveOptions = {
  /** Send the source's locally set properties (`zfs send -p`). */
  properties: boolean;
  /** Property names not to send. */
  propertiesExclude: readonly string[];
  /** Properties set on the target instead. */
  propertiesOverride: Readonly<Record<string, string>>;
  /** Leave `mountpoint` out. */
  excludeMountpoint: boolean;
  /** `SET` marks the target read-only; `REQUIRE` needs it to be read-only already; `IGNORE` leaves it. */
  readonly: 'SET' | 'REQUIRE' | 'IGNORE';
  /** Replace a target that shares no snapshot with the source. */
  allowFromScratch: boolean;
};

/** Properties a received zvol always has: they are part of the stream, not of `-p`. */
const INTRINSIC = ['volsize', 'volblocksize'];

function receivedProps(source: DatasetState, options: ReceiveOptions): Map<string, string> {
  const local = new Map<string, string>();
  for (const [key, value] of source.local) {
    const intrinsic = source.type === 'VOLUME' && INTRINSIC.includes(key);
    if (!intrinsic && !options.properties) continue;
    if (!intrinsic && options.propertiesExclude.includes(key)) continue;
    if (key === 'mountpoint' && options.excludeMountpoint) continue;
    if (key === 'readonly') continue;
    local.set(key, value);
  }
  for (const [key, value] of Object.entries(options.propertiesOverride)) local.set(key, value);
  if (options.readonly === 'SET') local.set('readonly', 'on');
  return local;
}

/** Bytes the target will use: the head, snapshot-only blocks and the unfilled part of a `refreservation`. */
function neededBytes(snapshots: readonly SnapshotState[], local: Map<string, string>): number {
  const last = snapshots.at(-1) as SnapshotState;
  const unique = snapshots.slice(0, -1).reduce((sum, s) => sum + s.unique, 0);
  const reservation = Number(local.get('refreservation') ?? 0) || 0;
  return last.referenced + unique + Math.max(0, reservation - last.referenced);
}

/** Appends received snapshots to the target, oldest first: each references the source snapshot's data. */
function receiveSnapshots(domain: StorageDomain, target: DatasetState, snapshots: readonly SnapshotState[]): void {
  snapshots.forEach((source, index) => {
    target.head = source.referenced;
    const last = index === snapshots.length - 1;
    const copy = insertSnapshot(domain.state, target, source.name, {
      creation: source.creation,
      unique: last ? 0 : source.unique,
      properties: new Map(source.local),
    });
    // A received snapshot keeps the guid of the one sent: that is how later runs find the common base.
    copy.guid = source.guid;
    emitSnapshot(domain, 'ADDED', `${target.name}@${source.name}`);
  });
  target.shared = 0;
}

/**
 * Receives `snapshots` (matched, oldest first) of `source` into `targetName`, as `zfs send -p | zfs recv` would with
 * zettarepl's rules: a missing target is created from the full stream (an independent dataset: no `origin`, the
 * data counted as its own); an existing one gets the snapshots newer than the newest it shares with the source (same
 * name and guid); without a common snapshot it is refused unless `allowFromScratch` (its snapshots are then
 * destroyed and it is received anew). Failures are `CallError`s: parent missing (ENOENT), out of space (ENOSPC),
 * data that would be overwritten, `readonly: REQUIRE` unmet.
 * @internal
 */
export function receiveDataset(
  domain: StorageDomain,
  source: DatasetState,
  snapshots: readonly SnapshotState[],
  targetName: string,
  options: ReceiveOptions,
): void {
  const state = domain.state;
  let target = state.datasets.get(targetName);
  if (target && options.readonly === 'REQUIRE' && target.local.get('readonly') !== 'on') {
    throw new CallError(`Target dataset ${targetName} does not have readonly=on property`, Errno.EINVAL);
  }
  if (!target && options.readonly === 'REQUIRE') {
    throw new CallError(`Target dataset ${targetName} does not exist, so it cannot be readonly=on`, Errno.ENOENT);
  }
  if (target) {
    const theirs = state.snapshotsOf(targetName);
    const base = [...snapshots].reverse().find((s) => theirs.some((t) => t.name === s.name && t.guid === s.guid));
    if (base) {
      const newer = snapshots.filter((s) => s.createtxg > base.createtxg);
      if (newer.length > 0) receiveSnapshots(domain, target, newer);
      emitDataset(domain, 'CHANGED', targetName);
      return;
    }
    if (!options.allowFromScratch) {
      const what =
        theirs.length === 0 ? 'does not have snapshots' : 'does not have snapshots in common with the source';
      throw new CallError(
        `Target dataset ${targetName} ${what} but has data (${target.head} bytes) and replication from scratch is not ` +
          'allowed. Refusing to overwrite existing data.',
        Errno.EEXIST,
      );
    }
    for (const snapshot of theirs) {
      state.snapshots.delete(`${targetName}@${snapshot.name}`);
      emitSnapshot(domain, 'REMOVED', `${targetName}@${snapshot.name}`);
    }
    target.local = receivedProps(source, options);
    receiveSnapshots(domain, target, snapshots);
    emitDataset(domain, 'CHANGED', targetName);
    return;
  }
  const parent = state.datasets.get(parentName(targetName) ?? '');
  if (parent?.type !== 'FILESYSTEM') {
    throw new CallError(`cannot receive new filesystem stream: ${targetName}: parent does not exist`, Errno.ENOENT);
  }
  const local = receivedProps(source, options);
  const needed = neededBytes(snapshots, local);
  if (needed > availableOf(state, parent)) {
    throw new CallError(`cannot receive new filesystem stream: ${targetName}: out of space`, Errno.ENOSPC);
  }
  target = insertDataset(state, { name: targetName, type: source.type, local, head: 0, origin: null });
  receiveSnapshots(domain, target, snapshots);
  emitDataset(domain, 'ADDED', targetName);
}
