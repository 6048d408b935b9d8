import { summarizePoolHealth } from '../health/summarizePoolHealth.js';
import type { ZpoolStatus, ZpoolStatusPool } from '../model/zpoolStatus.js';
import type { ZpoolVdev } from '../model/zpoolStatusParts.js';
import type { Painter, PaintStyle } from './colors.js';

const STATE_STYLE: Readonly<Record<string, PaintStyle>> = {
  ONLINE: 'green',
  AVAIL: 'green',
  INUSE: 'cyan',
  DEGRADED: 'yellow',
  OFFLINE: 'yellow',
  FAULTED: 'red',
  REMOVED: 'red',
  UNAVAIL: 'red',
  SUSPENDED: 'red',
};

const LEVEL_STYLE: Readonly<Record<string, PaintStyle>> = {
  healthy: 'green',
  degraded: 'yellow',
  critical: 'red',
  unknown: 'yellow',
};

type Row = { label: string; vdev: ZpoolVdev | undefined; heading: boolean };

function treeRows(vdevs: readonly ZpoolVdev[], prefix: string): Row[] {
  return vdevs.flatMap((vdev, index) => {
    const last = index === vdevs.length - 1;
    const row = { label: `${prefix}${last ? '└─ ' : '├─ '}${vdev.name}`, vdev, heading: false };
    return [row, ...treeRows(vdev.children, `${prefix}${last ? '   ' : '│  '}`)];
  });
}

function poolRows(pool: ZpoolStatusPool): Row[] {
  const rows: Row[] = [];
  if (pool.root !== undefined) {
    rows.push({ label: pool.root.name, vdev: pool.root, heading: false }, ...treeRows(pool.root.children, ''));
  }
  const groups: Array<[string, readonly ZpoolVdev[]]> = [
    ['special', pool.special],
    ['dedup', pool.dedup],
    ['logs', pool.logs],
    ['cache', pool.cache],
    ['spares', pool.spares],
  ];
  for (const [name, vdevs] of groups) {
    if (vdevs.length > 0) rows.push({ label: name, vdev: undefined, heading: true }, ...treeRows(vdevs, ''));
  }
  return rows;
}

function count(paint: Painter, value: { value: number; text: string } | undefined, width: number): string {
  const text = (value?.text ?? '').padStart(width);
  return value !== undefined && value.value > 0 ? paint('red', text) : text;
}

function renderPool(pool: ZpoolStatusPool, paint: Painter): string[] {
  const health = summarizePoolHealth(pool);
  const state = pool.state ?? 'UNKNOWN';
  const lines = [`${paint('bold', pool.name || '(unnamed pool)')}  ${paint(STATE_STYLE[state] ?? 'yellow', state)}`];
  if (pool.status) lines.push(`  ${paint('dim', 'status:')} ${pool.status}`);
  if (pool.action) lines.push(`  ${paint('dim', 'action:')} ${pool.action}`);
  if (pool.scan?.text) lines.push(`  ${paint('dim', 'scan:')} ${pool.scan.text.split('\n').join('\n        ')}`);
  const rows = poolRows(pool);
  if (rows.length > 0) {
    const width = Math.max(4, ...rows.map((row) => [...row.label].length));
    const header = `${'NAME'.padEnd(width)}  ${'STATE'.padEnd(8)}${['READ', 'WRITE', 'CKSUM'].map((h) => h.padStart(5)).join(' ')}`;
    lines.push(`  ${paint('dim', header)}`);
    for (const { label, vdev, heading } of rows) {
      if (heading || vdev === undefined) {
        lines.push(`  ${paint('bold', label)}`);
        continue;
      }
      const name = label.padEnd(width + (label.length - [...label].length));
      const vdevState = vdev.state ?? '';
      const counts = [count(paint, vdev.read, 5), count(paint, vdev.write, 5), count(paint, vdev.cksum, 5)].join(' ');
      const note = vdev.note ? `  ${paint('dim', vdev.note)}` : '';
      const stateText = paint(STATE_STYLE[vdevState] ?? 'yellow', vdevState.padEnd(8));
      lines.push(`  ${name}  ${stateText}${vdev.read === undefined ? '' : counts}${note}`.trimEnd());
    }
  }
  if (pool.errors?.text) lines.push(`  ${paint('dim', 'errors:')} ${pool.errors.text}`);
  for (const file of pool.errors?.files ?? []) lines.push(`          ${paint('red', file)}`);
  const level = paint(LEVEL_STYLE[health.level] ?? 'yellow', health.level);
  lines.push(`  ${paint('bold', 'health:')} ${level}`);
  for (const reason of health.reasons) lines.push(`    - ${reason}`);
  return lines;
}

/**
 * Renders a parsed `zpool status` as a coloured tree with a health line per pool (`tn-zfs status`).
 *
 * @param status - Parsed status (text or JSON input).
 * @param paint - Colour function; pass `createPainter(false)` for plain text.
 * @returns The text to print, ending with a newline.
 *
 * @internal
 */
export function renderStatus(status: ZpoolStatus, paint: Painter): string {
  if (status.pools.length === 0) return `${status.message ?? 'no pools'}\n`;
  return `${status.pools.map((pool) => renderPool(pool, paint).join('\n')).join('\n\n')}\n`;
}
