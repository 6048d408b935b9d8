import { MockErrorCode, MockServerError } from '../../mockServerError.js';
import { normalizeSeedProps } from '../datasets/normalizeSeedProps.js';
import { nextRowId } from '../nextRowId.js';
import { poolSpace } from '../pools/poolSpace.js';
import { minimumDisks, newLeaf, newVdev } from '../pools/vdevFactory.js';
import type { StorageState } from '../storageState.js';
import type { PoolState, Topology } from '../storageTypes.js';
import { addSeedDisk, ensureDisk } from './seedDisks.js';
import type { SeedPool, SeedVdev } from './storageSeed.js';

/** When seeded objects were created (a fixed instant, so seeded servers look alike). @internal */
export const SEED_EPOCH = Date.UTC(2025, 0, 1, 0, 0, 0);

/** Bytes an empty filesystem references. @internal */
export const EMPTY_FILESYSTEM = 98304;

function invalid(message: string): MockServerError {
  return new MockServerError(MockErrorCode.InvalidConfig, message);
}

function claim(state: StorageState, claimed: Set<string>, disk: string, pool: string): void {
  ensureDisk(state, disk);
  if (claimed.has(disk) || state.diskInUse(disk)) throw invalid(`Disk "${disk}" of pool "${pool}" is already in use`);
  claimed.add(disk);
}

function buildVdevs(state: StorageState, pool: string, claimed: Set<string>, vdevs: SeedVdev[] = []) {
  return vdevs.map((v) => {
    if (v.type === 'STRIPE' ? v.disks.length !== 1 : v.disks.length < minimumDisks(v.type)) {
      throw invalid(`Pool "${pool}": a ${v.type} vdev cannot have ${v.disks.length} disk(s)`);
    }
    for (const disk of v.disks) claim(state, claimed, disk, pool);
    return newVdev(state, v.type, v.disks);
  });
}

function buildTopology(state: StorageState, seed: SeedPool): Topology {
  const claimed = new Set<string>();
  const names = (seed.disks ?? []).map((d) => {
    if (typeof d === 'string') return d;
    if (!state.disks.has(d.name)) addSeedDisk(state, d);
    return d.name;
  });
  const data: SeedVdev[] =
    seed.topology?.data ?? (names.length === 0 ? [] : [{ type: names.length > 1 ? 'MIRROR' : 'STRIPE', disks: names }]);
  if (data.length === 0) throw invalid(`Pool "${seed.name}" has no data vdevs`);
  const single = (disks: string[] = []) =>
    disks.map((disk) => {
      claim(state, claimed, disk, seed.name);
      return newLeaf(state, disk);
    });
  return {
    data: buildVdevs(state, seed.name, claimed, data),
    log: buildVdevs(state, seed.name, claimed, seed.topology?.log),
    cache: single(seed.topology?.cache),
    spare: single(seed.topology?.spare),
    special: buildVdevs(state, seed.name, claimed, seed.topology?.special),
    dedup: buildVdevs(state, seed.name, claimed, seed.topology?.dedup),
  };
}

/**
 * Adds a pool and its root dataset (`compression=lz4`, `acltype=posix`, `aclmode=discard`, `xattr=sa` set locally,
 * as `pool.create` does). Throws `MockServerError` for duplicate names/ids, disks in use or a bad layout.
 * @internal
 */
export function addSeedPool(state: StorageState, seed: SeedPool): PoolState {
  if (state.poolByName(seed.name) || state.datasets.has(seed.name)) throw invalid(`Pool "${seed.name}" exists`);
  if (seed.id !== undefined && state.pools.has(seed.id)) throw invalid(`Pool id ${seed.id} is taken`);
  const pool: PoolState = {
    id: seed.id ?? nextRowId(state.pools.keys()),
    name: seed.name,
    guid: state.newGuid('pool'),
    topology: buildTopology(state, seed),
    scan: null,
    expand: null,
    autotrim: false,
    upgraded: seed.upgraded ?? true,
  };
  state.pools.set(pool.id, pool);
  const local = new Map<string, string>([
    ['aclmode', 'discard'],
    ['acltype', 'posix'],
    ['compression', 'lz4'],
    ['xattr', 'sa'],
  ]);
  for (const [key, value] of normalizeSeedProps(seed.properties ?? {}, `pool "${seed.name}"`)) local.set(key, value);
  state.datasets.set(seed.name, {
    name: seed.name,
    type: 'FILESYSTEM',
    local,
    head: seed.used ?? EMPTY_FILESYSTEM,
    shared: 0,
    createtxg: 1,
    creation: new Date(SEED_EPOCH),
    guid: state.newGuid('dataset'),
    origin: null,
  });
  if (seed.scrubbed !== false) {
    pool.scan = {
      function: 'SCRUB',
      state: 'FINISHED',
      startTime: new Date(SEED_EPOCH + 3_600_000),
      endTime: new Date(SEED_EPOCH + 3_660_000),
      percentage: 100,
      bytesToProcess: poolSpace(state, pool).allocated,
      pause: null,
      errors: 0,
    };
  }
  return pool;
}
