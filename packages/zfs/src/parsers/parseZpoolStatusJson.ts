import { ZfsParseError } from '../errors.js';
import type { ZpoolStatus, ZpoolStatusPool } from '../model/zpoolStatus.js';
import type { ZpoolCheckpoint, ZpoolOperation, ZpoolScan, ZpoolVdev } from '../model/zpoolStatusParts.js';
import { parseJsonSafe } from './safeJson.js';
import { jsonDate, jsonFlag, jsonId, jsonNumber, jsonPlainNumber, jsonString } from './zpoolStatus/jsonValues.js';
import { orderPool } from './zpoolStatus/orderPool.js';
import { vdevType } from './zpoolStatus/parseVdevRow.js';
import { type RawPool, type RawVdev, RawZpoolStatusSchema } from './zpoolStatus/zpoolStatusJsonSchema.js';

/** Return type of {@link parseZpoolStatusJson}: the same model as the text parser.
 *
 * @example
 * ```ts
 * import { parseZpoolStatusJson, type ParseZpoolStatusJsonReturnType } from '@tn/zfs';
 *
 * const result: ParseZpoolStatusJsonReturnType = parseZpoolStatusJson(text);
 * ```
 */
export type ParseZpoolStatusJsonReturnType = ZpoolStatus;
/** Errors {@link parseZpoolStatusJson} can throw.
 *
 * @example
 * ```ts
 * import { parseZpoolStatusJson, type ParseZpoolStatusJsonErrorType } from '@tn/zfs';
 *
 * try {
 *   parseZpoolStatusJson(text);
 * } catch (err) {
 *   console.error((err as ParseZpoolStatusJsonErrorType).shortMessage);
 * }
 * ```
 */
export type ParseZpoolStatusJsonErrorType = ZfsParseError;

/**
 * Parses `zpool status -j` (string values) or `zpool status -j --json-int` (integers) into the same model as
 * {@link parseZpoolStatus}. GUIDs stay exact decimal strings even above `2^53`.
 *
 * @param text - stdout of `zpool status -j [--json-int] [--json-pool-key-guid]`.
 * @returns Every pool, with its vdev tree, scan, removal, checkpoint and expansion state.
 * @throws {ZfsParseError} When the text is not JSON or not shaped like `zpool status -j`.
 *
 * @example
 * ```ts
 * import { parseZpoolStatusJson } from '@tn/zfs';
 *
 * const { pools } = parseZpoolStatusJson(stdout);
 * console.log(pools[0]?.id); // '17068583395379267683' (exact)
 * ```
 */
export function parseZpoolStatusJson(text: string): ParseZpoolStatusJsonReturnType {
  const parsed = RawZpoolStatusSchema.safeParse(parseJsonSafe(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined || issue.path.length === 0 ? '' : ` at ${issue.path.map(String).join('.')}`;
    throw new ZfsParseError(`not zpool status JSON output${where}: ${issue?.message ?? 'invalid'}`, {
      cause: parsed.error,
    });
  }
  const pools: ZpoolStatusPool[] = [];
  for (const raw of Object.values(parsed.data.pools ?? {})) pools.push(orderPool(toPool(raw)));
  return { pools };
}

function toPool(raw: RawPool): ZpoolStatusPool {
  const name = raw.name ?? '';
  const pool: ZpoolStatusPool = {
    name,
    logs: toVdevs(raw.logs),
    cache: toVdevs(raw.l2cache),
    spares: toVdevs(raw.spares),
    special: toVdevs(raw.special),
    dedup: toVdevs(raw.dedup),
    notes: [],
  };
  const id = jsonId(raw.pool_guid ?? raw.guid);
  if (id !== undefined) pool.id = id;
  if (raw.state !== undefined) pool.state = raw.state;
  if (raw.status !== undefined) pool.status = raw.status;
  if (raw.action !== undefined) pool.action = raw.action;
  if (raw.moreinfo !== undefined) pool.see = raw.moreinfo;
  if (raw.msgid !== undefined) pool.msgid = raw.msgid;
  assign(pool, 'txg', jsonPlainNumber(raw.txg));
  assign(pool, 'spaVersion', jsonPlainNumber(raw.spa_version));
  assign(pool, 'zplVersion', jsonPlainNumber(raw.zpl_version));
  if (raw.scan_stats !== undefined) pool.scan = toScan(raw.scan_stats);
  if (raw.removal_stats !== undefined) pool.remove = toOperation(raw.removal_stats, 'to_copy', 'copied');
  if (raw.raidz_expand_stats !== undefined) {
    pool.expand = toOperation(raw.raidz_expand_stats, 'to_reflow', 'reflowed');
  }
  if (raw.checkpoint_stats !== undefined) pool.checkpoint = toCheckpoint(raw.checkpoint_stats);
  const root = toRoot(raw.vdevs, name);
  if (root !== undefined) pool.root = root;
  const count = jsonPlainNumber(raw.error_count);
  if (count !== undefined || raw.errors !== undefined) {
    pool.errors = { files: errorFiles(raw.errors) };
    if (count !== undefined) pool.errors.count = count;
  }
  return pool;
}

function toRoot(vdevs: Record<string, RawVdev> | undefined, poolName: string): ZpoolVdev | undefined {
  if (vdevs === undefined) return undefined;
  const entries = Object.entries(vdevs);
  const rootIndex = Math.max(
    0,
    entries.findIndex(([key, v]) => v.vdev_type === 'root' || key === poolName),
  );
  const rootEntry = entries[rootIndex];
  if (rootEntry === undefined) return undefined;
  const root = toVdev(rootEntry[1], rootEntry[0]);
  root.type = 'root';
  // --json-flat-vdevs lists every vdev next to the root: keep them below it.
  entries.forEach(([key, v], i) => {
    if (i !== rootIndex) root.children.push(toVdev(v, key));
  });
  return root;
}

function toVdevs(map: Record<string, RawVdev> | undefined): ZpoolVdev[] {
  if (map === undefined) return [];
  return Object.entries(map).map(([key, raw]) => toVdev(raw, key));
}

function toVdev(raw: RawVdev, key: string): ZpoolVdev {
  const name = raw.name ?? key;
  const vdev = { name, type: raw.vdev_type ?? vdevType(name) } as ZpoolVdev;
  if (raw.state !== undefined) vdev.state = raw.state;
  assign(vdev, 'read', jsonNumber(raw.read_errors));
  assign(vdev, 'write', jsonNumber(raw.write_errors));
  assign(vdev, 'cksum', jsonNumber(raw.checksum_errors));
  const slow = jsonNumber(raw.slow_ios);
  if (slow !== undefined) vdev.extraCounts = { slow };
  assign(vdev, 'guid', jsonId(raw.guid));
  if (raw.path !== undefined) vdev.path = raw.path;
  vdev.children = toVdevs(raw.vdevs);
  return vdev;
}

function toScan(stats: Record<string, unknown>): ZpoolScan {
  const fn = (jsonString(stats.function) ?? 'unknown').toLowerCase();
  const state = jsonString(stats.state) ?? '';
  const scan: ZpoolScan = { function: fn, state: 'unknown' };
  if (state === 'NONE' || fn === 'none') scan.state = 'none';
  else if (state === 'SCANNING') scan.state = jsonFlag(stats.scrub_pause) ? 'paused' : 'in-progress';
  else if (state === 'FINISHED') scan.state = 'finished';
  else if (state === 'CANCELED') scan.state = 'canceled';
  if (scan.state === 'none') return scan;
  assign(scan, 'startedAt', jsonDate(stats.start_time));
  if (scan.state === 'finished' || scan.state === 'canceled') assign(scan, 'endedAt', jsonDate(stats.end_time));
  assign(scan, 'total', jsonNumber(stats.to_examine));
  assign(scan, 'scanned', jsonNumber(stats.examined));
  assign(scan, 'issued', jsonNumber(stats.issued));
  const processed = jsonNumber(stats.processed);
  if (processed !== undefined) {
    if (fn === 'resilver') scan.resilvered = processed;
    else scan.repaired = processed;
  }
  assign(scan, 'errors', jsonPlainNumber(stats.errors));
  if (scan.state === 'in-progress' || scan.state === 'paused') {
    const percent = ratio(scan.issued?.value, scan.total?.value);
    if (percent !== undefined) scan.percentDone = percent;
  }
  return scan;
}

function toOperation(stats: Record<string, unknown>, totalKey: string, copiedKey: string): ZpoolOperation {
  const state = jsonString(stats.state) ?? '';
  const op: ZpoolOperation = { state: 'unknown' };
  if (state === 'SCANNING') op.state = jsonFlag(stats.waiting_for_resilver) ? 'paused' : 'in-progress';
  else if (state === 'FINISHED') op.state = 'finished';
  else if (state === 'CANCELED') op.state = 'canceled';
  assign(op, 'vdev', jsonString(stats.name));
  assign(op, 'startedAt', jsonDate(stats.start_time));
  if (op.state === 'finished' || op.state === 'canceled') assign(op, 'endedAt', jsonDate(stats.end_time));
  assign(op, 'total', jsonNumber(stats[totalKey]));
  assign(op, 'copied', jsonNumber(stats[copiedKey]));
  assign(op, 'mappingMemory', jsonNumber(stats.mapping_memory));
  const percent = ratio(op.copied?.value, op.total?.value);
  if (percent !== undefined && op.state !== 'finished') op.percentDone = percent;
  return op;
}

function toCheckpoint(stats: Record<string, unknown>): ZpoolCheckpoint {
  const state = jsonString(stats.state) ?? '';
  const checkpoint: ZpoolCheckpoint = {
    state: state === 'EXISTS' ? 'exists' : state === 'DISCARDING' ? 'discarding' : 'unknown',
  };
  assign(checkpoint, 'createdAt', jsonDate(stats.start_time));
  assign(checkpoint, 'space', jsonNumber(stats.space));
  return checkpoint;
}

function errorFiles(errors: unknown): string[] {
  if (Array.isArray(errors)) return errors.filter((e): e is string => typeof e === 'string');
  if (typeof errors === 'object' && errors !== null) return Object.keys(errors);
  return [];
}

function ratio(part: number | undefined, whole: number | undefined): number | undefined {
  if (part === undefined || whole === undefined || whole <= 0) return undefined;
  return Math.round((part / whole) * 10_000) / 100;
}

function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}
