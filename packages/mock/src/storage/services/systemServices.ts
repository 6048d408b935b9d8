import { filterList, type QueryOptions } from '@tn/api';
import { Errno } from '../../errno.js';
import { CallError } from '../../errors.js';
import { MockErrorCode, MockServerError } from '../../mockServerError.js';
import { queryParams } from '../../params/queryParams.js';
import type { VersionProfile } from '../../profile.js';
import type { MethodDefinition } from '../../registry/handlerTypes.js';
import { paramsFor } from '../paramsFor.js';
import type { StorageDomain } from '../storageDomain.js';
import { type ServiceRow, servicesOf } from './servicesState.js';

/** A state the mock's services can be put in. @internal */
export type ServiceRunState = 'RUNNING' | 'STOPPED';

const TABLE = 'service';

/** `[name, running and enabled by default]`; the sharing protocols run so that shares and targets work out of the box. */
const SEED: readonly (readonly [string, boolean])[] = [
  ['cifs', true],
  ['ftp', false],
  ['iscsitarget', true],
  ['nfs', true],
  ['nvmet', true],
  ['smartd', true],
  ['snmp', false],
  ['ssh', false],
  ['ups', false],
];

/** Services of a release: `nvmet` (NVMe-oF) is 25.10 only, `smartd` left with the SMART rework of 25.10. */
function seedOf(profile: VersionProfile): (readonly [string, boolean])[] {
  return SEED.filter(([name]) => (profile === '25.10' ? name !== 'smartd' : name !== 'nvmet'));
}

/** A plausible pid list: one main process while running. */
function pidsOf(id: number, state: ServiceRunState): number[] {
  return state === 'RUNNING' ? [1000 + id * 17] : [];
}

/**
 * The `service.query` table of the current storage state, seeded for the profile on first use (so `reset()`, which
 * builds a fresh state, restores the seed).
 * @internal
 * @example
 * ```ts
 * serviceRows(domain).find((r) => r.service === 'nfs')?.state; // 'RUNNING'
 * ```
 */
export function serviceRows(domain: StorageDomain): ServiceRow[] {
  const services = servicesOf(domain);
  const table = services.table(TABLE);
  if (table.size === 0) {
    seedOf(domain.profile).forEach(([service, on], i) => {
      const id = i + 1;
      const state: ServiceRunState = on ? 'RUNNING' : 'STOPPED';
      table.set(id, { id, service, enable: on, state, pids: pidsOf(id, state) });
    });
  }
  return services.list(TABLE);
}

function rowOf(domain: StorageDomain, service: string): ServiceRow | undefined {
  return serviceRows(domain).find((row) => row.service === service);
}

/**
 * Puts a service in `state` and announces it (`service.query` CHANGED with the row, like `service.notify_running`).
 * Returns `false` for an unknown service.
 * @internal
 * @example
 * ```ts
 * setRunState(domain, 'iscsitarget', 'STOPPED');
 * ```
 */
export function setRunState(domain: StorageDomain, service: string, state: ServiceRunState): boolean {
  const row = rowOf(domain, service);
  if (!row) return false;
  row.state = state;
  row.pids = pidsOf(row.id, state);
  domain.emit('service.query', 'CHANGED', { id: row.id, fields: { ...row } });
  return true;
}

/**
 * The `server.storage.setServiceState` hook: like {@link setRunState}, but an unknown name or state is a
 * `MockServerError` (`MOCK_INVALID_CONFIG`).
 * @internal
 * @example
 * ```ts
 * setServiceState(domain, 'nfs', 'STOPPED');
 * ```
 */
export function setServiceState(domain: StorageDomain, service: string, state: ServiceRunState): void {
  if (state !== 'RUNNING' && state !== 'STOPPED') {
    throw new MockServerError(MockErrorCode.InvalidConfig, `Unknown service state ${JSON.stringify(state)}`);
  }
  if (!setRunState(domain, service, state)) {
    const known = serviceRows(domain).map((r) => r.service);
    throw new MockServerError(
      MockErrorCode.InvalidConfig,
      `Unknown service ${JSON.stringify(service)} on ${domain.profile} (known: ${known.join(', ')})`,
    );
  }
}

/**
 * `service.query`, `service.start` and `service.stop`. Start/stop are plain calls on both releases that return
 * whether the service ends up running/stopped; an unknown service name is a `CallError` ENOENT (the real server
 * fails with a `KeyError` from its service registry).
 * @internal
 * @example
 * ```ts
 * registry.register('service', systemServiceHandlers(domain));
 * ```
 */
export function systemServiceHandlers(domain: StorageDomain): Record<string, MethodDefinition> {
  const v = domain.profile;
  const control = (state: ServiceRunState) => (ctx: { params: unknown[] }) => {
    const service = ctx.params[0] as string;
    if (!rowOf(domain, service)) throw new CallError(`${service}: service not found`, Errno.ENOENT);
    setRunState(domain, service, state);
    return true;
  };
  return {
    query: {
      params: queryParams(v),
      handler: (ctx) => {
        const [filters, options] = ctx.params as [unknown[], QueryOptions];
        return filterList(
          serviceRows(domain).map((row) => ({ ...row })),
          filters,
          options,
        );
      },
    },
    start: { params: paramsFor('service.start', v), handler: control('RUNNING') },
    stop: { params: paramsFor('service.stop', v), handler: control('STOPPED') },
  };
}
