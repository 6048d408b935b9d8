import type { StorageSeed } from '../seed/storageSeed.js';
import seed from './default.json' with { type: 'json' };

/**
 * The default storage seed (`default.json` beside this file): pool `tank`, a healthy mirror of two 1 TiB disks
 * (`sda`, `sdb`), two free 1 TiB disks (`sdc`, `sdd`), datasets `tank/home` (zstd), `tank/home/alice` (100 GiB quota,
 * user property `org.example:owner`, 5 GiB used, snapshot `@daily-2025-01-01`), `tank/media` (1M records, 20 GiB
 * used, a comment), `tank/vms` and a thick 10 GiB zvol `tank/vms/vm0` (2 GiB written).
 *
 * @example
 * ```ts
 * import { createMockServer, DEFAULT_STORAGE_SEED } from '@tn/mock';
 *
 * const server = createMockServer({
 *   seed: { ...DEFAULT_STORAGE_SEED, datasets: [...(DEFAULT_STORAGE_SEED.datasets ?? []), { name: 'tank/extra' }] },
 * });
 * ```
 */
export const DEFAULT_STORAGE_SEED: StorageSeed = seed as StorageSeed;
