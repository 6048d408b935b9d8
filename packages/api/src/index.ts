export { type ApiClient, type ApiClientOptions, createApiClient } from './createApiClient.js';
export {
  MethodNotSupportedError,
  type MethodNotSupportedErrorParameters,
  type MethodNotSupportedErrorType,
  type NotSupportedReason,
} from './methods/methodNotSupportedError.js';
export type { MethodName, ParamsSchemaOf, ResultSchemaOf } from './methods/methodSpec.js';
export {
  ParamsValidationError,
  type ParamsValidationErrorParameters,
  type ParamsValidationErrorType,
} from './methods/paramsValidationError.js';
export {
  ResultValidationError,
  type ResultValidationErrorParameters,
  type ResultValidationErrorType,
} from './methods/resultValidationError.js';
export type { ServerVersion } from './methods/serverVersion.js';
export type { ValidationIssue } from './methods/validationIssues.js';
export type {
  ApiContext,
  InvokeOptions,
  MethodParams,
  MethodResult,
  ParamAt,
  QueryMethod,
  QueryRow,
} from './namespaces/apiContext.js';
export {
  type GlobalConfigActions,
  type IscsiNamespace,
  iscsiNamespace,
  type NvmetNamespace,
  nvmetNamespace,
} from './namespaces/blockSharing.js';
export { type CrudActions, type CrudPrefix, crudActions } from './namespaces/crud.js';
export { type DatasetsNamespace, datasetsNamespace } from './namespaces/datasets.js';
export { invokeMethod } from './namespaces/invokeMethod.js';
export {
  NotFoundError,
  type NotFoundErrorParameters,
  type NotFoundErrorType,
  toNotFoundError,
} from './namespaces/notFoundError.js';
export { type PoolsNamespace, poolsNamespace } from './namespaces/pools.js';
export { type IterateOptions, iterateQuery, type QueryActions, queryActions } from './namespaces/queryActions.js';
export { type ServicesNamespace, servicesNamespace } from './namespaces/serviceControl.js';
export {
  type AlertsNamespace,
  alertsNamespace,
  type DisksNamespace,
  disksNamespace,
  type JobsNamespace,
  jobsNamespace,
  type SystemNamespace,
  systemNamespace,
} from './namespaces/services.js';
export {
  type SmbShareCreate,
  type SmbShareCreate2504,
  type SmbShareCreate2510,
  type SmbSharesNamespace,
  smbSharesNamespace,
} from './namespaces/smbShares.js';
export {
  type SnapshotMethod,
  type SnapshotOp,
  type SnapshotParam,
  type SnapshotResult,
  type SnapshotRow,
  type SnapshotsNamespace,
  snapshotMethod,
  snapshotsNamespace,
} from './namespaces/snapshots.js';
export {
  VersionFieldError,
  type VersionFieldErrorParameters,
  type VersionFieldErrorType,
} from './namespaces/versionFieldError.js';
export {
  type FilterListConfig,
  type FilterListErrorType,
  type FilterListReturnType,
  filterList,
  type QueryOptionFlag,
} from './query/filterList.js';
export { MatchNotFoundError, type MatchNotFoundErrorType } from './query/matchNotFoundError.js';
export { type OrderRowsConfig, orderRows } from './query/orderRows.js';
export { type ParsedQueryArgs, parseQueryArgs } from './query/parseQueryArgs.js';
export {
  type PythonExceptionName,
  QueryEvaluationError,
  type QueryEvaluationErrorType,
} from './query/queryEvaluationError.js';
export {
  type QueryCondition,
  QueryConditionSchema,
  type QueryFilter,
  type QueryFilterLevelSchema,
  QueryFilterSchema,
  type QueryFilters,
  QueryFiltersSchema,
  QueryOperatorSchema,
  type QueryOrSchema,
} from './query/queryFilterSchema.js';
export {
  QUERY_BASE_OPERATORS,
  QUERY_OPERATORS,
  type QueryBaseOperator,
  type QueryOperator,
} from './query/queryOperators.js';
export { type QueryOptions, QueryOptionsSchema } from './query/queryOptionsSchema.js';
export type {
  QueryPath,
  QueryPathEscape,
  QueryPathSegments,
  QueryPathValue,
  QueryPathWalk,
} from './query/queryPath.js';
export {
  QueryValidationError,
  type QueryValidationErrorType,
  type QueryValidationIssue,
} from './query/queryValidationError.js';
export {
  type QueryBranchLike,
  type QueryBuilder,
  type QueryBuilderCaseInsensitive,
  type QueryBuilderDates,
  type QueryBuilderOperator,
  type QueryFilterLike,
  type QueryOperandKinds,
  type QueryOrderKey,
  type TypedQueryOptions,
  where,
} from './query/where.js';
// workflows: capacity
export { type CapacityDataset, CapacityDatasetSchema } from './workflows/capacity/capacityDataset.js';
export { capacityReport } from './workflows/capacity/capacityReport.js';
export {
  type CapacityEntry,
  CapacityEntrySchema,
  type CapacityReport,
  CapacityReportSchema,
  type CapacityWarning,
  CapacityWarningSchema,
} from './workflows/capacity/capacityReportSchema.js';
export { type CapacityOptions, CapacityOptionsSchema, computeCapacity } from './workflows/capacity/computeCapacity.js';
// workflows: core
export { type AuditRecord, AuditRecordSchema, type AuditSink } from './workflows/core/auditRecord.js';
export { type BusyRetryPolicy, busyReason, withBusyRetry } from './workflows/core/busyRetry.js';
export { type PlannedCall, PlannedCallSchema } from './workflows/core/plannedCall.js';
export { redactSecrets } from './workflows/core/redactSecrets.js';
export {
  type MutationSpec,
  runWorkflow,
  type UndoCall,
  type WorkflowRecord,
  type WorkflowRun,
} from './workflows/core/runWorkflow.js';
export { withVolumeLock } from './workflows/core/withVolumeLock.js';
export type { WorkflowOptions } from './workflows/core/workflowOptions.js';
export {
  type RollbackReport,
  WorkflowStepError,
  type WorkflowStepErrorParameters,
  type WorkflowStepErrorType,
} from './workflows/core/workflowStepError.js';
// workflows: health
export { ALERT_LEVEL_HEALTH, alertLevelHealth } from './workflows/health/alertLevelHealth.js';
export {
  type AssessStorageHealthErrorType,
  type AssessStorageHealthReturnType,
  assessStorageHealth,
} from './workflows/health/assessStorageHealth.js';
export {
  type CheckStorageHealthErrorType,
  type CheckStorageHealthParameters,
  type CheckStorageHealthReturnType,
  checkStorageHealth,
} from './workflows/health/checkStorageHealth.js';
export {
  type AssessStorageHealthParameters,
  AssessStorageHealthParametersSchema,
  type StorageHealth,
  type StorageHealthAlert,
  StorageHealthAlertSchema,
  type StorageHealthConnection,
  StorageHealthConnectionSchema,
  type StorageHealthPool,
  StorageHealthPoolSchema,
  type StorageHealthScan,
  StorageHealthScanSchema,
  StorageHealthSchema,
  type StorageHealthVdev,
  StorageHealthVdevSchema,
} from './workflows/health/storageHealth.schemas.js';
// workflows: orphans
export {
  type CleanupOrphansErrorType,
  type CleanupOrphansParameters,
  type CleanupOrphansReturnType,
  cleanupOrphans,
} from './workflows/orphans/cleanupOrphans.js';
export {
  type DetectOrphansErrorType,
  type DetectOrphansParameters,
  type DetectOrphansReturnType,
  detectOrphans,
} from './workflows/orphans/detectOrphans.js';
export {
  type OrphanCleanup,
  type OrphanCleanupItem,
  OrphanCleanupItemSchema,
  OrphanCleanupSchema,
} from './workflows/orphans/orphanCleanup.js';
export {
  type OrphanCause,
  OrphanCauseSchema,
  type OrphanFinding,
  OrphanFindingSchema,
  type OrphanKind,
  OrphanKindSchema,
} from './workflows/orphans/orphanFinding.js';
export {
  OrphanInputError,
  type OrphanInputErrorParameters,
  type OrphanInputErrorType,
} from './workflows/orphans/orphanInputError.js';
export {
  type OrphanCounts,
  OrphanCountsSchema,
  type OrphanReport,
  OrphanReportSchema,
  type OrphanScope,
  OrphanScopeSchema,
} from './workflows/orphans/orphanReport.js';
// workflows: ownership (provisioning)
export { type ExposureNames, exposureNames } from './workflows/ownership/exposureNames.js';
export { type OwnedRef, ownershipProblem } from './workflows/ownership/ownedObject.js';
export {
  OwnershipMismatchError,
  type OwnershipMismatchErrorParameters,
  type OwnershipMismatchErrorType,
} from './workflows/ownership/ownershipMismatchError.js';
export { verifyOwned } from './workflows/ownership/verifyOwned.js';
export {
  readVolumeMarkers,
  type VolumeMarkers,
  VolumeMarkersSchema,
  volumeMarkerUpdates,
} from './workflows/ownership/volumeMarkers.js';
// workflows: preflight
export {
  type PreflightCheck,
  type PreflightCheckName,
  PreflightCheckNameSchema,
  PreflightCheckSchema,
  type PreflightReport,
} from './workflows/preflight/preflightCheck.js';
export {
  PreflightError,
  type PreflightErrorParameters,
  type PreflightErrorType,
} from './workflows/preflight/preflightError.js';
export {
  type PreflightRequest,
  PreflightRequestSchema,
  type VolumeProtocol,
  VolumeProtocolSchema,
} from './workflows/preflight/preflightRequest.js';
export { preflightVolume } from './workflows/preflight/preflightVolume.js';
export { type PreflightOptions, runPreflightChecks } from './workflows/preflight/runPreflightChecks.js';
// workflows: provisioning
export {
  ConflictError,
  type ConflictErrorParameters,
  type ConflictErrorType,
} from './workflows/provisioning/conflictError.js';
export { deprovisionVolume } from './workflows/provisioning/deprovisionVolume.js';
export {
  type DeprovisionedVolume,
  DeprovisionedVolumeSchema,
  type DeprovisionVolumeRequest,
  DeprovisionVolumeRequestSchema,
  type DeprovisionVolumeResult,
} from './workflows/provisioning/deprovisionVolumeRequest.js';
export { provisionVolume } from './workflows/provisioning/provisionVolume.js';
export {
  IscsiExposeSchema,
  NfsExposeSchema,
  NvmetExposeSchema,
  NvmetHostSchema,
  type ProvisionVolumeRequest,
  ProvisionVolumeRequestSchema,
  SmbExposeSchema,
  VolumeExposeSchema,
} from './workflows/provisioning/provisionVolumeRequest.js';
export {
  type ProvisionedVolume,
  ProvisionedVolumeSchema,
  type ProvisionVolumeResult,
} from './workflows/provisioning/provisionVolumeResult.js';
export {
  VolumeBusyError,
  type VolumeBusyErrorParameters,
  type VolumeBusyErrorType,
} from './workflows/provisioning/volumeBusyError.js';
// workflows: retention
export {
  type ApplySnapshotRetentionErrorType,
  type ApplySnapshotRetentionParameters,
  type ApplySnapshotRetentionReturnType,
  applySnapshotRetention,
} from './workflows/retention/applySnapshotRetention.js';
export { type PlanRetentionParameters, planRetention } from './workflows/retention/planRetention.js';
export {
  RetentionInputError,
  type RetentionInputErrorParameters,
  type RetentionInputErrorType,
  type RetentionInputIssue,
} from './workflows/retention/retentionInputError.js';
export {
  type RetentionKeepReason,
  RetentionKeepReasonSchema,
  type RetentionPlan,
  RetentionPlanSchema,
} from './workflows/retention/retentionPlan.js';
export {
  parseRetentionPolicy,
  type RetentionGfs,
  RetentionGfsSchema,
  type RetentionPolicy,
  RetentionPolicySchema,
} from './workflows/retention/retentionPolicy.js';
export { type RetentionSnapshot, RetentionSnapshotSchema } from './workflows/retention/retentionSnapshot.js';
export {
  SnapshotRetentionError,
  type SnapshotRetentionErrorParameters,
  type SnapshotRetentionErrorType,
} from './workflows/retention/snapshotRetentionError.js';
export { toRetentionSnapshot } from './workflows/retention/toRetentionSnapshot.js';
// workflows: volume operations
export {
  type CloneVolumeRequest,
  CloneVolumeRequestSchema,
  type CloneVolumeResult,
  cloneVolume,
} from './workflows/volumeOps/cloneVolume.js';
export {
  type DetachedCloneRequest,
  DetachedCloneRequestSchema,
  type DetachedCloneResult,
  detachedClone,
} from './workflows/volumeOps/detachedClone.js';
export {
  ResizeVolumeOutcomeSchema,
  type ResizeVolumeRequest,
  ResizeVolumeRequestSchema,
  type ResizeVolumeResult,
  resizeVolume,
} from './workflows/volumeOps/resizeVolume.js';
export {
  type RollbackVolumeRequest,
  RollbackVolumeRequestSchema,
  type RollbackVolumeResult,
  rollbackVolume,
} from './workflows/volumeOps/rollbackVolume.js';
export {
  type SnapshotVolumeRequest,
  SnapshotVolumeRequestSchema,
  type SnapshotVolumeResult,
  snapshotVolume,
} from './workflows/volumeOps/snapshotVolume.js';
export { DatasetNameSchema, SnapshotNameSchema, SnapshotShortNameSchema } from './workflows/volumeOps/volumeNames.js';
export {
  VolumeRequestError,
  type VolumeRequestErrorParameters,
  type VolumeRequestErrorType,
  type VolumeRequestReason,
} from './workflows/volumeOps/volumeRequestError.js';
