import type { JobOptions, RpcClient } from '@tn/rpc';
import type { z } from 'zod';
import type { MethodName, ParamsSchemaOf, ResultSchemaOf } from '../methods/methodSpec.js';
import type { ServerVersion } from '../methods/serverVersion.js';

/**
 * What every namespace function needs: the RPC client, the (cached) server version and the result-validation switch.
 * {@link createApiClient} builds one; tests may build their own.
 *
 * @example
 * ```ts
 * import { createClient } from '@tn/rpc';
 * import type { ApiContext } from '@tn/api';
 *
 * const rpc = createClient({ url: 'ws://127.0.0.1:6000/api/current' });
 * const api: ApiContext = { rpc, version: async () => '25.10', validateResults: true };
 * ```
 */
export type ApiContext = {
  /** The connection every call goes through. */
  readonly rpc: RpcClient;
  /** The server's release line (detected once from `system.version`, or pinned). */
  version(): Promise<ServerVersion>;
  /** Validate results against the generated schemas. @default true */
  readonly validateResults: boolean;
};

/**
 * Per-call options, the last argument of every namespace function. Precedence: per call, then client, then default.
 *
 * @example
 * ```ts
 * import type { InvokeOptions } from '@tn/api';
 *
 * const options: InvokeOptions = { timeout: 5_000, validateResult: false, onProgress: (p) => console.log(p.percent) };
 * ```
 */
export type InvokeOptions = {
  /** ms; defaults to the RPC client's timeout (for jobs: no limit). */
  timeout?: number | undefined;
  /** Aborts the call (for jobs: aborts the job on the server). */
  signal?: AbortSignal | undefined;
  /** Validate this call's result; defaults to the client's `validateResults`. */
  validateResult?: boolean | undefined;
  /** Progress of a job method (ignored for plain methods). */
  onProgress?: JobOptions['onProgress'];
  /** May a plain call be re-sent after a connection drop? Defaults to the RPC client's rule. */
  idempotent?: boolean | undefined;
  /** Caller fields merged into the call context (logs, events). */
  context?: Record<string, unknown> | undefined;
};

/**
 * The positional params of method `M`, as callers write them, on any supported server version.
 *
 * @example
 * ```ts
 * import type { MethodParams } from '@tn/api';
 *
 * const params: MethodParams<'pool.dataset.delete'> = ['tank/old', { recursive: true }];
 * ```
 */
export type MethodParams<M extends MethodName> =
  | z.input<ParamsSchemaOf<M, '25.04'>>
  | z.input<ParamsSchemaOf<M, '25.10'>>;

/**
 * The parsed result of method `M` (for job methods: the job's result), on any supported server version.
 *
 * @example
 * ```ts
 * import type { MethodResult } from '@tn/api';
 *
 * declare const version: MethodResult<'system.version'>; // string
 * ```
 */
export type MethodResult<M extends MethodName> =
  | z.output<ResultSchemaOf<M, '25.04'>>
  | z.output<ResultSchemaOf<M, '25.10'>>;

/**
 * Positional param `I` of method `M` (a union over server versions).
 *
 * @example
 * ```ts
 * import type { ParamAt } from '@tn/api';
 *
 * const data: ParamAt<'pool.dataset.create', 0> = { name: 'tank/data' };
 * ```
 */
export type ParamAt<M extends MethodName, I extends number> =
  MethodParams<M> extends infer T ? (T extends readonly unknown[] ? T[I] : never) : never;

/**
 * The `*.query` methods of the schema layer (and `core.get_jobs`, which takes the same filters and options).
 *
 * @example
 * ```ts
 * import type { QueryMethod } from '@tn/api';
 *
 * const method: QueryMethod = 'pool.dataset.query';
 * ```
 */
export type QueryMethod = Extract<MethodName, `${string}.query`> | 'core.get_jobs';

/**
 * One row of query method `M`.
 *
 * @example
 * ```ts
 * import type { QueryRow } from '@tn/api';
 *
 * declare const pool: QueryRow<'pool.query'>;
 * console.log(pool.name, pool.status);
 * ```
 */
export type QueryRow<M extends QueryMethod> = Extract<MethodResult<M>, readonly unknown[]>[number];
