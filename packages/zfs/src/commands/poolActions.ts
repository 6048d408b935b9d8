import type { ZfsPropertyList } from '../model/zfsProperty.js';
import type { ZpoolEvent, ZpoolEvents } from '../model/zpoolEvents.js';
import type { ZpoolHistory } from '../model/zpoolHistory.js';
import type { ZpoolIostat } from '../model/zpoolIostat.js';
import type { ZpoolList } from '../model/zpoolList.js';
import type { ZpoolStatus } from '../model/zpoolStatus.js';
import { type WatchZpoolEventsParameters, watchZpoolEvents } from '../streams/watchZpoolEvents.js';
import {
  type WatchZpoolIostatParameters,
  watchZpoolIostat,
  type ZpoolIostatUpdate,
} from '../streams/watchZpoolIostat.js';
import type { ZfsCallOptions, ZfsContext } from './zfsContext.js';
import { type ZpoolAddParameters, zpoolAddCommand } from './zpool/zpoolAddCommand.js';
import { type ZpoolAttachParameters, zpoolAttachCommand } from './zpool/zpoolAttachCommand.js';
import { type ZpoolCheckpointParameters, zpoolCheckpointCommand } from './zpool/zpoolCheckpointCommand.js';
import { type ZpoolClearParameters, zpoolClearCommand } from './zpool/zpoolClearCommand.js';
import { type ZpoolCreateParameters, zpoolCreateCommand } from './zpool/zpoolCreateCommand.js';
import { type ZpoolDestroyParameters, zpoolDestroyCommand } from './zpool/zpoolDestroyCommand.js';
import { type ZpoolDetachParameters, zpoolDetachCommand } from './zpool/zpoolDetachCommand.js';
import { type ZpoolEventsParameters, zpoolEventsCommand } from './zpool/zpoolEventsCommand.js';
import { type ZpoolExportParameters, zpoolExportCommand } from './zpool/zpoolExportCommand.js';
import { type ZpoolGetParameters, zpoolGetCommand } from './zpool/zpoolGetCommand.js';
import { type ZpoolHistoryParameters, zpoolHistoryCommand } from './zpool/zpoolHistoryCommand.js';
import { type ZpoolImportParameters, zpoolImportCommand } from './zpool/zpoolImportCommand.js';
import { type ZpoolImportListParameters, zpoolImportListCommand } from './zpool/zpoolImportListCommand.js';
import { type ZpoolIostatParameters, zpoolIostatCommand } from './zpool/zpoolIostatCommand.js';
import { type ZpoolListParameters, zpoolListCommand } from './zpool/zpoolListCommand.js';
import { type ZpoolOfflineParameters, zpoolOfflineCommand } from './zpool/zpoolOfflineCommand.js';
import { type ZpoolOnlineParameters, zpoolOnlineCommand } from './zpool/zpoolOnlineCommand.js';
import { type ZpoolReplaceParameters, zpoolReplaceCommand } from './zpool/zpoolReplaceCommand.js';
import { type ZpoolScrubParameters, zpoolScrubCommand } from './zpool/zpoolScrubCommand.js';
import { type ZpoolSetParameters, zpoolSetCommand } from './zpool/zpoolSetCommand.js';
import { type ZpoolStatusParameters, zpoolStatusCommand } from './zpool/zpoolStatusCommand.js';
import { type ZpoolTrimParameters, zpoolTrimCommand } from './zpool/zpoolTrimCommand.js';
import { type ZpoolUpgradeStatus, zpoolUpgradeStatusCommand } from './zpool/zpoolUpgradeStatusCommand.js';

/**
 * Pool operations of a `createZfs` client (`zfs.pools.*`). Each method builds the matching `zpool...Command`, runs it
 * and parses the output; see those builders for the argv.
 *
 * @example
 * ```ts
 * import { createLocalRunner, createZfs } from '@tn/zfs';
 *
 * const { pools } = createZfs({ runner: createLocalRunner() });
 * const status = await pools.status({ pools: ['tank'] });
 * ```
 */
export type PoolActions = {
  /** `zpool list -H -p`: capacity and health per pool. */
  list(parameters?: ZpoolListParameters, options?: ZfsCallOptions): Promise<ZpoolList>;
  /** `zpool get -H -p`: pool properties. */
  get(parameters?: ZpoolGetParameters, options?: ZfsCallOptions): Promise<ZfsPropertyList>;
  /** `zpool set`. */
  set(parameters: ZpoolSetParameters, options?: ZfsCallOptions): Promise<void>;
  /** `zpool status` (text, or `-j` JSON with `json: true`): vdev trees, scan state, errors. */
  status(parameters?: ZpoolStatusParameters, options?: ZfsCallOptions): Promise<ZpoolStatus>;
  /** `zpool create`; resolves with stdout (the layout, for a dry run). */
  create(parameters: ZpoolCreateParameters, options?: ZfsCallOptions): Promise<string>;
  /** `zpool destroy`. */
  destroy(parameters: ZpoolDestroyParameters, options?: ZfsCallOptions): Promise<void>;
  /** `zpool import` without a pool: the pools that could be imported. */
  importable(parameters?: ZpoolImportListParameters, options?: ZfsCallOptions): Promise<ZpoolStatus>;
  /** `zpool import pool|guid [newname]` or `-a`. */
  import(parameters: ZpoolImportParameters, options?: ZfsCallOptions): Promise<void>;
  /** `zpool export`. */
  export(parameters: ZpoolExportParameters, options?: ZfsCallOptions): Promise<void>;
  /** `zpool add`; resolves with stdout (the layout, for a dry run). */
  add(parameters: ZpoolAddParameters, options?: ZfsCallOptions): Promise<string>;
  /** `zpool attach`. */
  attach(parameters: ZpoolAttachParameters, options?: ZfsCallOptions): Promise<void>;
  /** `zpool detach`. */
  detach(parameters: ZpoolDetachParameters, options?: ZfsCallOptions): Promise<void>;
  /** `zpool replace`. */
  replace(parameters: ZpoolReplaceParameters, options?: ZfsCallOptions): Promise<void>;
  /** `zpool online`. */
  online(parameters: ZpoolOnlineParameters, options?: ZfsCallOptions): Promise<void>;
  /** `zpool offline`. */
  offline(parameters: ZpoolOfflineParameters, options?: ZfsCallOptions): Promise<void>;
  /** `zpool clear`. */
  clear(parameters: ZpoolClearParameters, options?: ZfsCallOptions): Promise<void>;
  /** `zpool scrub` (start, pause or stop). */
  scrub(parameters: ZpoolScrubParameters, options?: ZfsCallOptions): Promise<void>;
  /** `zpool trim` (start, cancel or suspend). */
  trim(parameters: ZpoolTrimParameters, options?: ZfsCallOptions): Promise<void>;
  /** `zpool checkpoint` (take or discard). */
  checkpoint(parameters: ZpoolCheckpointParameters, options?: ZfsCallOptions): Promise<void>;
  /** `zpool history`. */
  history(parameters?: ZpoolHistoryParameters, options?: ZfsCallOptions): Promise<ZpoolHistory>;
  /** `zpool upgrade` (no arguments): which pools could be upgraded. Changes nothing. */
  upgradeStatus(options?: ZfsCallOptions): Promise<ZpoolUpgradeStatus>;
  /** `zpool iostat`: one sample (since boot). */
  iostat(parameters?: ZpoolIostatParameters, options?: ZfsCallOptions): Promise<ZpoolIostat>;
  /** `zpool iostat <interval>` as an async iterator (stop with `break` or the signal). */
  watchIostat(parameters: WatchZpoolIostatParameters): AsyncIterableIterator<ZpoolIostatUpdate>;
  /** `zpool events`: the queued kernel events. */
  events(parameters?: ZpoolEventsParameters, options?: ZfsCallOptions): Promise<ZpoolEvents>;
  /** `zpool events -f` as an async iterator (stop with `break` or the signal). */
  watchEvents(parameters?: WatchZpoolEventsParameters): AsyncIterableIterator<ZpoolEvent>;
};

/**
 * Builds the pool action group over a context (used by `createZfs`).
 *
 * @internal
 */
export function poolActions(context: ZfsContext): PoolActions {
  const { run, runner, legacy } = context;
  const parsable = !legacy;
  return {
    list: async (parameters = {}, options) => run(zpoolListCommand({ parsable, ...parameters }), options),
    get: async (parameters = {}, options) =>
      run(zpoolGetCommand({ parsable, scripted: parsable, ...parameters }), options),
    set: async (parameters, options) => run(zpoolSetCommand(parameters), options),
    status: async (parameters = {}, options) => run(zpoolStatusCommand(parameters), options),
    create: async (parameters, options) => run(zpoolCreateCommand(parameters), options),
    destroy: async (parameters, options) => run(zpoolDestroyCommand(parameters), options),
    importable: async (parameters = {}, options) => run(zpoolImportListCommand(parameters), options),
    import: async (parameters, options) => run(zpoolImportCommand(parameters), options),
    export: async (parameters, options) => run(zpoolExportCommand(parameters), options),
    add: async (parameters, options) => run(zpoolAddCommand(parameters), options),
    attach: async (parameters, options) => run(zpoolAttachCommand(parameters), options),
    detach: async (parameters, options) => run(zpoolDetachCommand(parameters), options),
    replace: async (parameters, options) => run(zpoolReplaceCommand(parameters), options),
    online: async (parameters, options) => run(zpoolOnlineCommand(parameters), options),
    offline: async (parameters, options) => run(zpoolOfflineCommand(parameters), options),
    clear: async (parameters, options) => run(zpoolClearCommand(parameters), options),
    scrub: async (parameters, options) => run(zpoolScrubCommand(parameters), options),
    trim: async (parameters, options) => run(zpoolTrimCommand(parameters), options),
    checkpoint: async (parameters, options) => run(zpoolCheckpointCommand(parameters), options),
    history: async (parameters = {}, options) => run(zpoolHistoryCommand(parameters), options),
    upgradeStatus: async (options) => run(zpoolUpgradeStatusCommand(), options),
    iostat: async (parameters = {}, options) => run(zpoolIostatCommand({ parsable, ...parameters }), options),
    watchIostat: (parameters) => watchZpoolIostat(runner, { parsable, ...parameters }),
    events: async (parameters = {}, options) => run(zpoolEventsCommand(parameters), options),
    watchEvents: (parameters = {}) => watchZpoolEvents(runner, parameters),
  };
}
