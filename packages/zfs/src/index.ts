export {
  ARCSTATS_PATH,
  type ReadArcstatsParameters,
  readArcstats,
  runnerFileReader,
  type TextFileReader,
} from './arcstats/readArcstats.js';
export type { DatasetActions } from './commands/datasetActions.js';
export type { PoolActions } from './commands/poolActions.js';
export type { ZfsPropertyValue } from './commands/propertyArgs.js';
export { type ZfsAllowParameters, zfsAllowCommand } from './commands/zfs/zfsAllowCommand.js';
export { type ZfsChangeKeyParameters, zfsChangeKeyCommand } from './commands/zfs/zfsChangeKeyCommand.js';
export { type ZfsCloneParameters, zfsCloneCommand } from './commands/zfs/zfsCloneCommand.js';
export { type ZfsCreateParameters, zfsCreateCommand } from './commands/zfs/zfsCreateCommand.js';
export { type ZfsDestroyParameters, zfsDestroyCommand } from './commands/zfs/zfsDestroyCommand.js';
export { type ZfsDiffParameters, zfsDiffCommand } from './commands/zfs/zfsDiffCommand.js';
export { type ZfsGetParameters, type ZfsPropertySource, zfsGetCommand } from './commands/zfs/zfsGetCommand.js';
export { type ZfsHoldParameters, zfsHoldCommand } from './commands/zfs/zfsHoldCommand.js';
export { type ZfsHoldsParameters, zfsHoldsCommand } from './commands/zfs/zfsHoldsCommand.js';
export { type ZfsInheritParameters, zfsInheritCommand } from './commands/zfs/zfsInheritCommand.js';
export {
  DEFAULT_ZFS_LIST_PROPERTIES,
  type ZfsDatasetType,
  type ZfsListParameters,
  zfsListCommand,
} from './commands/zfs/zfsListCommand.js';
export { type ZfsLoadKeyParameters, zfsLoadKeyCommand } from './commands/zfs/zfsLoadKeyCommand.js';
export { type ZfsMountParameters, zfsMountCommand } from './commands/zfs/zfsMountCommand.js';
export { type ZfsPromoteParameters, zfsPromoteCommand } from './commands/zfs/zfsPromoteCommand.js';
export { type ZfsReceiveAbortParameters, zfsReceiveAbortCommand } from './commands/zfs/zfsReceiveAbortCommand.js';
export { type ZfsReceiveParameters, zfsReceiveCommand } from './commands/zfs/zfsReceiveCommand.js';
export { zfsReleaseCommand } from './commands/zfs/zfsReleaseCommand.js';
export { type ZfsRenameParameters, zfsRenameCommand } from './commands/zfs/zfsRenameCommand.js';
export { type ZfsRollbackParameters, zfsRollbackCommand } from './commands/zfs/zfsRollbackCommand.js';
export { type ZfsSendParameters, zfsSendCommand } from './commands/zfs/zfsSendCommand.js';
export { zfsSendEstimateCommand } from './commands/zfs/zfsSendEstimateCommand.js';
export { type ZfsSetParameters, zfsSetCommand } from './commands/zfs/zfsSetCommand.js';
export { type ZfsShareParameters, zfsShareCommand } from './commands/zfs/zfsShareCommand.js';
export { type ZfsSnapshotParameters, zfsSnapshotCommand } from './commands/zfs/zfsSnapshotCommand.js';
export { type ZfsUnallowParameters, zfsUnallowCommand } from './commands/zfs/zfsUnallowCommand.js';
export { type ZfsUnloadKeyParameters, zfsUnloadKeyCommand } from './commands/zfs/zfsUnloadKeyCommand.js';
export { type ZfsUnmountParameters, zfsUnmountCommand } from './commands/zfs/zfsUnmountCommand.js';
export { type ZfsUnshareParameters, zfsUnshareCommand } from './commands/zfs/zfsUnshareCommand.js';
export type { ZfsCommand, ZfsStreamCommand } from './commands/zfsCommand.js';
export type { ZfsCallOptions } from './commands/zfsContext.js';
export type { PoolTopology, VdevSpec } from './commands/zpool/vdevArgs.js';
export { type ZpoolAddParameters, zpoolAddCommand } from './commands/zpool/zpoolAddCommand.js';
export { type ZpoolAttachParameters, zpoolAttachCommand } from './commands/zpool/zpoolAttachCommand.js';
export { type ZpoolCheckpointParameters, zpoolCheckpointCommand } from './commands/zpool/zpoolCheckpointCommand.js';
export { type ZpoolClearParameters, zpoolClearCommand } from './commands/zpool/zpoolClearCommand.js';
export { type ZpoolCreateParameters, zpoolCreateCommand } from './commands/zpool/zpoolCreateCommand.js';
export { type ZpoolDestroyParameters, zpoolDestroyCommand } from './commands/zpool/zpoolDestroyCommand.js';
export { type ZpoolDetachParameters, zpoolDetachCommand } from './commands/zpool/zpoolDetachCommand.js';
export { type ZpoolEventsParameters, zpoolEventsCommand } from './commands/zpool/zpoolEventsCommand.js';
export { type ZpoolExportParameters, zpoolExportCommand } from './commands/zpool/zpoolExportCommand.js';
export { type ZpoolGetParameters, zpoolGetCommand } from './commands/zpool/zpoolGetCommand.js';
export { type ZpoolHistoryParameters, zpoolHistoryCommand } from './commands/zpool/zpoolHistoryCommand.js';
export { type ZpoolImportParameters, zpoolImportCommand } from './commands/zpool/zpoolImportCommand.js';
export { type ZpoolImportListParameters, zpoolImportListCommand } from './commands/zpool/zpoolImportListCommand.js';
export { type ZpoolIostatParameters, zpoolIostatCommand } from './commands/zpool/zpoolIostatCommand.js';
export {
  DEFAULT_ZPOOL_LIST_PROPERTIES,
  type ZpoolListParameters,
  zpoolListCommand,
} from './commands/zpool/zpoolListCommand.js';
export { type ZpoolOfflineParameters, zpoolOfflineCommand } from './commands/zpool/zpoolOfflineCommand.js';
export { type ZpoolOnlineParameters, zpoolOnlineCommand } from './commands/zpool/zpoolOnlineCommand.js';
export { type ZpoolReplaceParameters, zpoolReplaceCommand } from './commands/zpool/zpoolReplaceCommand.js';
export { type ZpoolScrubParameters, zpoolScrubCommand } from './commands/zpool/zpoolScrubCommand.js';
export { type ZpoolSetParameters, zpoolSetCommand } from './commands/zpool/zpoolSetCommand.js';
export { type ZpoolStatusParameters, zpoolStatusCommand } from './commands/zpool/zpoolStatusCommand.js';
export { type ZpoolTrimParameters, zpoolTrimCommand } from './commands/zpool/zpoolTrimCommand.js';
export { type ZpoolUpgradeStatus, zpoolUpgradeStatusCommand } from './commands/zpool/zpoolUpgradeStatusCommand.js';
export { type CreateZfsParameters, createZfs, type Zfs } from './createZfs.js';
export {
  ZfsCommandError,
  ZfsError,
  ZfsErrorCode,
  type ZfsFailureKind,
  ZfsParseError,
  ZfsTimeoutError,
  ZfsUsageError,
} from './errors.js';
export { classifyFailure } from './exec/classifyFailure.js';
export type {
  CommandRunner,
  ProcessExit,
  RunOptions,
  RunResult,
  SpawnedProcess,
  SpawnOptions,
} from './exec/commandRunner.js';
export { createFakeRunner, type FakeCall, type FakeResponse, type FakeRunner } from './exec/createFakeRunner.js';
export { createLocalRunner, type LocalRunnerOptions } from './exec/createLocalRunner.js';
export { executeCommand } from './exec/executeCommand.js';
export { type ProcessOptions, runCommand, spawnCommand } from './exec/runCommand.js';
export { SUDO_PREFIX, withCommandPrefix } from './exec/withCommandPrefix.js';
export { HEALTH_SEVERITY, HealthFindings, worseHealth } from './health/healthFindings.js';
export { POOL_STATE_HEALTH, poolStateHealth, VDEV_STATE_HEALTH, vdevStateHealth } from './health/healthTable.js';
export {
  type SummarizePoolHealthErrorType,
  type SummarizePoolHealthParameters,
  type SummarizePoolHealthReturnType,
  summarizePoolHealth,
} from './health/summarizePoolHealth.js';
export {
  type ArcStats,
  ArcStatsSchema,
  type Kstat,
  type KstatPoolState,
  KstatPoolStateSchema,
  KstatSchema,
} from './model/kstat.js';
export {
  type PoolHealthLevel,
  PoolHealthLevelSchema,
  type PoolHealthSummary,
  PoolHealthSummarySchema,
} from './model/poolHealth.js';
export { type UnrecognizedLine, UnrecognizedLineSchema } from './model/unrecognizedLine.js';
export { type ZfsDate, ZfsDateSchema } from './model/zfsDate.js';
export { type ZfsDestroyDryRun, ZfsDestroyDryRunSchema } from './model/zfsDestroyDryRun.js';
export { type ZfsDiff, type ZfsDiffEntry, ZfsDiffEntrySchema, ZfsDiffSchema } from './model/zfsDiff.js';
export { type ZfsHold, ZfsHoldSchema, type ZfsHolds, ZfsHoldsSchema } from './model/zfsHolds.js';
export { type ZfsList, type ZfsListRow, ZfsListRowSchema, ZfsListSchema } from './model/zfsList.js';
export { type ZfsNumber, ZfsNumberSchema } from './model/zfsNumber.js';
export {
  type ZfsProperty,
  type ZfsPropertyList,
  ZfsPropertyListSchema,
  ZfsPropertySchema,
} from './model/zfsProperty.js';
export {
  type ZfsReceive,
  ZfsReceiveSchema,
  type ZfsReceiveStream,
  ZfsReceiveStreamSchema,
  type ZfsSend,
  type ZfsSendProgress,
  ZfsSendProgressSchema,
  ZfsSendSchema,
  type ZfsSendStream,
  ZfsSendStreamSchema,
} from './model/zfsSend.js';
export {
  type ZpoolEvent,
  type ZpoolEventPayload,
  ZpoolEventPayloadSchema,
  ZpoolEventSchema,
  type ZpoolEvents,
  ZpoolEventsSchema,
  type ZpoolEventValue,
} from './model/zpoolEvents.js';
export {
  type ZpoolHistory,
  type ZpoolHistoryEntry,
  ZpoolHistoryEntrySchema,
  ZpoolHistorySchema,
} from './model/zpoolHistory.js';
export {
  type ZpoolIostat,
  type ZpoolIostatRow,
  ZpoolIostatRowSchema,
  type ZpoolIostatSample,
  ZpoolIostatSampleSchema,
  ZpoolIostatSchema,
} from './model/zpoolIostat.js';
export {
  type ZpoolList,
  type ZpoolListRow,
  ZpoolListRowSchema,
  ZpoolListSchema,
  type ZpoolListVdev,
  ZpoolListVdevSchema,
} from './model/zpoolList.js';
export {
  type ZpoolErrors,
  ZpoolErrorsSchema,
  type ZpoolStatus,
  type ZpoolStatusPool,
  ZpoolStatusPoolSchema,
  ZpoolStatusSchema,
} from './model/zpoolStatus.js';
export {
  type ZpoolCheckpoint,
  ZpoolCheckpointSchema,
  type ZpoolOperation,
  ZpoolOperationSchema,
  type ZpoolScan,
  ZpoolScanSchema,
  type ZpoolVdev,
  ZpoolVdevBaseSchema,
  ZpoolVdevSchema,
  type ZpoolVdevState,
  type ZpoolVdevType,
} from './model/zpoolStatusParts.js';
export { assertArgument } from './names/assertArgument.js';
export { assertPropertyName, assertPropertyValue } from './names/assertProperty.js';
export { assertZfsName, isValidZfsName, validateZfsName, type ZfsNameKind } from './names/validateZfsName.js';
export {
  type LineContext,
  LineParser,
  parseLinesWith,
  splitLines,
  type UnmatchedLineHandler,
} from './parsers/lineParser.js';
export { type ParseArcstatsErrorType, type ParseArcstatsReturnType, parseArcstats } from './parsers/parseArcstats.js';
export { type ParseKstatErrorType, type ParseKstatReturnType, parseKstat } from './parsers/parseKstat.js';
export {
  type ParseKstatPoolStateErrorType,
  type ParseKstatPoolStateReturnType,
  parseKstatPoolState,
} from './parsers/parseKstatPoolState.js';
export { type ParseZfsDateParameters, parseZfsDate } from './parsers/parseZfsDate.js';
export {
  type ParseZfsDestroyDryRunErrorType,
  type ParseZfsDestroyDryRunParameters,
  type ParseZfsDestroyDryRunReturnType,
  parseZfsDestroyDryRun,
} from './parsers/parseZfsDestroyDryRun.js';
export {
  type ParseZfsDiffErrorType,
  type ParseZfsDiffParameters,
  type ParseZfsDiffReturnType,
  parseZfsDiff,
  unescapeZfsPath,
} from './parsers/parseZfsDiff.js';
export { parseZfsDuration } from './parsers/parseZfsDuration.js';
export {
  type ParseZfsGetErrorType,
  type ParseZfsGetParameters,
  type ParseZfsGetReturnType,
  parseZfsGet,
} from './parsers/parseZfsGet.js';
export { type ParseZfsHoldsErrorType, type ParseZfsHoldsReturnType, parseZfsHolds } from './parsers/parseZfsHolds.js';
export {
  type ParseZfsListErrorType,
  type ParseZfsListParameters,
  type ParseZfsListReturnType,
  parseZfsList,
} from './parsers/parseZfsList.js';
export { parseZfsNumber } from './parsers/parseZfsNumber.js';
export {
  type ParseZfsReceiveErrorType,
  type ParseZfsReceiveParameters,
  type ParseZfsReceiveReturnType,
  parseZfsReceive,
} from './parsers/parseZfsReceive.js';
export {
  type ParseZfsSendErrorType,
  type ParseZfsSendParameters,
  type ParseZfsSendReturnType,
  parseZfsSend,
} from './parsers/parseZfsSend.js';
export {
  type ParseZpoolEventsErrorType,
  type ParseZpoolEventsParameters,
  type ParseZpoolEventsReturnType,
  parseZpoolEvents,
} from './parsers/parseZpoolEvents.js';
export {
  type ParseZpoolGetErrorType,
  type ParseZpoolGetParameters,
  type ParseZpoolGetReturnType,
  parseZpoolGet,
} from './parsers/parseZpoolGet.js';
export {
  type ParseZpoolHistoryErrorType,
  type ParseZpoolHistoryParameters,
  type ParseZpoolHistoryReturnType,
  parseZpoolHistory,
} from './parsers/parseZpoolHistory.js';
export {
  type ParseZpoolImportErrorType,
  type ParseZpoolImportReturnType,
  parseZpoolImport,
} from './parsers/parseZpoolImport.js';
export {
  type ParseZpoolIostatErrorType,
  type ParseZpoolIostatParameters,
  type ParseZpoolIostatReturnType,
  parseZpoolIostat,
} from './parsers/parseZpoolIostat.js';
export {
  type ParseZpoolListErrorType,
  type ParseZpoolListParameters,
  type ParseZpoolListReturnType,
  parseZpoolList,
} from './parsers/parseZpoolList.js';
export {
  type ParseZpoolStatusErrorType,
  type ParseZpoolStatusReturnType,
  parseZpoolStatus,
} from './parsers/parseZpoolStatus.js';
export {
  type ParseZpoolStatusJsonErrorType,
  type ParseZpoolStatusJsonReturnType,
  parseZpoolStatusJson,
} from './parsers/parseZpoolStatusJson.js';
export { parseJsonSafe } from './parsers/safeJson.js';
export {
  type PipeSendReceiveParameters,
  type PipeSendReceiveResult,
  pipeSendReceive,
  type SendReceiveEvent,
} from './streams/pipeSendReceive.js';
export { type WatchZpoolEventsParameters, watchZpoolEvents } from './streams/watchZpoolEvents.js';
export {
  type WatchZpoolIostatParameters,
  watchZpoolIostat,
  type ZpoolIostatUpdate,
} from './streams/watchZpoolIostat.js';
