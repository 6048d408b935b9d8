import type { ZfsParseError } from '../errors.js';
import type { UnrecognizedLine } from '../model/unrecognizedLine.js';
import type { ZpoolEventPayload, ZpoolEvents, ZpoolEventValue } from '../model/zpoolEvents.js';
import { unmatchedPolicy } from './lenient.js';
import { LineParser, parseLinesWith } from './lineParser.js';
import { parseZfsDate } from './parseZfsDate.js';
import { setRecordValue } from './safeRecord.js';

/** Parameters of {@link parseZpoolEvents} (the options after the text).
 *
 * @example
 * ```ts
 * import { parseZpoolEvents, type ParseZpoolEventsParameters } from '@tn/zfs';
 *
 * const parse = (text: string, options?: ParseZpoolEventsParameters) => parseZpoolEvents(text, options);
 * ```
 */
export type ParseZpoolEventsParameters = {
  /**
   * Throw on a line that is not events output; with `false`, keep it in `unrecognized`.
   * @default true
   */
  strict?: boolean;
};
/** Return type of {@link parseZpoolEvents}.
 *
 * @example
 * ```ts
 * import { parseZpoolEvents, type ParseZpoolEventsReturnType } from '@tn/zfs';
 *
 * const result: ParseZpoolEventsReturnType = parseZpoolEvents(text);
 * ```
 */
export type ParseZpoolEventsReturnType = ZpoolEvents;
/** Errors {@link parseZpoolEvents} can throw.
 *
 * @example
 * ```ts
 * import { parseZpoolEvents, type ParseZpoolEventsErrorType } from '@tn/zfs';
 *
 * try {
 *   parseZpoolEvents(text);
 * } catch (err) {
 *   console.error((err as ParseZpoolEventsErrorType).shortMessage);
 * }
 * ```
 */
export type ParseZpoolEventsErrorType = ZfsParseError;

type State = {
  events: ZpoolEvents['events'];
  unrecognized?: UnrecognizedLine[];
  /** Open nvlists of the current event: the payload, then nested `(embedded nvlist)` members. */
  stack: ZpoolEventPayload[];
};

function current(state: State): ZpoolEventPayload | undefined {
  return state.stack[state.stack.length - 1];
}

function parseValue(text: string): ZpoolEventValue {
  const quoted = /^"(.*)"$/.exec(text);
  if (quoted !== null) return quoted[1] as string;
  const parts = text.split(/\s+/).filter((part) => part !== '');
  return parts.length === 1 ? (parts[0] as string) : parts;
}

const RULES: LineParser<State>[] = [
  // Most lines of -v output are members: try them first.
  new LineParser(/^\s+(\S+) = (.*?)\s*$/, (state, [, name, value]) => {
    const event = state.events[state.events.length - 1];
    if (event === undefined) return false;
    if (state.stack.length === 0) {
      event.payload = {};
      state.stack.push(event.payload);
    }
    const target = current(state) as ZpoolEventPayload;
    if (value === '(embedded nvlist)') {
      const nested: ZpoolEventPayload = {};
      setRecordValue<ZpoolEventValue>(target, name as string, nested);
      state.stack.push(nested);
    } else if (value === '(array of embedded nvlists)') {
      setRecordValue<ZpoolEventValue>(target, name as string, []);
    } else {
      setRecordValue(target, name as string, parseValue(value as string));
    }
  }),
  new LineParser(/^TIME\s+CLASS\s*$/, () => {}),
  // Mar 25 2015 00:21:12.736548371 resource.fs.zfs.statechange   (TAB-separated with -H)
  new LineParser(
    /^([A-Z][a-z]{2} +\d{1,2} \d{4} \d{1,2}:\d{2}:\d{2}(?:\.\d+)?)\s+(\S+)\s*$/,
    (state, [, time, eventClass]) => {
      state.events.push({ time: parseZfsDate(time as string), class: eventClass as string });
      state.stack = [];
    },
  ),
  new LineParser(/^\s+\(start (\S+?)\[(\d+)\]\)\s*$/, (state, [, name]) => {
    const list = current(state)?.[name as string];
    if (!Array.isArray(list)) return false;
    const item: ZpoolEventPayload = {};
    (list as ZpoolEventPayload[]).push(item);
    state.stack.push(item);
  }),
  new LineParser(/^\s+\(end (\S+?)\)\s*$/, (state) => {
    if (state.stack.length < 2) return false;
    state.stack.pop();
  }),
];

/**
 * Parses `zpool events` (`TIME CLASS` table), `zpool events -H` (TAB-separated) and `zpool events -v` (each event
 * followed by its indented `name = value` nvlist, with `(embedded nvlist)` ... `(end name)` nesting and
 * `(array of embedded nvlists)` lists).
 *
 * @param text - stdout of `zpool events [-v] [-H]`.
 * @param parameters - {@link ParseZpoolEventsParameters}.
 * @returns Events in printed order; `payload` holds the `-v` members (strings unquoted, numbers as printed).
 * @throws {ZfsParseError} On a line that is not events output (unless `strict: false`).
 *
 * @example
 * ```ts
 * import { parseZpoolEvents } from '@tn/zfs';
 *
 * const { events } = parseZpoolEvents('Mar 25 2015 00:21:12.736548371 ereport.fs.zfs.checksum\n        pool = "tank"\n');
 * events[0]?.payload?.pool; // 'tank'
 * ```
 */
export function parseZpoolEvents(
  text: string,
  parameters: ParseZpoolEventsParameters = {},
): ParseZpoolEventsReturnType {
  const { strict = true } = parameters;
  const state = parseLinesWith<State>(text, RULES, { events: [], stack: [] }, unmatchedPolicy(strict));
  const result: ZpoolEvents = { events: state.events };
  if (state.unrecognized !== undefined) result.unrecognized = state.unrecognized;
  return result;
}
