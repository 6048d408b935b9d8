import type { ZfsDestroyDryRun } from '../model/zfsDestroyDryRun.js';
import type { ZfsDiff } from '../model/zfsDiff.js';
import type { ZfsHolds } from '../model/zfsHolds.js';
import type { ZfsList } from '../model/zfsList.js';
import type { ZfsPropertyList } from '../model/zfsProperty.js';
import type { ZfsSend } from '../model/zfsSend.js';
import {
  type PipeSendReceiveParameters,
  type PipeSendReceiveResult,
  pipeSendReceive,
} from '../streams/pipeSendReceive.js';
import { type ZfsAllowParameters, zfsAllowCommand } from './zfs/zfsAllowCommand.js';
import { type ZfsChangeKeyParameters, zfsChangeKeyCommand } from './zfs/zfsChangeKeyCommand.js';
import { type ZfsCloneParameters, zfsCloneCommand } from './zfs/zfsCloneCommand.js';
import { type ZfsCreateParameters, zfsCreateCommand } from './zfs/zfsCreateCommand.js';
import { type ZfsDestroyParameters, zfsDestroyCommand } from './zfs/zfsDestroyCommand.js';
import { type ZfsDiffParameters, zfsDiffCommand } from './zfs/zfsDiffCommand.js';
import { type ZfsGetParameters, zfsGetCommand } from './zfs/zfsGetCommand.js';
import { type ZfsHoldParameters, zfsHoldCommand } from './zfs/zfsHoldCommand.js';
import { type ZfsHoldsParameters, zfsHoldsCommand } from './zfs/zfsHoldsCommand.js';
import { type ZfsInheritParameters, zfsInheritCommand } from './zfs/zfsInheritCommand.js';
import { type ZfsListParameters, zfsListCommand } from './zfs/zfsListCommand.js';
import { type ZfsLoadKeyParameters, zfsLoadKeyCommand } from './zfs/zfsLoadKeyCommand.js';
import { type ZfsMountParameters, zfsMountCommand } from './zfs/zfsMountCommand.js';
import { type ZfsPromoteParameters, zfsPromoteCommand } from './zfs/zfsPromoteCommand.js';
import { type ZfsReceiveAbortParameters, zfsReceiveAbortCommand } from './zfs/zfsReceiveAbortCommand.js';
import { zfsReleaseCommand } from './zfs/zfsReleaseCommand.js';
import { type ZfsRenameParameters, zfsRenameCommand } from './zfs/zfsRenameCommand.js';
import { type ZfsRollbackParameters, zfsRollbackCommand } from './zfs/zfsRollbackCommand.js';
import type { ZfsSendParameters } from './zfs/zfsSendCommand.js';
import { zfsSendEstimateCommand } from './zfs/zfsSendEstimateCommand.js';
import { type ZfsSetParameters, zfsSetCommand } from './zfs/zfsSetCommand.js';
import { type ZfsShareParameters, zfsShareCommand } from './zfs/zfsShareCommand.js';
import { type ZfsSnapshotParameters, zfsSnapshotCommand } from './zfs/zfsSnapshotCommand.js';
import { type ZfsUnallowParameters, zfsUnallowCommand } from './zfs/zfsUnallowCommand.js';
import { type ZfsUnloadKeyParameters, zfsUnloadKeyCommand } from './zfs/zfsUnloadKeyCommand.js';
import { type ZfsUnmountParameters, zfsUnmountCommand } from './zfs/zfsUnmountCommand.js';
import { type ZfsUnshareParameters, zfsUnshareCommand } from './zfs/zfsUnshareCommand.js';
import type { ZfsCallOptions, ZfsContext } from './zfsContext.js';

/**
 * Dataset operations of a `createZfs` client (`zfs.datasets.*`). Each method builds the matching `zfs...Command`,
 * runs it and parses the output; see those builders for the argv.
 *
 * @example
 * ```ts
 * import { createLocalRunner, createZfs } from '@tn/zfs';
 *
 * const { datasets } = createZfs({ runner: createLocalRunner() });
 * await datasets.snapshot({ names: ['tank/home@before-upgrade'] });
 * ```
 */
export type DatasetActions = {
  /** `zfs list -H -p`: datasets and their properties. */
  list(parameters?: ZfsListParameters, options?: ZfsCallOptions): Promise<ZfsList>;
  /** `zfs get -H -p`: properties with their sources. */
  get(parameters?: ZfsGetParameters, options?: ZfsCallOptions): Promise<ZfsPropertyList>;
  /** `zfs create`: a filesystem, or a volume when `volumeSize` is given. */
  create(parameters: ZfsCreateParameters, options?: ZfsCallOptions): Promise<void>;
  /** `zfs destroy`. */
  destroy(parameters: Omit<ZfsDestroyParameters, 'dryRun'>, options?: ZfsCallOptions): Promise<void>;
  /** `zfs destroy -n -v`: what `destroy` would remove and reclaim, without removing anything. */
  destroyDryRun(parameters: Omit<ZfsDestroyParameters, 'dryRun'>, options?: ZfsCallOptions): Promise<ZfsDestroyDryRun>;
  /** `zfs rename`. */
  rename(parameters: ZfsRenameParameters, options?: ZfsCallOptions): Promise<void>;
  /** `zfs set`. */
  set(parameters: ZfsSetParameters, options?: ZfsCallOptions): Promise<void>;
  /** `zfs inherit`. */
  inherit(parameters: ZfsInheritParameters, options?: ZfsCallOptions): Promise<void>;
  /** `zfs mount`. */
  mount(parameters: ZfsMountParameters, options?: ZfsCallOptions): Promise<void>;
  /** `zfs unmount`. */
  unmount(parameters: ZfsUnmountParameters, options?: ZfsCallOptions): Promise<void>;
  /** `zfs share`. */
  share(parameters: ZfsShareParameters, options?: ZfsCallOptions): Promise<void>;
  /** `zfs unshare`. */
  unshare(parameters: ZfsUnshareParameters, options?: ZfsCallOptions): Promise<void>;
  /** `zfs clone`. */
  clone(parameters: ZfsCloneParameters, options?: ZfsCallOptions): Promise<void>;
  /** `zfs promote`. */
  promote(parameters: ZfsPromoteParameters, options?: ZfsCallOptions): Promise<void>;
  /** `zfs rollback`. */
  rollback(parameters: ZfsRollbackParameters, options?: ZfsCallOptions): Promise<void>;
  /** `zfs snapshot` (atomic over all names). */
  snapshot(parameters: ZfsSnapshotParameters, options?: ZfsCallOptions): Promise<void>;
  /** `zfs hold`. */
  hold(parameters: ZfsHoldParameters, options?: ZfsCallOptions): Promise<void>;
  /** `zfs release`. */
  release(parameters: ZfsHoldParameters, options?: ZfsCallOptions): Promise<void>;
  /** `zfs holds -H`. */
  holds(parameters: ZfsHoldsParameters, options?: ZfsCallOptions): Promise<ZfsHolds>;
  /** `zfs diff -H`. */
  diff(parameters: ZfsDiffParameters, options?: ZfsCallOptions): Promise<ZfsDiff>;
  /** `zfs allow` (delegation). */
  allow(parameters: ZfsAllowParameters, options?: ZfsCallOptions): Promise<void>;
  /** `zfs unallow`. */
  unallow(parameters: ZfsUnallowParameters, options?: ZfsCallOptions): Promise<void>;
  /** `zfs load-key` (a `key` goes through stdin). */
  loadKey(parameters: ZfsLoadKeyParameters, options?: ZfsCallOptions): Promise<void>;
  /** `zfs unload-key`. */
  unloadKey(parameters: ZfsUnloadKeyParameters, options?: ZfsCallOptions): Promise<void>;
  /** `zfs change-key`. */
  changeKey(parameters: ZfsChangeKeyParameters, options?: ZfsCallOptions): Promise<void>;
  /** `zfs send -n -v -P`: the stream size estimate. */
  sendEstimate(parameters: ZfsSendParameters, options?: ZfsCallOptions): Promise<ZfsSend>;
  /** `zfs send ... | zfs receive ...` with progress (see `pipeSendReceive`). */
  sendReceive(parameters: PipeSendReceiveParameters): Promise<PipeSendReceiveResult>;
  /** The `receive_resume_token` of an interrupted resumable receive, or `undefined` when there is none. */
  resumeToken(name: string, options?: ZfsCallOptions): Promise<string | undefined>;
  /** `zfs receive -A`: drop the saved state of an interrupted resumable receive. */
  abortReceive(parameters: ZfsReceiveAbortParameters, options?: ZfsCallOptions): Promise<void>;
};

/**
 * Builds the dataset action group over a context (used by `createZfs`).
 *
 * @internal
 */
export function datasetActions(context: ZfsContext): DatasetActions {
  const { run, runner, legacy } = context;
  const parsable = !legacy;
  return {
    list: async (parameters = {}, options) => run(zfsListCommand({ parsable, ...parameters }), options),
    get: async (parameters = {}, options) => run(zfsGetCommand(parameters), options),
    create: async (parameters, options) => run(zfsCreateCommand(parameters), options),
    destroy: async (parameters, options) => run(zfsDestroyCommand({ ...parameters, dryRun: false }), options),
    destroyDryRun: async (parameters, options) => run(zfsDestroyCommand({ ...parameters, dryRun: true }), options),
    rename: async (parameters, options) => run(zfsRenameCommand(parameters), options),
    set: async (parameters, options) => run(zfsSetCommand(parameters), options),
    inherit: async (parameters, options) => run(zfsInheritCommand(parameters), options),
    mount: async (parameters, options) => run(zfsMountCommand(parameters), options),
    unmount: async (parameters, options) => run(zfsUnmountCommand(parameters), options),
    share: async (parameters, options) => run(zfsShareCommand(parameters), options),
    unshare: async (parameters, options) => run(zfsUnshareCommand(parameters), options),
    clone: async (parameters, options) => run(zfsCloneCommand(parameters), options),
    promote: async (parameters, options) => run(zfsPromoteCommand(parameters), options),
    rollback: async (parameters, options) => run(zfsRollbackCommand(parameters), options),
    snapshot: async (parameters, options) => run(zfsSnapshotCommand(parameters), options),
    hold: async (parameters, options) => run(zfsHoldCommand(parameters), options),
    release: async (parameters, options) => run(zfsReleaseCommand(parameters), options),
    holds: async (parameters, options) => run(zfsHoldsCommand(parameters), options),
    diff: async (parameters, options) => run(zfsDiffCommand(parameters), options),
    allow: async (parameters, options) => run(zfsAllowCommand(parameters), options),
    unallow: async (parameters, options) => run(zfsUnallowCommand(parameters), options),
    loadKey: async (parameters, options) => run(zfsLoadKeyCommand(parameters), options),
    unloadKey: async (parameters, options) => run(zfsUnloadKeyCommand(parameters), options),
    changeKey: async (parameters, options) => run(zfsChangeKeyCommand(parameters), options),
    sendEstimate: async (parameters, options) => run(zfsSendEstimateCommand(parameters), options),
    sendReceive: (parameters) =>
      pipeSendReceive(runner, {
        ...parameters,
        send: { verbose: !legacy, parsable: !legacy, ...parameters.send },
      }),
    resumeToken: async (name, options) => {
      const command = zfsGetCommand({ names: [name], properties: ['receive_resume_token'] });
      const { properties } = await run(command, options);
      const value = properties[0]?.value;
      return value === undefined || value === '-' || value === '' ? undefined : value;
    },
    abortReceive: async (parameters, options) => run(zfsReceiveAbortCommand(parameters), options),
  };
}
