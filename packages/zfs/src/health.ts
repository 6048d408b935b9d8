// Browser-safe entry `@tn/zfs/health`: the pool/vdev state tables and the severity combination shared with
// `@tn/api`. Nothing reachable from here may import `node:*` (checked by health.test.ts).
export { HEALTH_SEVERITY, HealthFindings, worseHealth } from './health/healthFindings.js';
export { POOL_STATE_HEALTH, poolStateHealth, VDEV_STATE_HEALTH, vdevStateHealth } from './health/healthTable.js';
export {
  type PoolHealthLevel,
  PoolHealthLevelSchema,
  type PoolHealthSummary,
  PoolHealthSummarySchema,
} from './model/poolHealth.js';
