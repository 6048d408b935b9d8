import type { ApiClient } from '../../createApiClient.js';
import { NotFoundError } from '../../namespaces/notFoundError.js';
import { propertyBytes } from '../capacity/propertyBytes.js';

/** The space figures of a volume (zvol or filesystem) and of its parent, in bytes. @internal */
export type VolumeFacts = {
  name: string;
  type: 'VOLUME' | 'FILESYSTEM';
  volsize: number;
  volblocksize: number;
  refquota: number;
  refreservation: number;
  referenced: number;
  /** `available` of the parent dataset (of the volume itself for a pool root): where growth comes from. */
  parentAvailable: number;
};

const PROPERTIES = ['volsize', 'volblocksize', 'refquota', 'refreservation', 'referenced', 'available'];

/** The parent dataset name, `undefined` for a pool root. @internal */
export function parentDataset(name: string): string | undefined {
  const slash = name.lastIndexOf('/');
  return slash === -1 ? undefined : name.slice(0, slash);
}

/**
 * Reads a volume and its parent in one `pool.dataset.query`.
 *
 * @param api - the API client.
 * @param name - the zvol or filesystem.
 * @returns its {@link VolumeFacts}.
 * @throws `NotFoundError` when the volume does not exist.
 * @internal
 * @example
 * ```ts
 * const facts = await readVolume(api, 'tank/k8s/pvc-1');
 * ```
 */
export async function readVolume(api: ApiClient, name: string): Promise<VolumeFacts> {
  const parent = parentDataset(name);
  const ids = parent === undefined ? [name] : [name, parent];
  const rows = (await api.datasets.query([['id', 'in', ids]], {
    extra: { retrieve_children: false, properties: PROPERTIES },
  })) as Record<string, unknown>[];
  const row = rows.find((r) => r.id === name);
  if (row === undefined) throw new NotFoundError({ method: 'pool.dataset.query', target: [['id', '=', name]] });
  const parentRow = rows.find((r) => r.id === parent) ?? row;
  return {
    name,
    type: row.type === 'VOLUME' ? 'VOLUME' : 'FILESYSTEM',
    volsize: propertyBytes(row, 'volsize'),
    volblocksize: propertyBytes(row, 'volblocksize'),
    refquota: propertyBytes(row, 'refquota'),
    refreservation: propertyBytes(row, 'refreservation'),
    referenced: propertyBytes(row, 'referenced'),
    parentAvailable: propertyBytes(parentRow, 'available'),
  };
}
