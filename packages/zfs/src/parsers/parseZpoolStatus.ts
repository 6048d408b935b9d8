import { ZfsParseError } from '../errors.js';
import type { ZpoolStatus, ZpoolStatusPool } from '../model/zpoolStatus.js';
import { splitLines } from './lineParser.js';
import { parseZfsDate } from './parseZfsDate.js';
import { parseZpoolStatusJson } from './parseZpoolStatusJson.js';
import { setRecordValue } from './safeRecord.js';
import { classifyStatusLine } from './zpoolStatus/classifyStatusLine.js';
import { orderPool } from './zpoolStatus/orderPool.js';
import { parseCheckpointText, parseExpandText, parseRemoveText } from './zpoolStatus/parseOperationText.js';
import { parseScanText } from './zpoolStatus/parseScanText.js';
import { parseVdevRow } from './zpoolStatus/parseVdevRow.js';
import { VdevTreeBuilder } from './zpoolStatus/vdevTreeBuilder.js';

/** Return type of {@link parseZpoolStatus}.
 *
 * @example
 * ```ts
 * import { parseZpoolStatus, type ParseZpoolStatusReturnType } from '@tn/zfs';
 *
 * const result: ParseZpoolStatusReturnType = parseZpoolStatus(text);
 * ```
 */
export type ParseZpoolStatusReturnType = ZpoolStatus;
/** Errors {@link parseZpoolStatus} can throw.
 *
 * @example
 * ```ts
 * import { parseZpoolStatus, type ParseZpoolStatusErrorType } from '@tn/zfs';
 *
 * try {
 *   parseZpoolStatus(text);
 * } catch (err) {
 *   console.error((err as ParseZpoolStatusErrorType).shortMessage);
 * }
 * ```
 */
export type ParseZpoolStatusErrorType = ZfsParseError;

const MESSAGE = /^\s*(?:all pools are healthy|no pools available.*|pool '[^']*' is healthy)\s*$/;
// `-T u` (epoch seconds) or `-T d` (date) lines printed before each report.
const TIMESTAMP = /^(?:\d{9,11}|[A-Z][a-z]{2} [A-Z][a-z]{2} +\d{1,2} \d{1,2}:\d{2}:\d{2}(?: [A-Z]{1,5})? \d{4})\s*$/;
const DEFAULT_COUNTS = ['read', 'write', 'cksum'] as const;
const SINGLE_VALUE_KEYS: ReadonlySet<string> = new Set(['pool', 'id', 'state']);

type Mode = 'top' | 'config' | 'errors' | 'ddt';

/**
 * Parses `zpool status` output (any version from zfs-fuse/Solaris ` scrub:` lines to OpenZFS 2.3), `zpool status -v`
 * damaged-file lists, `-D` dedup tables, `-t` trim notes, `-s` slow columns and several pools in one output. JSON
 * (`-j`, `--json-int`) is detected and handed to {@link parseZpoolStatusJson}, which returns the same model.
 *
 * Nesting follows indentation, so output whose TABs became spaces parses the same. Cut output (a paste, a `head`)
 * parses as far as it goes; a fragment without a `pool:` line gives a pool with an empty name.
 *
 * @param text - stdout of `zpool status [-v] [-D] [-t] [-s] [-P] [-L] [pool...]`.
 * @returns Every pool in printed order, or `message` for `all pools are healthy` / `no pools available`.
 * @throws {ZfsParseError} When the text does not look like `zpool status` output (names the first bad line).
 *
 * @example
 * ```ts
 * import { parseZpoolStatus } from '@tn/zfs';
 *
 * const { pools } = parseZpoolStatus(stdout);
 * for (const pool of pools) console.log(pool.name, pool.state, pool.scan?.percentDone);
 * ```
 */
export function parseZpoolStatus(text: string): ParseZpoolStatusReturnType {
  if (text.trimStart().startsWith('{')) return parseZpoolStatusJson(text);
  return new StatusTextParser().parse(text);
}

class StatusTextParser {
  private readonly result: ZpoolStatus = { pools: [] };
  private pool: ZpoolStatusPool | undefined;
  private mode: Mode = 'top';
  private paragraphKey: string | undefined;
  private paragraph: string[] = [];
  private tree: VdevTreeBuilder | undefined;
  private counts: readonly string[] = DEFAULT_COUNTS;
  /** True right after a note line, so that a wrapped note paragraph stays one note. */
  private noteOpen = false;

  parse(text: string): ZpoolStatus {
    const lines = splitLines(text);
    for (let i = 0; i < lines.length; i++) this.line(lines[i] as string, i + 1);
    this.flushParagraph();
    this.result.pools = this.result.pools.map(orderPool);
    return this.result;
  }

  private line(text: string, lineNumber: number): void {
    const line = classifyStatusLine(text);
    const continuingNote = this.noteOpen;
    this.noteOpen = false;
    if (line.kind === 'blank') {
      this.flushParagraph();
      if (this.mode === 'config' && this.tree?.started) this.mode = 'top';
      return;
    }
    if (line.kind === 'key' && (line.known || (this.mode !== 'config' && this.mode !== 'ddt'))) {
      if (this.mode !== 'ddt' || line.key === 'pool') {
        this.key(line.key, line.value);
        return;
      }
    }
    if (this.mode === 'ddt') {
      this.pool?.ddt?.lines.push(text.trimEnd());
      return;
    }
    if (line.kind === 'header') {
      this.flushParagraph();
      const pool = this.currentPool(this.pool?.root !== undefined);
      this.startConfig(pool);
      pool.columns = line.columns;
      this.counts = line.columns.length > 0 ? line.columns.map((c) => c.toLowerCase()) : DEFAULT_COUNTS;
      return;
    }
    if (this.mode === 'config') {
      this.tree?.add(parseVdevRow(text, this.counts));
      return;
    }
    if (this.mode === 'errors' && line.kind === 'other' && line.indented) {
      this.pool?.errors?.files.push(text.trim());
      return;
    }
    if (this.paragraphKey !== undefined && line.kind === 'other' && line.indented) {
      this.paragraph.push(text);
      return;
    }
    if (line.kind === 'other' && !line.indented && TIMESTAMP.test(text)) {
      this.result.timestamp ??= parseZfsDate(text);
      return;
    }
    if (this.pool === undefined && this.result.pools.length === 0 && MESSAGE.test(text)) {
      this.result.message = text.trim();
      return;
    }
    if (this.pool === undefined) {
      throw new ZfsParseError('not zpool status output: expected a "pool:" line', { line: lineNumber, text });
    }
    this.flushParagraph();
    const notes = this.pool.notes;
    if (continuingNote && notes.length > 0) notes[notes.length - 1] = `${notes[notes.length - 1]} ${text.trim()}`;
    else notes.push(text.trim());
    this.noteOpen = true;
  }

  private key(key: string, value: string): void {
    this.flushParagraph();
    this.mode = 'top';
    if (key === 'pool') {
      this.pool = this.newPool(value.trim());
      return;
    }
    const pool = this.currentPool(this.isSet(key));
    if (SINGLE_VALUE_KEYS.has(key)) {
      if (key === 'id') pool.id = value;
      else {
        const state = /^(\S+)(?:\s+\((.*)\))?/.exec(value);
        pool.state = state?.[1] ?? value;
        if (state?.[2] !== undefined) pool.stateDetail = state[2];
      }
    } else if (key === 'config') this.startConfig(pool);
    else if (key === 'errors') {
      this.mode = 'errors';
      pool.errors = { text: value, files: [] };
      const count = /^(?:No known (?:data )?errors|(\d+) data errors?)/.exec(value);
      if (count !== null) pool.errors.count = count[1] === undefined ? 0 : Number(count[1]);
    } else if (key === 'dedup') {
      this.mode = 'ddt';
      pool.ddt = { summary: value, lines: [] };
    } else {
      this.paragraphKey = key;
      this.paragraph = [value];
    }
  }

  private isSet(key: string): boolean {
    const pool = this.pool;
    if (pool === undefined) return false;
    switch (key) {
      case 'scrub':
      case 'scan':
        return pool.scan !== undefined;
      case 'config':
        return pool.root !== undefined;
      case 'dedup':
        return pool.ddt !== undefined;
      case 'id':
      case 'state':
      case 'status':
      case 'action':
      case 'see':
      case 'remove':
      case 'checkpoint':
      case 'expand':
      case 'condense':
        return pool[key] !== undefined;
      case 'errors':
        return pool.errors !== undefined;
      default:
        return pool.extra !== undefined && Object.hasOwn(pool.extra, key);
    }
  }

  private currentPool(startNew: boolean): ZpoolStatusPool {
    if (this.pool === undefined || startNew) this.pool = this.newPool('');
    return this.pool;
  }

  private newPool(name: string): ZpoolStatusPool {
    const pool: ZpoolStatusPool = { name, logs: [], cache: [], spares: [], special: [], dedup: [], notes: [] };
    this.result.pools.push(pool);
    this.tree = undefined;
    this.counts = DEFAULT_COUNTS;
    return pool;
  }

  private startConfig(pool: ZpoolStatusPool): void {
    this.mode = 'config';
    if (this.tree === undefined) this.tree = new VdevTreeBuilder(pool);
  }

  private flushParagraph(): void {
    const key = this.paragraphKey;
    const pool = this.pool;
    if (key === undefined || pool === undefined) return;
    const lines = this.paragraph;
    this.paragraphKey = undefined;
    this.paragraph = [];
    switch (key) {
      case 'status':
      case 'action':
        pool[key] = joinParagraph(lines);
        return;
      case 'see': {
        pool.see = joinParagraph(lines);
        const msgid = /ZFS-\d{4}-[0-9A-Z]{2}/.exec(pool.see);
        if (msgid !== null) pool.msgid = msgid[0];
        return;
      }
      case 'scan':
      case 'scrub':
        pool.scan = parseScanText(lines);
        return;
      case 'remove':
        pool.remove = parseRemoveText(lines);
        return;
      case 'expand':
        pool.expand = parseExpandText(lines);
        return;
      case 'checkpoint':
        pool.checkpoint = parseCheckpointText(lines);
        return;
      case 'condense':
        pool.condense = joinParagraph(lines);
        return;
      default:
        pool.extra ??= {};
        setRecordValue(pool.extra, key, joinParagraph(lines));
    }
  }
}

function joinParagraph(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    out = out === '' ? trimmed : `${out} ${trimmed}`;
  }
  return out;
}
