import type { StorageDomain } from '../storageDomain.js';

/** A stored service row (datastore shape, before output decoration). @internal */
export type ServiceRow = Record<string, unknown> & { id: number };

/**
 * The service tables of one storage state (shares, iSCSI, NVMe-oF). Kept per `StorageState` object, so
 * `server.reset()` (which builds a fresh state) also empties every service table.
 * @internal
 * @example
 * ```ts
 * const services = servicesOf(domain);
 * services.table('sharing.nfs').size; // 0 after reset
 * ```
 */
export class ServicesState {
  readonly #tables = new Map<string, Map<number, ServiceRow>>();
  /** Singleton configs (`iscsi.global`, `nvmet.global`). */
  readonly configs = new Map<string, Record<string, unknown>>();
  /** Simulated live iSCSI sessions by target name. */
  readonly sessions = new Map<string, number>();

  /** The table of a namespace (created empty on first use). */
  table(namespace: string): Map<number, ServiceRow> {
    let table = this.#tables.get(namespace);
    if (!table) {
      table = new Map();
      this.#tables.set(namespace, table);
    }
    return table;
  }

  /** Rows of a namespace in id order. */
  list(namespace: string): ServiceRow[] {
    return [...this.table(namespace).values()].sort((a, b) => a.id - b.id);
  }
}

const STATES = new WeakMap<object, ServicesState>();

/**
 * The {@link ServicesState} of the domain's current storage state.
 * @internal
 * @example
 * ```ts
 * servicesOf(domain).sessions.set('target0', 1);
 * ```
 */
export function servicesOf(domain: StorageDomain): ServicesState {
  let services = STATES.get(domain.state);
  if (!services) {
    services = new ServicesState();
    STATES.set(domain.state, services);
  }
  return services;
}

/**
 * Whether `zvol/<name>` names an existing zvol.
 * @internal
 * @example
 * ```ts
 * zvolExists(domain, 'zvol/tank/vm0'); // true when tank/vm0 is a VOLUME
 * ```
 */
export function zvolExists(domain: StorageDomain, device: unknown): boolean {
  if (typeof device !== 'string' || !device.startsWith('zvol/')) return false;
  return domain.state.datasets.get(device.slice('zvol/'.length))?.type === 'VOLUME';
}

/**
 * The dataset a `/mnt/<dataset>` path is the mountpoint of (filesystems only), else `undefined`.
 * @internal
 * @example
 * ```ts
 * datasetOfPath(domain, '/mnt/tank/media'); // 'tank/media'
 * ```
 */
export function datasetOfPath(domain: StorageDomain, path: unknown): string | undefined {
  if (typeof path !== 'string' || !path.startsWith('/mnt/')) return undefined;
  const name = path.slice('/mnt/'.length).replace(/\/+$/, '');
  return domain.state.datasets.get(name)?.type === 'FILESYSTEM' ? name : undefined;
}

/**
 * Whether `path` is `/mnt/<dataset>` or below it.
 * @internal
 * @example
 * ```ts
 * pathUnder('/mnt/tank/a/b', 'tank/a'); // true
 * ```
 */
export function pathUnder(path: unknown, dataset: string): boolean {
  if (typeof path !== 'string') return false;
  const base = `/mnt/${dataset}`;
  return path === base || path.startsWith(`${base}/`);
}
