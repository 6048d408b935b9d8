import type { MethodDefinition } from '../../registry/handlerTypes.js';
import { type RunOnetimeData, runOnetimeReplication } from '../ops/replicationRunOnetime.js';
import { storageParams } from '../paramsFor.js';
import type { StorageDomain } from '../storageDomain.js';

/**
 * `replication.run_onetime` (a job; transport LOCAL only, see `runOnetimeReplication`), with the version's strict
 * params (`mount` exists on 25.10 only).
 * @internal
 */
export function replicationHandlers(domain: StorageDomain): Record<string, MethodDefinition> {
  return {
    run_onetime: {
      job: true,
      params: storageParams('replication.run_onetime', domain.profile),
      handler: (ctx) => runOnetimeReplication(domain, (ctx.params[0] ?? {}) as RunOnetimeData, ctx.job),
    },
  };
}
