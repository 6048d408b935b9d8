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
export type { WorkflowOptions } from './workflows/core/workflowOptions.js';
export {
  type RollbackReport,
  WorkflowStepError,
  type WorkflowStepErrorParameters,
  type WorkflowStepErrorType,
} from './workflows/core/workflowStepError.js';
export {
  readVolumeMarkers,
  type VolumeMarkers,
  VolumeMarkersSchema,
  volumeMarkerUpdates,
} from './workflows/ownership/volumeMarkers.js';

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
  StorageHealthScanSchema,
  StorageHealthSchema,
  type StorageHealthVdev,
  StorageHealthVdevSchema,
} from './workflows/health/storageHealth.schemas.js';
