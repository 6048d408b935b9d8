import type { ZpoolVdev, ZpoolVdevType } from '../../model/zpoolStatusParts.js';
import { parseZfsNumber } from '../parseZfsNumber.js';
import { setRecordValue } from '../safeRecord.js';

/** Names of the config sections that group vdevs below the pool row. */
export type VdevGroup = 'logs' | 'cache' | 'spares' | 'special' | 'dedup';

/**
 * One classified config line: a group header (`logs`, `cache`, ...) or a vdev row, with its indentation width.
 *
 * @internal
 */
export type ConfigRow = { indent: number; group: VdevGroup; vdev?: undefined } | { indent: number; vdev: ZpoolVdev };

const GROUPS: ReadonlySet<string> = new Set(['logs', 'cache', 'spares', 'special', 'dedup']);
const STATE = /^[A-Z][A-Z_]*$/;
const COUNT = /^(?:\d[\d.,]*[KMGTPEZ]?|-)$/;
const GUID = /^\d{15,20}$/;

/**
 * Width of the leading whitespace of `line`, with TABs expanded to the next multiple of 8 (as a terminal shows it).
 *
 * @internal
 */
export function indentWidth(line: string): { width: number; end: number } {
  let width = 0;
  let i = 0;
  for (; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 32) width++;
    else if (code === 9) width = width - (width % 8) + 8;
    else break;
  }
  return { width, end: i };
}

/**
 * Parses one non-blank config line of `zpool status` / `zpool import`.
 *
 * @param line - The line as printed.
 * @param countColumns - Lower-case numeric columns after STATE (`read`, `write`, `cksum`, then e.g. `slow`).
 * @internal
 */
export function parseVdevRow(line: string, countColumns: readonly string[]): ConfigRow {
  const { width, end } = indentWidth(line);
  let start = end;
  let stop = tokenEnd(line, start);
  const name = line.slice(start, stop);
  start = tokenStart(line, stop);
  if (start === line.length && GROUPS.has(name)) return { indent: width, group: name as VdevGroup };

  // Built field by field so that keys come out in schema order, `children` last.
  const vdev = { name, type: vdevType(name) } as ZpoolVdev;
  let position = stop;
  stop = tokenEnd(line, start);
  if (start < line.length && STATE.test(line.slice(start, stop))) {
    vdev.state = line.slice(start, stop);
    position = stop;
    start = tokenStart(line, stop);
    stop = tokenEnd(line, start);
  }
  for (let c = 0; start < line.length && c < countColumns.length; c++) {
    const token = line.slice(start, stop);
    if (!COUNT.test(token)) break;
    const count = parseZfsNumber(token);
    if (count !== undefined) setCount(vdev, countColumns[c] as string, count);
    position = stop;
    start = tokenStart(line, stop);
    stop = tokenEnd(line, start);
  }
  if (start < line.length) applyNote(vdev, line.slice(position).trim());
  if (GUID.test(name)) vdev.guid = name;
  vdev.children = [];
  return { indent: width, vdev };
}

/** Index of the first non-blank character at or after `from` (the line length when none). */
function tokenStart(line: string, from: number): number {
  let i = from;
  for (; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 13) break;
  }
  return i;
}

/** Index just past the token starting at `from`. */
function tokenEnd(line: string, from: number): number {
  let i = from;
  for (; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 32 || code === 9 || code === 13) break;
  }
  return i;
}

function setCount(vdev: ZpoolVdev, column: string, count: NonNullable<ZpoolVdev['read']>): void {
  if (column === 'read' || column === 'write' || column === 'cksum') {
    vdev[column] = count;
    return;
  }
  vdev.extraCounts ??= {};
  setRecordValue(vdev.extraCounts, column, count);
}

function applyNote(vdev: ZpoolVdev, note: string): void {
  vdev.note = note;
  const was = /^was (.+)$/.exec(note);
  if (was !== null) vdev.was = was[1];
  if (note.includes('(resilvering)')) vdev.resilvering = true;
  const trim = /\(([^()]*\btrim[^()]*)\)/.exec(note);
  if (trim !== null) vdev.trim = trim[1];
}

/**
 * Infers the vdev kind from its printed name (see `ZpoolVdevType`).
 *
 * @internal
 */
export function vdevType(name: string): ZpoolVdevType {
  const first = name.charCodeAt(0);
  // Fast path: names starting with '/' or a letter other than m/r/d/s are leaves.
  if (first === 47) return name.startsWith('/dev/') ? 'disk' : 'file';
  if (first === 109 && /^mirror(?:-\d+)?$/.test(name)) return 'mirror';
  if (first === 114) {
    if (/^raidz[1-3]?(?:-\d+)?$/.test(name)) return 'raidz';
    if (/^replacing(?:-\d+)?$/.test(name)) return 'replacing';
  }
  if (first === 100) {
    if (/^draid\d*(?::\w+)*(?:-\d+)?$/.test(name) && name.includes(':')) return 'draid';
    if (/^draid\d+-\d+-\d+$/.test(name)) return 'dspare';
  }
  if (first === 115 && /^spare(?:-\d+)?$/.test(name)) return 'spare';
  return 'disk';
}
