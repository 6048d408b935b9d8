import { ZfsParseError } from '../errors.js';
import type { Kstat } from '../model/kstat.js';
import { splitLines } from './lineParser.js';
import { setRecordValue } from './safeRecord.js';

/** Return type of {@link parseKstat}.
 *
 * @example
 * ```ts
 * import { parseKstat, type ParseKstatReturnType } from '@tn/zfs';
 *
 * const result: ParseKstatReturnType = parseKstat(text);
 * ```
 */
export type ParseKstatReturnType = Kstat;
/** Errors {@link parseKstat} can throw.
 *
 * @example
 * ```ts
 * import { parseKstat, type ParseKstatErrorType } from '@tn/zfs';
 *
 * try {
 *   parseKstat(text);
 * } catch (err) {
 *   console.error((err as ParseKstatErrorType).shortMessage);
 * }
 * ```
 */
export type ParseKstatErrorType = ZfsParseError;

const HEADER = /^(\d+) (\d+) (0x[0-9a-fA-F]+) (\d+) (\d+) (\d+) (\d+)\s*$/;
const NAMED_HEADER = /^name\s+type\s+data\s*$/;
const NAMED_ROW = /^(\S+)\s+(\d+)\s+(.*?)\s*$/;

/**
 * Parses a kstat file of `/proc/spl/kstat/zfs`: the `<kid> <type> <flags> <ndata> <data_size> <crtime> <snaptime>`
 * header, then either named rows (`name type data`, e.g. `arcstats`, `objset-N`) or an I/O kstat (a line of column
 * names and a line of values, e.g. `<pool>/io`). Other bodies are kept as `lines`.
 *
 * @param text - The file content.
 * @returns Header fields, values by name (strings, exact) and named value types.
 * @throws {ZfsParseError} When a named row is malformed.
 *
 * @example
 * ```ts
 * import { parseKstat } from '@tn/zfs';
 *
 * const io = parseKstat(ioFileText);
 * BigInt(io.values.nread ?? '0');
 * ```
 */
export function parseKstat(text: string): ParseKstatReturnType {
  const lines = splitLines(text);
  const kstat: Kstat = { kind: 'raw', values: {}, types: {} };
  let index = 0;
  while (index < lines.length && (lines[index] as string).trim() === '') index++;
  const header = HEADER.exec(lines[index] ?? '');
  if (header !== null) {
    kstat.header = {
      kid: Number(header[1]),
      type: Number(header[2]),
      flags: header[3] as string,
      ndata: Number(header[4]),
      dataSize: Number(header[5]),
      crtime: header[6] as string,
      snaptime: header[7] as string,
    };
    index++;
  }
  const body = lines.slice(index).filter((line) => line.trim() !== '');
  const first = body[0] ?? '';
  if (NAMED_HEADER.test(first)) {
    kstat.kind = 'named';
    body.slice(1).forEach((line, offset) => {
      const row = NAMED_ROW.exec(line);
      if (row === null) {
        throw new ZfsParseError('expected a "name type data" row', { line: index + offset + 2, text: line });
      }
      setRecordValue(kstat.values, row[1] as string, row[3] as string);
      setRecordValue(kstat.types, row[1] as string, Number(row[2]));
    });
  } else if (kstat.header?.type === 3 && body.length === 2) {
    kstat.kind = 'io';
    const names = first.trim().split(/\s+/);
    const values = (body[1] as string).trim().split(/\s+/);
    if (names.length !== values.length) {
      throw new ZfsParseError(`expected ${names.length} I/O values, found ${values.length}`, { line: index + 2 });
    }
    names.forEach((name, i) => {
      setRecordValue(kstat.values, name, values[i] as string);
    });
  } else {
    if (kstat.header === undefined) throw new ZfsParseError('not a kstat file: missing header', { line: 1 });
    kstat.lines = body;
  }
  const { header: parsedHeader, ...rest } = kstat;
  return parsedHeader === undefined ? kstat : { header: parsedHeader, ...rest };
}
