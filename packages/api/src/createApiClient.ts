import { type RpcClient, TnError, TnErrorCode } from '@tn/rpc';
import type { MethodName } from './methods/methodSpec.js';
import { type ServerVersion, toServerVersion } from './methods/serverVersion.js';
import type { ApiContext, InvokeOptions, MethodParams, MethodResult } from './namespaces/apiContext.js';
import { type IscsiNamespace, iscsiNamespace, type NvmetNamespace, nvmetNamespace } from './namespaces/blockSharing.js';
import { type CrudActions, crudActions } from './namespaces/crud.js';
import { type DatasetsNamespace, datasetsNamespace } from './namespaces/datasets.js';
import { invokeMethod } from './namespaces/invokeMethod.js';
import { type PoolsNamespace, poolsNamespace } from './namespaces/pools.js';
import { type ServicesNamespace, servicesNamespace } from './namespaces/serviceControl.js';
import {
  type AlertsNamespace,
  alertsNamespace,
  type DisksNamespace,
  disksNamespace,
  type JobsNamespace,
  jobsNamespace,
  type SystemNamespace,
  systemNamespace,
} from './namespaces/services.js';
import { type SmbSharesNamespace, smbSharesNamespace } from './namespaces/smbShares.js';
import { type SnapshotsNamespace, snapshotsNamespace } from './namespaces/snapshots.js';

/**
 * Options of {@link createApiClient}.
 *
 * @example
 * ```ts
 * import type { ApiClientOptions } from '@tn/api';
 *
 * const options: ApiClientOptions = { validateResults: false, version: '25.04' };
 * ```
 */
export type ApiClientOptions = {
  /** Validate every result against the generated schemas (per call: `validateResult`). @default true */
  validateResults?: boolean | undefined;
  /** Pin the server version instead of asking `system.version` once. @default detected */
  version?: ServerVersion | undefined;
};

/**
 * The typed TrueNAS API: one namespace per service, version-aware, over an `RpcClient` (`@tn/rpc`).
 *
 * @example
 * ```ts
 * import { createApiClient } from '@tn/api';
 *
 * const api = createApiClient(rpc);
 * const pools = await api.pools.query();
 * ```
 */
export type ApiClient = {
  /** The underlying RPC client. */
  readonly rpc: RpcClient;
  /** The server's release line, detected once from `system.version` (or the pinned one). */
  version(): Promise<ServerVersion>;
  /**
   * Calls any covered method by name, with the same checks as the namespaces (version support, strict params,
   * result validation, one `NotFoundError`).
   */
  invoke<M extends MethodName>(method: M, params: MethodParams<M>, call?: InvokeOptions): Promise<MethodResult<M>>;
  /** `system.*`. */ system: SystemNamespace;
  /** `pool.*`. */ pools: PoolsNamespace;
  /** `pool.dataset.*`. */ datasets: DatasetsNamespace;
  /** `pool.snapshot.*` (25.10) / `zfs.snapshot.*` (25.04). */ snapshots: SnapshotsNamespace;
  /** NFS and SMB shares. */
  sharing: {
    /** `sharing.nfs.*`. */ nfs: CrudActions<'sharing.nfs'>;
    /** `sharing.smb.*`. */ smb: SmbSharesNamespace;
  };
  /** `iscsi.*`. */ iscsi: IscsiNamespace;
  /** `nvmet.*` (25.10 only). */ nvmet: NvmetNamespace;
  /** `alert.*`. */ alerts: AlertsNamespace;
  /** `disk.*`. */ disks: DisksNamespace;
  /** `core.get_jobs`, `core.job_abort`, `core.job_wait`. */ jobs: JobsNamespace;
  /** `service.query`, `service.start`, `service.stop` (system services such as `nfs`, `iscsitarget`). */
  services: ServicesNamespace;
};

async function detectVersion(rpc: RpcClient): Promise<ServerVersion> {
  const raw = await rpc.call('system.version');
  const version = typeof raw === 'string' ? toServerVersion(raw) : undefined;
  if (version === undefined) {
    throw new TnError(TnErrorCode.NotSupported, `Unsupported TrueNAS version ${JSON.stringify(raw)}`, {
      metaMessages: ['Supported release lines: 25.04, 25.10. Pin one with createApiClient(rpc, { version }).'],
    });
  }
  return version;
}

/**
 * Wraps an `RpcClient` (`@tn/rpc`) in the typed, version-aware namespaces. The server version is read once from
 * `system.version` (on first use) and cached; pass `version` to pin it.
 *
 * @param rpc - a client from `createClient` of `@tn/rpc`.
 * @param options - {@link ApiClientOptions}.
 * @returns the {@link ApiClient}.
 * @example
 * ```ts
 * import { createClient } from '@tn/rpc';
 * import { createApiClient } from '@tn/api';
 *
 * const rpc = createClient({ url: 'wss://nas.lan/api/current', credentials: { apiKey: process.env.TN_API_KEY! } });
 * const api = createApiClient(rpc);
 * const snap = await api.snapshots.create({ dataset: 'tank/data', name: 'nightly' });
 * ```
 */
export function createApiClient(rpc: RpcClient, options: ApiClientOptions = {}): ApiClient {
  const { validateResults = true, version: pinned } = options;
  let cached: Promise<ServerVersion> | undefined = pinned === undefined ? undefined : Promise.resolve(pinned);
  const version = (): Promise<ServerVersion> => {
    cached ??= detectVersion(rpc).catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
    return cached;
  };
  const api: ApiContext = { rpc, version, validateResults };
  return {
    rpc,
    version,
    invoke: (method, params, call) => invokeMethod(api, method, params, call),
    system: systemNamespace(api),
    pools: poolsNamespace(api),
    datasets: datasetsNamespace(api),
    snapshots: snapshotsNamespace(api),
    sharing: { nfs: crudActions(api, 'sharing.nfs'), smb: smbSharesNamespace(api) },
    iscsi: iscsiNamespace(api),
    nvmet: nvmetNamespace(api),
    alerts: alertsNamespace(api),
    disks: disksNamespace(api),
    jobs: jobsNamespace(api),
    services: servicesNamespace(api),
  };
}
