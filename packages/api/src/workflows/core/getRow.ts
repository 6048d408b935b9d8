import type { ApiClient } from '../../createApiClient.js';
import type { MethodName } from '../../methods/methodSpec.js';
import type { MethodParams } from '../../namespaces/apiContext.js';
import { orMissing } from './orMissing.js';

/**
 * One row by id through `<prefix>.get_instance`, or `undefined` when the id does not exist.
 * @internal
 * @param api - the client.
 * @param prefix - e.g. `iscsi.extent`.
 * @param id - the id.
 * @example
 * ```ts
 * const extent = await getRow(api, 'iscsi.extent', 4);
 * ```
 */
export async function getRow(
  api: ApiClient,
  prefix: string,
  id: number | string | undefined,
): Promise<Record<string, unknown> | undefined> {
  if (id === undefined) return undefined;
  const method = `${prefix}.get_instance` as 'iscsi.extent.get_instance';
  const read = api.invoke(method as MethodName as typeof method, [id] as MethodParams<typeof method>);
  return (await orMissing(read)) as Record<string, unknown> | undefined;
}
