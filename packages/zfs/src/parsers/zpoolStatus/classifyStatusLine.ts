import { indentWidth } from './parseVdevRow.js';

/** Keys `zpool status` / `zpool import` print at the start of a line (`  pool:`, ` scrub:`, `errors:`, ...). */
export const KNOWN_STATUS_KEYS: ReadonlySet<string> = new Set([
  'pool',
  'id',
  'state',
  'status',
  'action',
  'see',
  'scan',
  'scrub',
  'remove',
  'checkpoint',
  'expand',
  'condense',
  'config',
  'errors',
  'dedup',
]);

/**
 * A classified line of `zpool status` text.
 *
 * @internal
 */
export type StatusLine =
  | { kind: 'blank' }
  | { kind: 'key'; key: string; value: string; known: boolean }
  | { kind: 'header'; columns: string[] }
  | { kind: 'other'; indented: boolean };

const KEY = /^[ \t]*([a-z]+):(?:[ \t]+(.*?))?[ \t]*$/;
// Shared results for the common, allocation-free cases (config rows are most of a big output).
const BLANK_LINE: StatusLine = Object.freeze({ kind: 'blank' });
const OTHER_INDENTED: StatusLine = Object.freeze({ kind: 'other', indented: true });
const OTHER_FLAT: StatusLine = Object.freeze({ kind: 'other', indented: false });
const NAME_HEADER = /^[ \t]*NAME[ \t]+STATE\b[ \t]*(.*)$/;
const BLANK = /^[ \t\r]*$/;

/**
 * Classifies one line (the `blank` and `other` results are shared, frozen objects): blank, `key: value` (only when indented less than one TAB stop, so wrapped paragraph text and
 * vdev rows never look like keys), the `NAME STATE READ WRITE CKSUM` header, or anything else.
 *
 * @internal
 */
export function classifyStatusLine(line: string): StatusLine {
  if (BLANK.test(line)) return BLANK_LINE;
  const key = KEY.exec(line);
  if (key !== null && indentWidth(line).width < 8) {
    const name = key[1] as string;
    return { kind: 'key', key: name, value: key[2] ?? '', known: KNOWN_STATUS_KEYS.has(name) };
  }
  const header = NAME_HEADER.exec(line);
  if (header !== null) {
    const rest = (header[1] as string).trim();
    return { kind: 'header', columns: rest === '' ? [] : rest.split(/\s+/) };
  }
  const first = line.charCodeAt(0);
  return first === 32 || first === 9 ? OTHER_INDENTED : OTHER_FLAT;
}
