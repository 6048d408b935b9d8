import type { ZpoolCheckpoint, ZpoolOperation } from '../../model/zpoolStatusParts.js';
import { parseZfsDate } from '../parseZfsDate.js';
import { parseZfsDuration } from '../parseZfsDuration.js';
import { parseZfsNumber } from '../parseZfsNumber.js';
import { DATE, DURATION, PERCENT, RATE, SIZE, toPercent } from './statusPatterns.js';

// remove: Evacuation of /dev/sdb in progress since <date>
// remove: Removal of vdev 1 copied 1.23G in 0h5m, completed on <date>
// remove: Removal of /dev/sdb canceled on <date>
const EVACUATION = new RegExp(`^Evacuation of (.+?) in progress since (${DATE})`);
const REMOVED = new RegExp(`^Removal of (.+?) copied (${SIZE}) in (${DURATION}), completed on (${DATE})`);
const REMOVE_CANCELED = new RegExp(`^Removal of (.+?) canceled on (${DATE})`);
// expand: expansion of raidz2-0 in progress since <date>
// expand: expanded raidz2-0 copied 944K in 00:02:17, on <date>
const EXPANDING = new RegExp(`^expansion of (\\S+) in progress since (${DATE})`);
const EXPANDED = new RegExp(`^expanded (\\S+) copied (${SIZE}) in (${DURATION}),? on (${DATE})`);
const EXPAND_CANCELED = new RegExp(`^expansion of (\\S+) canceled on (${DATE})`);
// <copied> copied out of <total> at <rate>, 27.03% done, 0h5m to go   (remove)
// <copied> / <total> copied at <rate>, 95.75% done, 00:00:01 to go     (expand)
const COPIED = new RegExp(`(${SIZE})(?: copied out of | / )(${SIZE})(?: copied)?(?: at (${RATE}))?`);
const DONE = new RegExp(`(${PERCENT})% done`);
const TO_GO = new RegExp(`(${DURATION}) to go`);
const MAPPING = new RegExp(`(${SIZE}) memory used for removed device mappings`);
const PAUSED = /paused for resilver/;

/**
 * Parses the lines of a `remove:` block (device evacuation) into a {@link ZpoolOperation}.
 *
 * @internal
 */
export function parseRemoveText(lines: readonly string[]): ZpoolOperation {
  const text = joinLines(lines);
  const head = lines[0]?.trim() ?? '';
  const op: ZpoolOperation = { text, state: 'unknown' };
  const evacuation = EVACUATION.exec(head);
  const removed = evacuation === null ? REMOVED.exec(head) : null;
  const canceled = evacuation === null && removed === null ? REMOVE_CANCELED.exec(head) : null;
  if (evacuation !== null) {
    op.state = 'in-progress';
    op.vdev = evacuation[1];
    op.startedAt = parseZfsDate(evacuation[2] as string);
  } else if (removed !== null) {
    op.state = 'finished';
    op.vdev = removed[1];
    setSize(op, 'copied', removed[2]);
    setDuration(op, removed[3]);
    op.endedAt = parseZfsDate(removed[4] as string);
  } else if (canceled !== null) {
    op.state = 'canceled';
    op.vdev = canceled[1];
    op.endedAt = parseZfsDate(canceled[2] as string);
  }
  parseProgress(op, text);
  const mapping = MAPPING.exec(text);
  if (mapping !== null) setSize(op, 'mappingMemory', mapping[1]);
  return op;
}

/**
 * Parses the lines of an `expand:` block (raidz expansion) into a {@link ZpoolOperation}.
 *
 * @internal
 */
export function parseExpandText(lines: readonly string[]): ZpoolOperation {
  const text = joinLines(lines);
  const head = lines[0]?.trim() ?? '';
  const op: ZpoolOperation = { text, state: 'unknown' };
  const expanding = EXPANDING.exec(head);
  const expanded = expanding === null ? EXPANDED.exec(head) : null;
  const canceled = expanding === null && expanded === null ? EXPAND_CANCELED.exec(head) : null;
  if (expanding !== null) {
    op.state = PAUSED.test(text) ? 'paused' : 'in-progress';
    op.vdev = expanding[1];
    op.startedAt = parseZfsDate(expanding[2] as string);
  } else if (expanded !== null) {
    op.state = 'finished';
    op.vdev = expanded[1];
    setSize(op, 'copied', expanded[2]);
    setDuration(op, expanded[3]);
    op.endedAt = parseZfsDate(expanded[4] as string);
  } else if (canceled !== null) {
    op.state = 'canceled';
    op.vdev = canceled[1];
    op.endedAt = parseZfsDate(canceled[2] as string);
  }
  parseProgress(op, text);
  return op;
}

const CHECKPOINT_CREATED = new RegExp(`^created (${DATE}),? consumes (${SIZE})`);
const CHECKPOINT_DISCARDING = new RegExp(`^discarding(?:, (${SIZE}) remaining)?`);

/**
 * Parses a `checkpoint:` line into a {@link ZpoolCheckpoint}.
 *
 * @internal
 */
export function parseCheckpointText(lines: readonly string[]): ZpoolCheckpoint {
  const text = joinLines(lines);
  const flat = text.replaceAll('\n', ', ');
  const created = CHECKPOINT_CREATED.exec(flat);
  if (created !== null) {
    const checkpoint: ZpoolCheckpoint = { text, state: 'exists', createdAt: parseZfsDate(created[1] as string) };
    const space = parseZfsNumber(created[2] as string);
    if (space !== undefined) checkpoint.space = space;
    return checkpoint;
  }
  const discarding = CHECKPOINT_DISCARDING.exec(flat);
  if (discarding !== null) {
    const checkpoint: ZpoolCheckpoint = { text, state: 'discarding' };
    const space = discarding[1] === undefined ? undefined : parseZfsNumber(discarding[1]);
    if (space !== undefined) checkpoint.space = space;
    return checkpoint;
  }
  return { text, state: 'unknown' };
}

function joinLines(lines: readonly string[]): string {
  return lines.map((line) => line.trim()).join('\n');
}

function parseProgress(op: ZpoolOperation, text: string): void {
  const copied = COPIED.exec(text);
  if (copied !== null) {
    setSize(op, 'copied', copied[1]);
    setSize(op, 'total', copied[2]);
    setSize(op, 'rate', copied[3]);
  }
  const percent = toPercent(DONE.exec(text)?.[1]);
  if (percent !== undefined) op.percentDone = percent;
  const toGo = TO_GO.exec(text);
  if (toGo !== null) {
    op.timeToGo = toGo[1] as string;
    const seconds = parseZfsDuration(op.timeToGo);
    if (seconds !== undefined) op.timeToGoSeconds = seconds;
  }
}

function setSize(op: ZpoolOperation, key: 'copied' | 'total' | 'rate' | 'mappingMemory', text?: string): void {
  if (text === undefined) return;
  const value = parseZfsNumber(text);
  if (value !== undefined) op[key] = value;
}

function setDuration(op: ZpoolOperation, text?: string): void {
  if (text === undefined) return;
  op.duration = text;
  const seconds = parseZfsDuration(text);
  if (seconds !== undefined) op.durationSeconds = seconds;
}
