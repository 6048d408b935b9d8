import type { ZpoolScan } from '../../model/zpoolStatusParts.js';
import { parseZfsDate } from '../parseZfsDate.js';
import { parseZfsDuration } from '../parseZfsDuration.js';
import { parseZfsNumber } from '../parseZfsNumber.js';
import { DATE, DURATION, PERCENT, RATE, SIZE, toPercent } from './statusPatterns.js';

const REBUILD = /^resilver(?:ed)? \(([^)]+)\)/;
const FUNCTION = /^(error )?(scrub|resilver)/;
const SINCE = new RegExp(`since (${DATE})`);
const STARTED_ON = new RegExp(`started on (${DATE})`);
const ON_DATE = new RegExp(`on (${DATE})`);
const TOOK = new RegExp(`(?:in|after|for) (${DURATION})(?: with|,|$)`);
const WITH_ERRORS = /with (\d+) errors?/;
const REPAIRED = new RegExp(`(?:repaired (${SIZE})|(${SIZE}) repaired)`);
const RESILVERED = new RegExp(`(?:resilvered (?:\\([^)]*\\) )?(${SIZE}) in|(${SIZE}) resilvered)`);
const SCANNED_OF = new RegExp(`(${SIZE}) / (${SIZE}) scanned(?: at (${RATE}))?`);
const SCANNED_OUT_OF = new RegExp(`(${SIZE}) scanned out of (${SIZE})(?: at (${RATE}))?`);
const SCANNED_AT = new RegExp(`(${SIZE}) scanned at (${RATE})`);
const ISSUED_OF = new RegExp(`(${SIZE}) / (${SIZE}) issued(?: at (${RATE}))?`);
const ISSUED_AT = new RegExp(`(${SIZE}) issued(?: at)? (${RATE})`);
const TOTAL = new RegExp(`(${SIZE}) total`);
const DONE = new RegExp(`(${PERCENT})% done`);
const TO_GO = new RegExp(`(${DURATION}) to go`);

/**
 * Parses the lines of a `scan:` (or old ` scrub:`) block into a {@link ZpoolScan}. Covers the 0.6/0.7
 * (`X scanned out of Y at R`), 0.8+ (`X scanned at R, Y issued at R, Z total`), 2.x (`X / Y scanned ..., X / Y
 * issued ...`), sequential rebuild and zfs-fuse/Solaris (`scrub completed after 0h0m`) formats.
 *
 * @internal
 */
export function parseScanText(lines: readonly string[]): ZpoolScan {
  const text = lines.map((line) => line.trim()).join('\n');
  const flat = text.replaceAll('\n', ', ');
  const head = lines[0]?.trim() ?? '';
  if (/^none requested/.test(head)) return { text, function: 'none', state: 'none' };

  const scan: ZpoolScan = { text, function: 'unknown', state: 'unknown' };
  const rebuild = REBUILD.exec(head);
  const fn = FUNCTION.exec(head);
  if (rebuild !== null) {
    scan.function = 'rebuild';
    scan.vdev = rebuild[1];
  } else if (fn !== null) {
    scan.function = fn[1] === undefined ? (fn[2] as string) : 'errorscrub';
  }
  scan.state = scanState(head);

  const since = SINCE.exec(flat);
  if (since !== null) {
    if (scan.state === 'paused') scan.pausedAt = parseZfsDate(since[1] as string);
    else scan.startedAt = parseZfsDate(since[1] as string);
  }
  const started = STARTED_ON.exec(flat);
  if (started !== null) scan.startedAt = parseZfsDate(started[1] as string);
  if (scan.state === 'finished' || scan.state === 'canceled') {
    const on = ON_DATE.exec(head);
    if (on !== null) scan.endedAt = parseZfsDate(on[1] as string);
  }
  const took = TOOK.exec(head);
  if (took !== null) {
    scan.duration = took[1] as string;
    const seconds = parseZfsDuration(scan.duration);
    if (seconds !== undefined) scan.durationSeconds = seconds;
  }
  const errors = WITH_ERRORS.exec(head);
  if (errors !== null) scan.errors = Number(errors[1]);

  setNumber(scan, 'repaired', REPAIRED.exec(flat), 1, 2);
  setNumber(scan, 'resilvered', RESILVERED.exec(flat), 1, 2);
  parseProgress(scan, flat);
  return scan;
}

function scanState(head: string): ZpoolScan['state'] {
  if (/\bpaused\b/.test(head)) return 'paused';
  if (/in progress/.test(head)) return 'in-progress';
  if (/\b(?:canceled|cancelled|stopped)\b/.test(head)) return 'canceled';
  if (/\bwith \d+ errors?\b|\bcompleted\b|^(?:scrub repaired|resilvered|scrubbed)\b/.test(head)) return 'finished';
  return 'unknown';
}

function parseProgress(scan: ZpoolScan, flat: string): void {
  const scannedOf = SCANNED_OF.exec(flat) ?? SCANNED_OUT_OF.exec(flat);
  if (scannedOf !== null) {
    setNumber(scan, 'scanned', scannedOf, 1);
    setNumber(scan, 'total', scannedOf, 2);
    setNumber(scan, 'scanRate', scannedOf, 3);
  } else {
    const scannedAt = SCANNED_AT.exec(flat);
    setNumber(scan, 'scanned', scannedAt, 1);
    setNumber(scan, 'scanRate', scannedAt, 2);
  }
  const issuedOf = ISSUED_OF.exec(flat);
  if (issuedOf !== null) {
    setNumber(scan, 'issued', issuedOf, 1);
    if (scan.total === undefined) setNumber(scan, 'total', issuedOf, 2);
    setNumber(scan, 'issueRate', issuedOf, 3);
  } else {
    const issuedAt = ISSUED_AT.exec(flat);
    setNumber(scan, 'issued', issuedAt, 1);
    setNumber(scan, 'issueRate', issuedAt, 2);
  }
  if (scan.total === undefined) setNumber(scan, 'total', TOTAL.exec(flat), 1);
  const done = DONE.exec(flat);
  const percent = toPercent(done?.[1]);
  if (percent !== undefined) scan.percentDone = percent;
  const toGo = TO_GO.exec(flat);
  if (toGo !== null) {
    scan.timeToGo = toGo[1] as string;
    const seconds = parseZfsDuration(scan.timeToGo);
    if (seconds !== undefined) scan.timeToGoSeconds = seconds;
  }
}

type NumberKey = 'scanned' | 'issued' | 'total' | 'scanRate' | 'issueRate' | 'repaired' | 'resilvered';

function setNumber(
  scan: ZpoolScan,
  key: NumberKey,
  match: RegExpExecArray | null,
  group: number,
  fallbackGroup?: number,
): void {
  if (match === null) return;
  const text = match[group] ?? (fallbackGroup === undefined ? undefined : match[fallbackGroup]);
  if (text === undefined) return;
  const value = parseZfsNumber(text);
  if (value !== undefined) scan[key] = value;
}
