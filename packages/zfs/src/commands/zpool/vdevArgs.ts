import { ZfsUsageError } from '../../errors.js';
import { assertArgument } from '../../names/assertArgument.js';

/**
 * One top-level vdev: a single disk (`stripe`), a `mirror`, a `raidz1..3` group, or a `draid` group with its layout.
 *
 * @example
 * ```ts
 * import type { VdevSpec } from '@tn/zfs';
 *
 * const vdevs: VdevSpec[] = [
 *   { type: 'mirror', devices: ['/dev/sda', '/dev/sdb'] },
 *   { type: 'draid', parity: 2, data: 4, spares: 1, devices: ['/dev/sdc', '/dev/sdd', '/dev/sde', '/dev/sdf', '/dev/sdg', '/dev/sdh', '/dev/sdi'] },
 * ];
 * ```
 */
export type VdevSpec =
  | {
      /** Plain devices, each its own top-level vdev (no redundancy). */
      type: 'stripe';
      /** Device paths. */
      devices: readonly string[];
    }
  | {
      /** An n-way mirror. */
      type: 'mirror';
      /** At least two device paths. */
      devices: readonly string[];
    }
  | {
      /** RAID-Z with single (`raidz`/`raidz1`), double or triple parity. */
      type: 'raidz' | 'raidz1' | 'raidz2' | 'raidz3';
      /** At least parity + 1 device paths. */
      devices: readonly string[];
    }
  | {
      /** Distributed-spare RAID (`draid<parity>:<data>d:<children>c:<spares>s`). */
      type: 'draid';
      /** Parity level. @default 1 */
      parity?: 1 | 2 | 3 | undefined;
      /** Data devices per redundancy group. @default zpool's choice */
      data?: number | undefined;
      /** Distributed spares. @default 0 */
      spares?: number | undefined;
      /** Child devices (also written as `Nc` so zpool can check the count). */
      devices: readonly string[];
    };

/**
 * The vdev layout of a pool for `zpool create` / `zpool add`. `data` vdevs hold the pool's data; the others are the
 * support classes.
 *
 * @example
 * ```ts
 * import type { PoolTopology } from '@tn/zfs';
 *
 * const topology: PoolTopology = {
 *   data: [{ type: 'raidz2', devices: ['sda', 'sdb', 'sdc', 'sdd'] }],
 *   log: [{ type: 'mirror', devices: ['nvme0n1', 'nvme1n1'] }],
 *   cache: ['nvme2n1'],
 *   spare: ['sde'],
 * };
 * ```
 */
export type PoolTopology = {
  /** Data vdevs. @default [] */
  data?: readonly VdevSpec[] | undefined;
  /** Separate intent log (SLOG) vdevs (`log`). @default [] */
  log?: readonly VdevSpec[] | undefined;
  /** Metadata / small-block allocation class (`special`). @default [] */
  special?: readonly VdevSpec[] | undefined;
  /** Dedup table allocation class (`dedup`). @default [] */
  dedup?: readonly VdevSpec[] | undefined;
  /** L2ARC devices (`cache`). @default [] */
  cache?: readonly string[] | undefined;
  /** Hot spares (`spare`). @default [] */
  spare?: readonly string[] | undefined;
};

const MIN_DEVICES: Readonly<Record<string, number>> = { mirror: 2, raidz: 2, raidz1: 2, raidz2: 3, raidz3: 4 };

function devicesArgs(devices: readonly string[], what: string): string[] {
  if (devices.length === 0) throw new ZfsUsageError(`${what}: no devices`);
  for (const device of devices) assertArgument(device, 'device');
  return [...devices];
}

function draidKeyword(spec: Extract<VdevSpec, { type: 'draid' }>): string {
  const { parity = 1, data, spares = 0, devices } = spec;
  const count = (value: number, what: string) => {
    if (!Number.isSafeInteger(value) || value < 0) throw new ZfsUsageError(`draid: invalid ${what} ${value}`);
    return value;
  };
  if (![1, 2, 3].includes(parity)) throw new ZfsUsageError(`draid: invalid parity ${parity}`);
  let keyword = `draid${parity}`;
  if (data !== undefined) keyword += `:${count(data, 'data count')}d`;
  keyword += `:${devices.length}c`;
  if (spares > 0) keyword += `:${count(spares, 'spare count')}s`;
  const minimum = parity + (data ?? 1) + spares;
  if (devices.length < minimum) throw new ZfsUsageError(`${keyword}: needs at least ${minimum} devices`);
  return keyword;
}

function vdevArgs(spec: VdevSpec): string[] {
  if (spec.type === 'stripe') return devicesArgs(spec.devices, 'stripe');
  if (spec.type === 'draid') return [draidKeyword(spec), ...devicesArgs(spec.devices, 'draid')];
  const minimum = MIN_DEVICES[spec.type];
  if (minimum === undefined) throw new ZfsUsageError(`unknown vdev type ${JSON.stringify(spec.type)}`);
  if (spec.devices.length < minimum) throw new ZfsUsageError(`${spec.type}: needs at least ${minimum} devices`);
  return [spec.type, ...devicesArgs(spec.devices, spec.type)];
}

/**
 * Renders a topology as zpool's vdev specification (`mirror a b log mirror c d cache e spare f`).
 *
 * @internal
 */
export function topologyArgs(topology: PoolTopology): string[] {
  const { data = [], log = [], special = [], dedup = [], cache = [], spare = [] } = topology;
  const argv = data.flatMap(vdevArgs);
  const classes: Array<[string, readonly VdevSpec[]]> = [
    ['special', special],
    ['dedup', dedup],
    ['log', log],
  ];
  for (const [keyword, specs] of classes) {
    if (specs.length > 0) argv.push(keyword, ...specs.flatMap(vdevArgs));
  }
  if (cache.length > 0) argv.push('cache', ...devicesArgs(cache, 'cache'));
  if (spare.length > 0) argv.push('spare', ...devicesArgs(spare, 'spare'));
  if (argv.length === 0) throw new ZfsUsageError('empty vdev topology');
  return argv;
}
