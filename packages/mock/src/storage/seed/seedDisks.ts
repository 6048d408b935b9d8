import { MockErrorCode, MockServerError } from '../../mockServerError.js';
import { guidFor } from '../nextRowId.js';
import type { StorageState } from '../storageState.js';
import type { DiskState } from '../storageTypes.js';
import type { SeedDisk } from './storageSeed.js';

/** Default disk size: 1 TiB. @internal */
export const DEFAULT_DISK_SIZE = 1024 ** 4;

function deviceNumber(name: string, index: number): number {
  const sd = /^sd([a-z]+)$/.exec(name);
  if (sd) {
    const letters = sd[1] as string;
    let n = 0;
    for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 96);
    return 8 * 256 + (n - 1) * 16;
  }
  return 259 * 256 + index;
}

/**
 * Adds a disk (defaults: 1 TiB HDD, serial `TNMOCK-<NAME>`, a WWN-style lunid); throws `MockServerError` when the
 * name is taken.
 * @internal
 */
export function addSeedDisk(state: StorageState, seed: SeedDisk): DiskState {
  if (state.disks.has(seed.name)) {
    throw new MockServerError(MockErrorCode.InvalidConfig, `Disk "${seed.name}" is declared twice`);
  }
  const type = seed.type ?? 'HDD';
  const disk: DiskState = {
    name: seed.name,
    serial: seed.serial ?? `TNMOCK-${seed.name.toUpperCase()}`,
    lunid: `5000c500${BigInt(guidFor(`lunid:${seed.name}`))
      .toString(16)
      .padStart(16, '0')
      .slice(0, 8)}`,
    size: seed.size ?? DEFAULT_DISK_SIZE,
    model: seed.model ?? `tn-mock ${type}`,
    type,
    rotationrate: seed.rotationrate !== undefined ? seed.rotationrate : type === 'SSD' ? null : 7200,
    number: deviceNumber(seed.name, state.disks.size),
    description: seed.description ?? '',
    bus: 'ATA',
  };
  state.disks.set(disk.name, disk);
  return disk;
}

/** The disk named `name`, created with the defaults when it was not declared. @internal */
export function ensureDisk(state: StorageState, name: string): DiskState {
  return state.disks.get(name) ?? addSeedDisk(state, { name });
}
