import type { StorageState } from '../storageState.js';
import type { LeafVdev, PoolState, TopologyClass, TopVdev } from '../storageTypes.js';
import { vdevStatus } from './poolHealth.js';
import { vdevRawSize } from './poolSpace.js';

function stats(size: number, errors: { read: number; write: number; checksum: number }): Record<string, unknown> {
  return {
    timestamp: 0,
    read_errors: errors.read,
    write_errors: errors.write,
    checksum_errors: errors.checksum,
    ops: [0, 0, 0, 0, 0, 0, 0],
    bytes: [0, 0, 0, 0, 0, 0, 0],
    size,
    allocated: 0,
    fragmentation: 0,
    self_healed: 0,
    configured_ashift: 12,
    logical_ashift: 9,
    physical_ashift: 12,
  };
}

function leafRow(state: StorageState, leaf: LeafVdev, spare: boolean): Record<string, unknown> {
  return {
    name: leaf.partuuid,
    type: 'DISK',
    path: `/dev/disk/by-partuuid/${leaf.partuuid}`,
    guid: leaf.guid,
    status: spare && leaf.status === 'ONLINE' ? 'AVAIL' : leaf.status,
    stats: stats(state.disks.get(leaf.disk)?.size ?? 0, {
      read: leaf.readErrors,
      write: leaf.writeErrors,
      checksum: leaf.checksumErrors,
    }),
    children: [],
    device: `${leaf.disk}1`,
    disk: leaf.disk,
    unavail_disk: null,
  };
}

function vdevRow(state: StorageState, vdev: TopVdev, index: number, spare: boolean): Record<string, unknown> {
  if (vdev.kind === 'leaf') return leafRow(state, vdev, spare);
  return {
    name: `${vdev.type.toLowerCase()}-${index}`,
    type: vdev.type,
    path: null,
    guid: vdev.guid,
    status: vdevStatus(vdev),
    stats: stats(vdevRawSize(state, vdev), { read: 0, write: 0, checksum: 0 }),
    children: vdev.children.map((c) => leafRow(state, c, false)),
    unavail_disk: null,
  };
}

/** Top-level vdev numbering of `zpool status` (`mirror-0`, `raidz1-1`): data, special, dedup, then log. @internal */
const NUMBERED: readonly TopologyClass[] = ['data', 'special', 'dedup', 'log'];

/**
 * `pool.query` `topology`: `{data, log, cache, spare, special, dedup}` arrays of vdev objects (`name`, `type`,
 * `path`, `guid`, `status`, `stats`, `children`; disks add `device`, `disk`, `unavail_disk`).
 * @internal
 */
export function topologyRow(state: StorageState, pool: PoolState): Record<TopologyClass, Record<string, unknown>[]> {
  let index = 0;
  const numbered = new Map<TopVdev, number>();
  for (const cls of NUMBERED) for (const vdev of pool.topology[cls]) numbered.set(vdev, index++);
  const build = (cls: TopologyClass) =>
    pool.topology[cls].map((v) => vdevRow(state, v, numbered.get(v) ?? 0, cls === 'spare'));
  return {
    data: build('data'),
    log: build('log'),
    cache: build('cache'),
    spare: build('spare'),
    special: build('special'),
    dedup: build('dedup'),
  };
}
