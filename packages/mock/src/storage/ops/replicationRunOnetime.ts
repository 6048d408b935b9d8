import { Errno } from '../../errno.js';
import { CallError, ValidationErrors } from '../../errors.js';
import type { JobHelpers } from '../../registry/handlerTypes.js';
import type { StorageDomain } from '../storageDomain.js';
import { emitPool, refreshAlerts } from '../storageEvents.js';
import { poolNameOf } from '../storageState.js';
import type { SnapshotState } from '../storageTypes.js';
import { type ReceiveOptions, receiveDataset } from './replicationCopy.js';

/** The `replication.run_onetime` payload fields the emulation reads (params are validated before). @internal */
export type RunOnetimeData = {
  direction: 'PUSH' | 'PULL';
  transport: 'SSH' | 'SSH+NETCAT' | 'LOCAL';
  source_datasets?: string[];
  target_dataset: string;
  recursive: boolean;
  exclude?: string[];
  properties?: boolean;
  properties_exclude?: string[];
  properties_override?: Record<string, unknown>;
  encryption?: boolean;
  periodic_snapshot_tasks?: number[];
  naming_schema?: string[];
  also_include_naming_schema?: string[];
  name_regex?: string | null;
  allow_from_scratch?: boolean;
  readonly?: 'SET' | 'REQUIRE' | 'IGNORE';
  exclude_mountpoint_property?: boolean;
};

const SCHEMA = 'replication_run_onetime';

const STRFTIME: Record<string, string> = {
  Y: '\\d{4}',
  m: '\\d{2}',
  d: '\\d{2}',
  H: '\\d{2}',
  M: '\\d{2}',
  S: '\\d{2}',
  z: '[+-]\\d{4}',
  '%': '%',
};

/** A naming schema (`auto-%Y-%m-%d_%H-%M`) as an anchored regular expression. @internal */
export function namingSchemaRegex(schema: string): RegExp {
  const body = schema
    .split(/(%.)/)
    .map((part) =>
      part.startsWith('%') && part.length === 2 ? (STRFTIME[part[1] as string] ?? part) : escapeRegex(part),
    )
    .join('');
  return new RegExp(`^${body}$`);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function validate(data: RunOnetimeData): { matches: (name: string) => boolean; source: string } {
  if (data.transport !== 'LOCAL') {
    throw new CallError(
      `tn-mock emulates replication.run_onetime only with transport LOCAL (got ${data.transport}): ` +
        'SSH and SSH+NETCAT need a second system',
      Errno.EINVAL,
    );
  }
  const verrors = new ValidationErrors();
  if (data.direction !== 'PUSH') verrors.add(`${SCHEMA}.direction`, 'Local replication can only be PUSH');
  const regex = data.name_regex ?? null;
  const schemas = data.also_include_naming_schema ?? [];
  if ((data.periodic_snapshot_tasks ?? []).length > 0) {
    verrors.add(`${SCHEMA}.periodic_snapshot_tasks`, 'tn-mock has no periodic snapshot tasks', Errno.ENOENT);
  }
  if (regex === null && schemas.length === 0) {
    verrors.add(
      `${SCHEMA}.name_regex`,
      'You must at least either bind a periodic snapshot task or provide "Also Include Naming Schema" or ' +
        '"Name Regex" for push replication task',
    );
  }
  if (regex !== null && schemas.length > 0) {
    verrors.add(`${SCHEMA}.name_regex`, 'Name regex can not be used together with naming schemas');
  }
  let compiled: RegExp | undefined;
  if (regex !== null) {
    try {
      compiled = new RegExp(`^(?:${regex})$`);
    } catch {
      verrors.add(`${SCHEMA}.name_regex`, 'Invalid regex');
    }
  }
  const sources = data.source_datasets ?? [];
  if (sources.length === 0) verrors.add(`${SCHEMA}.source_datasets`, 'At least one source dataset is required');
  verrors.check();
  if (data.encryption) throw new CallError('tn-mock does not emulate encrypted replication targets', Errno.EINVAL);
  if (sources.length > 1) {
    throw new CallError('tn-mock emulates replication.run_onetime with one source dataset', Errno.EINVAL);
  }
  const patterns = schemas.map(namingSchemaRegex);
  const matches = (name: string) => (compiled ? compiled.test(name) : patterns.some((re) => re.test(name)));
  return { matches, source: sources[0] as string };
}

/**
 * `replication.run_onetime` for transport LOCAL (PUSH): copies the source dataset (and, with `recursive`, its
 * descendants minus `exclude`) at its snapshots matching `name_regex` (a full match) or `also_include_naming_schema`
 * into `target_dataset`, which becomes an independent dataset (no `origin`, own space accounting) holding those
 * snapshots with the source's guids; later runs send only newer snapshots. Properties follow `properties`,
 * `properties_exclude`, `properties_override`, `exclude_mountpoint_property` and `readonly` (`SET` by default).
 * Other transports fail with a `CallError` (the mock only emulates LOCAL); retention policies are accepted but no
 * target snapshot is ever pruned. Returns `null`.
 * @internal
 */
export function runOnetimeReplication(domain: StorageDomain, data: RunOnetimeData, job?: JobHelpers): null {
  const { matches, source } = validate(data);
  const state = domain.state;
  const top = state.datasets.get(source);
  if (!top) throw new CallError(`Source dataset ${source} does not exist`, Errno.ENOENT);
  const target = data.target_dataset;
  if (target === source || target.startsWith(`${source}/`)) {
    throw new CallError(`Target dataset ${target} cannot be inside the source dataset ${source}`, Errno.EINVAL);
  }
  const exclude = new Set(data.exclude ?? []);
  const datasets = [top, ...(data.recursive ? state.descendantsOf(source) : [])].filter((ds) => !exclude.has(ds.name));
  const plan: { name: string; snapshots: SnapshotState[] }[] = datasets
    .map((ds) => ({ name: ds.name, snapshots: state.snapshotsOf(ds.name).filter((s) => matches(s.name)) }))
    .filter((entry) => entry.snapshots.length > 0 || entry.name === source);
  if ((plan[0]?.snapshots.length ?? 0) === 0) {
    throw new CallError(`No snapshots of ${source} match the naming schema or name regex: nothing to replicate`);
  }
  const options: ReceiveOptions = {
    properties: data.properties ?? true,
    propertiesExclude: data.properties_exclude ?? [],
    propertiesOverride: Object.fromEntries(
      Object.entries(data.properties_override ?? {}).map(([key, value]) => [key, String(value)]),
    ),
    excludeMountpoint: data.exclude_mountpoint_property ?? true,
    readonly: data.readonly ?? 'SET',
    allowFromScratch: data.allow_from_scratch ?? false,
  };
  plan.forEach((entry, index) => {
    const ds = state.datasets.get(entry.name);
    if (!ds) return;
    const targetName = target + entry.name.slice(source.length);
    job?.setProgress(Math.floor((index / plan.length) * 100), `Replicating ${entry.name} to ${targetName}`);
    receiveDataset(domain, ds, entry.snapshots, targetName, options);
  });
  const pool = state.poolByName(poolNameOf(target));
  if (pool) emitPool(domain, 'CHANGED', pool);
  refreshAlerts(domain);
  return null;
}
