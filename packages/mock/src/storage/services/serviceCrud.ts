import { filterList, type QueryOptions } from '@tn/api';
import { type MethodName, methodSpec } from '@tn/api/schemas';
import { ValidationErrors } from '../../errors.js';
import { getInstanceParams, queryParams } from '../../params/queryParams.js';
import type { VersionProfile } from '../../profile.js';
import type { HandlerContext, MethodDefinition } from '../../registry/handlerTypes.js';
import { nextRowId } from '../nextRowId.js';
import { paramSchema, paramsFor } from '../paramsFor.js';
import { getInstance, instanceNotFound } from '../queryRows.js';
import type { StorageDomain } from '../storageDomain.js';
import { type ServiceRow, type ServicesState, servicesOf } from './servicesState.js';

/** What a validation hook sees. @internal */
export type ValidateContext = {
  domain: StorageDomain;
  services: ServicesState;
  /** The merged row (defaults + old + new data); hooks may fill computed fields in. */
  row: ServiceRow;
  /** The previous row on update. */
  old: ServiceRow | undefined;
  /** The data the client sent. */
  data: Record<string, unknown>;
  /** Attribute name of the data argument on this version (`data`, `iscsi_extent_create`...). */
  attr: string;
  errors: ValidationErrors;
};

/**
 * A CRUD service over one table: defaults, output decoration, validation and delete hooks.
 * @internal
 * @example
 * ```ts
 * const spec: CrudSpec = { namespace: 'iscsi.initiator', verbose: 'Initiator', defaults: () => ({ comment: '' }) };
 * ```
 */
export type CrudSpec = {
  namespace: string;
  /** `InstanceNotFound` prefix (`NFS share`). */
  verbose: string;
  /** Defaults of the create model on this version. */
  defaults(version: VersionProfile): Record<string, unknown>;
  /** Output row (default: the stored row). */
  output?(domain: StorageDomain, row: ServiceRow): Record<string, unknown>;
  /** Validates a create or update; add entries to `ctx.errors`, mutate `ctx.row` to fill computed fields. */
  validate?(ctx: ValidateContext): void;
  /** Runs before a delete (throw to refuse); `params` are the extra delete args. */
  beforeDelete?(domain: StorageDomain, row: ServiceRow, params: readonly unknown[]): void;
  /** Runs after a delete (cascades). */
  afterDelete?(domain: StorageDomain, row: ServiceRow, params: readonly unknown[]): void;
};

/**
 * The output row of a stored row of `spec`.
 * @internal
 * @example
 * ```ts
 * outputOf(domain, spec, row);
 * ```
 */
export function outputOf(domain: StorageDomain, spec: CrudSpec, row: ServiceRow): Record<string, unknown> {
  return spec.output ? spec.output(domain, row) : { ...row };
}

/**
 * Emits `<namespace>.query` for a row: ADDED/CHANGED with fields, REMOVED with the id only.
 * @internal
 * @example
 * ```ts
 * emitRow(domain, spec, 'REMOVED', row);
 * ```
 */
export function emitRow(
  domain: StorageDomain,
  spec: CrudSpec,
  type: 'ADDED' | 'CHANGED' | 'REMOVED',
  row: ServiceRow,
): void {
  const collection = `${spec.namespace}.query`;
  if (type === 'REMOVED') domain.emit(collection, 'REMOVED', { id: row.id });
  else domain.emit(collection, type, { id: row.id, fields: outputOf(domain, spec, row) });
}

/**
 * Removes rows of `spec` matching `pick` (announcing each removal).
 * @internal
 * @example
 * ```ts
 * removeWhere(domain, targetExtentSpec, (r) => r.extent === 3);
 * ```
 */
export function removeWhere(domain: StorageDomain, spec: CrudSpec, pick: (row: ServiceRow) => boolean): void {
  const table = servicesOf(domain).table(spec.namespace);
  for (const row of [...table.values()]) {
    if (!pick(row)) continue;
    table.delete(row.id);
    emitRow(domain, spec, 'REMOVED', row);
  }
}

function argName(method: MethodName, version: VersionProfile, index: number): string {
  const spec = methodSpec(method, version);
  return (spec.supported ? spec.paramNames[index] : undefined) ?? 'data';
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * `query`, `get_instance`, `create`, `update` and `delete` of a {@link CrudSpec}, validated by the method table.
 * @internal
 * @example
 * ```ts
 * registry.register('iscsi.initiator', crudHandlers(domain, initiatorSpec));
 * ```
 */
export function crudHandlers(domain: StorageDomain, spec: CrudSpec): Record<string, MethodDefinition> {
  const v = domain.profile;
  const m = (name: string) => `${spec.namespace}.${name}` as MethodName;
  const table = () => servicesOf(domain).table(spec.namespace);
  const rows = () =>
    servicesOf(domain)
      .list(spec.namespace)
      .map((row) => outputOf(domain, spec, row));
  const save = (data: Record<string, unknown>, old: ServiceRow | undefined, attr: string): ServiceRow => {
    const services = servicesOf(domain);
    const id = old?.id ?? nextRowId(table().keys());
    const row: ServiceRow = { ...spec.defaults(v), ...(old ?? {}), ...data, id };
    const errors = new ValidationErrors();
    spec.validate?.({ domain, services, row, old, data, attr, errors });
    errors.check();
    table().set(id, row);
    emitRow(domain, spec, old ? 'CHANGED' : 'ADDED', row);
    return row;
  };
  const find = (id: unknown): ServiceRow => {
    const row = typeof id === 'number' ? table().get(id) : undefined;
    if (!row) throw instanceNotFound(spec.verbose, id);
    return row;
  };
  return {
    query: {
      params: queryParams(v),
      handler: (ctx: HandlerContext) => {
        const [filters, options] = ctx.params as [unknown[], QueryOptions];
        return filterList(rows(), filters, options);
      },
    },
    get_instance: {
      params: getInstanceParams(v, paramSchema(m('get_instance'), v, 0)),
      handler: (ctx: HandlerContext) => {
        const [id, options] = ctx.params as [number, QueryOptions];
        return getInstance(rows(), 'id', id, options, spec.verbose);
      },
    },
    create: {
      params: paramsFor(m('create'), v),
      handler: (ctx: HandlerContext) =>
        outputOf(domain, spec, save(record(ctx.params[0]), undefined, argName(m('create'), v, 0))),
    },
    update: {
      params: paramsFor(m('update'), v),
      handler: (ctx: HandlerContext) => {
        const old = find(ctx.params[0]);
        return outputOf(domain, spec, save(record(ctx.params[1]), old, argName(m('update'), v, 1)));
      },
    },
    delete: {
      params: paramsFor(m('delete'), v),
      handler: (ctx: HandlerContext) => {
        const row = find(ctx.params[0]);
        const rest = ctx.params.slice(1);
        spec.beforeDelete?.(domain, row, rest);
        table().delete(row.id);
        emitRow(domain, spec, 'REMOVED', row);
        spec.afterDelete?.(domain, row, rest);
        return true;
      },
    },
  };
}

/**
 * `config` and `update` of a singleton service (`iscsi.global`, `nvmet.global`).
 * @internal
 * @example
 * ```ts
 * registry.register('iscsi.global', configHandlers(domain, 'iscsi.global', () => ({ id: 1 })));
 * ```
 */
export function configHandlers(
  domain: StorageDomain,
  namespace: string,
  defaults: () => Record<string, unknown>,
): Record<string, MethodDefinition> {
  const v = domain.profile;
  const current = () => servicesOf(domain).configs.get(namespace) ?? defaults();
  return {
    config: { params: paramsFor(`${namespace}.config` as MethodName, v), handler: () => current() },
    update: {
      params: paramsFor(`${namespace}.update` as MethodName, v),
      handler: (ctx: HandlerContext) => {
        const next = { ...current(), ...record(ctx.params[0]) };
        servicesOf(domain).configs.set(namespace, next);
        domain.emit(`${namespace}.config`, 'CHANGED', { id: 1, fields: next });
        return next;
      },
    },
  };
}
