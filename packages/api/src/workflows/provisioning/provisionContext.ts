import type { ApiClient } from '../../createApiClient.js';
import type { MethodName } from '../../methods/methodSpec.js';
import type { ServerVersion } from '../../methods/serverVersion.js';
import type { MethodParams, MethodResult } from '../../namespaces/apiContext.js';
import type { MutationSpec, WorkflowRun } from '../core/runWorkflow.js';
import type { ExposureNames } from '../ownership/exposureNames.js';
import type { VolumeMarkers } from '../ownership/volumeMarkers.js';
import type { ProvisionVolumeRequest } from './provisionVolumeRequest.js';

/**
 * What the inspection steps of {@link provisionVolume} read from: the client, the validated request, the volume's
 * name, its exposure names, the server version and the markers it already carries (`undefined`: no dataset yet).
 * @internal
 * @example
 * ```ts
 * const plan = await inspectIscsi(scope, request.expose);
 * ```
 */
export type ProvisionScope = {
  api: ApiClient;
  request: ProvisionVolumeRequest;
  volume: string;
  names: ExposureNames;
  version: ServerVersion;
  markers: VolumeMarkers | undefined;
};

/**
 * Every row of `<prefix>.query` (matching `filters`), as plain records.
 * @internal
 * @param api - the client.
 * @param prefix - e.g. `nvmet.port_subsys`.
 * @param filters - query filters.
 * @example
 * ```ts
 * const links = await queryRows(api, 'iscsi.targetextent', [['target', '=', 3]]);
 * ```
 */
export async function queryRows(
  api: ApiClient,
  prefix: string,
  filters: unknown[] = [],
): Promise<Record<string, unknown>[]> {
  const method = `${prefix}.query` as 'iscsi.extent.query';
  const rows = await api.invoke(method as MethodName as typeof method, [filters] as MethodParams<typeof method>);
  return rows as unknown as Record<string, unknown>[];
}

/**
 * Makes (or plans) a create and resolves with the new id and, unless in a dry run, the created row.
 * @internal
 * @param run - the workflow run.
 * @param spec - the create.
 * @example
 * ```ts
 * const { id, row } = await createRow(run, { step: 'create NVMe-oF subsystem', method: 'nvmet.subsys.create', ... });
 * ```
 */
export async function createRow<M extends MethodName>(
  run: WorkflowRun,
  spec: MutationSpec<M>,
): Promise<{ id: number; row: Record<string, unknown> | undefined }> {
  if (run.dryRun) return { id: await run.create(spec), row: undefined };
  const row = (await run.mutate(spec)) as MethodResult<M> & { id: number };
  return { id: row.id, row: row as unknown as Record<string, unknown> };
}

/**
 * The lowest LUN (or NSID) not in `used`, from `first`.
 * @internal
 * @param used - taken numbers.
 * @param first - the lowest allowed.
 * @example
 * ```ts
 * lowestFree([0, 1, 3], 0); // 2
 * ```
 */
export function lowestFree(used: Iterable<unknown>, first = 0): number {
  const taken = new Set(used);
  let n = first;
  while (taken.has(n)) n++;
  return n;
}
