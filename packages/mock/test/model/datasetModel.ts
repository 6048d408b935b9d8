// Reference model of the ZFS dataset/snapshot/clone rules that the model-based test drives @tn/mock against.

/** A dataset of the model: its type and, for a clone, its origin snapshot (`dataset@name`). */
export type ModelDataset = { type: 'FILESYSTEM' | 'VOLUME'; origin: string | undefined };

/** The model: datasets by name, snapshots by full name with their creation order (txg). */
export type Model = { datasets: Map<string, ModelDataset>; snapshots: Map<string, number>; txg: number };

/** What the model says a command does: rejected, or accepted with a state change to apply afterwards. */
export type Outcome = { ok: false; why: string } | { ok: true; apply: () => void };

const reject = (why: string): Outcome => ({ ok: false, why });

/** The model of the default storage seed. */
export function seedModel(): Model {
  const fs = (): ModelDataset => ({ type: 'FILESYSTEM', origin: undefined });
  return {
    datasets: new Map([
      ['tank', fs()],
      ['tank/home', fs()],
      ['tank/home/alice', fs()],
      ['tank/media', fs()],
      ['tank/vms', fs()],
      ['tank/vms/vm0', { type: 'VOLUME', origin: undefined }],
    ]),
    snapshots: new Map([['tank/home/alice@daily-2025-01-01', 1]]),
    txg: 1,
  };
}

/** Sorted dataset names. */
export const datasetNames = (m: Model): string[] => [...m.datasets.keys()].sort();
/** Sorted snapshot names. */
export const snapshotNames = (m: Model): string[] => [...m.snapshots.keys()].sort();
/** Item `index` (modulo the length) of a non-empty list. */
export const pick = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;

const datasetOf = (snapshot: string): string => snapshot.slice(0, snapshot.indexOf('@'));
const shortName = (snapshot: string): string => snapshot.slice(snapshot.indexOf('@') + 1);
const descendants = (m: Model, name: string): string[] => datasetNames(m).filter((d) => d.startsWith(`${name}/`));
const clonesOf = (m: Model, snapshot: string): string[] =>
  datasetNames(m).filter((d) => m.datasets.get(d)?.origin === snapshot);
/** Snapshots of `dataset`, oldest first. */
export const snapshotsOf = (m: Model, dataset: string): string[] =>
  [...m.snapshots.entries()]
    .filter(([full]) => datasetOf(full) === dataset)
    .sort((a, b) => a[1] - b[1])
    .map(([full]) => full);

/** `pool.dataset.create` of a filesystem `parent/leaf`. */
export function createDataset(m: Model, parent: string, leaf: string): Outcome {
  const name = `${parent}/${leaf}`;
  if (m.datasets.has(name)) return reject('exists');
  if (m.datasets.get(parent)?.type !== 'FILESYSTEM') return reject('parent is a volume');
  return { ok: true, apply: () => m.datasets.set(name, { type: 'FILESYSTEM', origin: undefined }) };
}

/** `pool.dataset.delete`: a pool root only loses its children; children/snapshots need `recursive`; no outside clones. */
export function deleteDataset(m: Model, name: string, recursive: boolean): Outcome {
  const root = !name.includes('/');
  const below = descendants(m, name);
  if (!recursive && root) return reject('pool root');
  if (!recursive && below.length + snapshotsOf(m, name).length > 0) return reject('has children');
  const targets = root ? below : [name, ...below];
  const doomed = new Set(targets);
  for (const ds of targets) {
    for (const snap of snapshotsOf(m, ds)) {
      if (clonesOf(m, snap).some((c) => !doomed.has(c))) return reject('dependent clones');
    }
  }
  return {
    ok: true,
    apply: () => {
      for (const ds of targets) {
        for (const snap of snapshotsOf(m, ds)) m.snapshots.delete(snap);
        m.datasets.delete(ds);
      }
    },
  };
}

/** `snapshots.create` of `dataset@name` (not recursive). */
export function createSnapshot(m: Model, dataset: string, name: string): Outcome {
  const full = `${dataset}@${name}`;
  if (m.snapshots.has(full)) return reject('exists');
  return {
    ok: true,
    apply: () => {
      m.txg += 1;
      m.snapshots.set(full, m.txg);
    },
  };
}

/** `snapshots.delete` without `defer`: refused while the snapshot has clones. */
export function deleteSnapshot(m: Model, snapshot: string): Outcome {
  if (clonesOf(m, snapshot).length > 0) return reject('dependent clones');
  return { ok: true, apply: () => m.snapshots.delete(snapshot) };
}

/** `snapshots.clone` into `parent/leaf` (same type as the source). */
export function cloneSnapshot(m: Model, snapshot: string, parent: string, leaf: string): Outcome {
  const target = `${parent}/${leaf}`;
  if (m.datasets.has(target)) return reject('exists');
  if (m.datasets.get(parent)?.type !== 'FILESYSTEM') return reject('parent is a volume');
  const type = m.datasets.get(datasetOf(snapshot))?.type ?? 'FILESYSTEM';
  return { ok: true, apply: () => m.datasets.set(target, { type, origin: snapshot }) };
}

/** `datasets.promote`: the clone takes its origin snapshot and the older ones; the origin becomes the clone. */
export function promote(m: Model, name: string): Outcome {
  const clone = m.datasets.get(name);
  const originFull = clone?.origin;
  if (!clone || !originFull) return reject('not a clone');
  const originName = datasetOf(originFull);
  const origin = m.datasets.get(originName);
  const pivot = m.snapshots.get(originFull);
  if (!origin || pivot === undefined) return reject('origin gone');
  const moving = snapshotsOf(m, originName).filter((s) => (m.snapshots.get(s) ?? 0) <= pivot);
  if (moving.some((s) => m.snapshots.has(`${name}@${shortName(s)}`))) return reject('snapshot name clash');
  return {
    ok: true,
    apply: () => {
      const renames = new Map<string, string>();
      for (const s of moving) {
        const txg = m.snapshots.get(s) as number;
        m.snapshots.delete(s);
        m.snapshots.set(`${name}@${shortName(s)}`, txg);
        renames.set(s, `${name}@${shortName(s)}`);
      }
      const previousOrigin = origin.origin;
      for (const ds of m.datasets.values()) {
        if (ds !== clone && ds.origin && renames.has(ds.origin)) ds.origin = renames.get(ds.origin);
      }
      origin.origin = `${name}@${shortName(originFull)}`;
      clone.origin = previousOrigin;
    },
  };
}

/** `snapshots.rollback` without options: only to the dataset's latest snapshot; no visible state change. */
export function rollback(m: Model, snapshot: string): Outcome {
  const all = snapshotsOf(m, datasetOf(snapshot));
  if (all[all.length - 1] !== snapshot) return reject('not the latest snapshot');
  return { ok: true, apply: () => {} };
}
