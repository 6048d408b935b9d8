import { isTnError } from '@tn/rpc';
import type { ApiClient } from '../../createApiClient.js';
import type { ServerVersion } from '../../methods/serverVersion.js';
import { isZfsPropertyObject, parsedNumber } from '../../zfsProperty/zfsPropertySchema.js';
import { formatBytes } from '../capacity/formatBytes.js';
import type { ProbeCall } from './connectionProbe.js';
import type { PreflightCheck, PreflightCheckName } from './preflightCheck.js';
import type { VolumeProtocol } from './preflightRequest.js';

/** The service each protocol needs, with its name in messages. @internal */
export const PROTOCOL_SERVICES = {
  iscsi: { service: 'iscsitarget', label: 'iSCSI' },
  nvmet: { service: 'nvmet', label: 'NVMe-oF' },
  nfs: { service: 'nfs', label: 'NFS' },
  smb: { service: 'cifs', label: 'SMB' },
} as const;

function reason(error: unknown): string {
  if (isTnError(error)) return error.shortMessage;
  return error instanceof Error ? error.message : String(error);
}

/** Runs a probe; a rejection becomes a failed check naming the error. @internal */
export async function guarded<T extends { check: PreflightCheck }>(
  name: PreflightCheckName,
  what: string,
  probe: () => Promise<T>,
): Promise<T | { check: PreflightCheck }> {
  try {
    return await probe();
  } catch (error) {
    return {
      check: {
        name,
        status: 'failed',
        message: `Could not check ${what}: ${reason(error)}`,
        remedy: 'make sure the API user may read it (READONLY_ADMIN or a broader role) and retry',
      },
    };
  }
}

/** The `version` check. @internal */
export async function probeVersion(
  api: ApiClient,
  protocol: VolumeProtocol,
): Promise<{ check: PreflightCheck; version?: ServerVersion }> {
  const version = await api.version();
  if (protocol === 'nvmet' && version !== '25.10') {
    return {
      version,
      check: {
        name: 'version',
        status: 'failed',
        message: `NVMe-oF needs TrueNAS 25.10 (this server runs ${version})`,
        remedy: 'upgrade the server to 25.10, or use protocol iscsi',
      },
    };
  }
  return { version, check: { name: 'version', status: 'passed', message: `TrueNAS ${version}` } };
}

/** The `service` check: `service.query` for the protocol's service, which must be RUNNING. @internal */
export async function probeService(
  api: ApiClient,
  protocol: keyof typeof PROTOCOL_SERVICES,
  call: ProbeCall,
): Promise<{ check: PreflightCheck }> {
  const { service, label } = PROTOCOL_SERVICES[protocol];
  const [row] = await api.services.query([['service', '=', service]], {}, call);
  if (row === undefined) {
    const check: PreflightCheck = {
      name: 'service',
      status: 'failed',
      message: `The ${label} service (${service}) does not exist on this server`,
      remedy: 'check the TrueNAS edition and version, or pick another protocol',
    };
    return { check };
  }
  if (row.state !== 'RUNNING') {
    const check: PreflightCheck = {
      name: 'service',
      status: 'failed',
      message: `${label} service is ${row.state}`,
      remedy:
        `start it with api.services.start('${service}') or in the UI (System > Services), and enable ` +
        "'Start Automatically' so it survives a reboot",
    };
    return { check };
  }
  const boot = row.enable ? '' : ' (not set to start at boot)';
  return { check: { name: 'service', status: 'passed', message: `${label} service is RUNNING${boot}` } };
}

/** The `parent` check; also returns the parent's `available` bytes for the space check. @internal */
export async function probeParent(
  api: ApiClient,
  parent: string,
  call: ProbeCall,
): Promise<{ check: PreflightCheck; available?: number }> {
  const extra = { retrieve_children: false, properties: ['available'] };
  const [row] = await api.datasets.query([['id', '=', parent]], { extra }, call);
  if (row === undefined) {
    const check: PreflightCheck = {
      name: 'parent',
      status: 'failed',
      message: `Parent dataset ${parent} does not exist`,
      remedy: `create it (api.datasets.create({ name: '${parent}' })) or pass an existing parent`,
    };
    return { check };
  }
  if (row.type === 'VOLUME') {
    const check: PreflightCheck = {
      name: 'parent',
      status: 'failed',
      message: `Parent ${parent} is a zvol; volumes can only be created below a filesystem`,
      remedy: 'pass a filesystem dataset as the parent',
    };
    return { check };
  }
  const available = isZfsPropertyObject(row.available) ? parsedNumber(row.available) : undefined;
  const check: PreflightCheck = { name: 'parent', status: 'passed', message: `Parent dataset ${parent} exists` };
  return available === undefined ? { check } : { check, available };
}

/** The `space` check (pure): `available >= ceil(sizeBytes * (1 + headroom))`. @internal */
export function spaceCheck(
  parent: string,
  available: number | undefined,
  sizeBytes: number,
  headroom: number,
): PreflightCheck {
  if (available === undefined) {
    return { name: 'space', status: 'skipped', message: `Not checked: no free space figure for ${parent}` };
  }
  const needed = Math.ceil(sizeBytes * (1 + headroom));
  const figures =
    `${formatBytes(available)} free in ${parent}, ${formatBytes(needed)} needed ` +
    `(${formatBytes(sizeBytes)} + ${Math.round(headroom * 100)}% headroom)`;
  if (available >= needed) return { name: 'space', status: 'passed', message: figures };
  return {
    name: 'space',
    status: 'failed',
    message: `Not enough free space: ${figures}`,
    remedy: `free ${formatBytes(needed - available)} (unused volumes, old snapshots), pick another parent or pool, or ask for less`,
  };
}

/** The `target` check: an iSCSI target of that name exists. @internal */
export async function probeTarget(api: ApiClient, name: string, call: ProbeCall): Promise<{ check: PreflightCheck }> {
  const rows = await api.iscsi.targets.query([['name', '=', name]], {}, call);
  if (rows.length > 0) return { check: { name: 'target', status: 'passed', message: `iSCSI target ${name} exists` } };
  return {
    check: {
      name: 'target',
      status: 'failed',
      message: `iSCSI target ${name} does not exist`,
      remedy: `create it first (api.iscsi.targets.create({ name: '${name}', groups: [...] })) or leave sharedTarget out to get a target per volume`,
    },
  };
}

/** The `subsystem` check: an NVMe-oF subsystem with that name or NQN exists. @internal */
export async function probeSubsystem(
  api: ApiClient,
  name: string,
  call: ProbeCall,
): Promise<{ check: PreflightCheck }> {
  const rows = await api.nvmet.subsystems.query(
    [
      [
        'OR',
        [
          ['name', '=', name],
          ['subnqn', '=', name],
        ],
      ],
    ],
    {},
    call,
  );
  if (rows.length > 0) {
    return { check: { name: 'subsystem', status: 'passed', message: `NVMe-oF subsystem ${name} exists` } };
  }
  return {
    check: {
      name: 'subsystem',
      status: 'failed',
      message: `NVMe-oF subsystem ${name} does not exist`,
      remedy: `create it first (api.nvmet.subsystems.create({ name: '${name}' })) or leave sharedTarget out to get a subsystem per volume`,
    },
  };
}

/** The `ports` check: every NVMe-oF port id exists. @internal */
export async function probePorts(api: ApiClient, ids: number[], call: ProbeCall): Promise<{ check: PreflightCheck }> {
  const rows = await api.nvmet.ports.query([['id', 'in', ids]], {}, call);
  const found = new Set(rows.map((row) => row.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length === 0) {
    return { check: { name: 'ports', status: 'passed', message: `NVMe-oF ports ${ids.join(', ')} exist` } };
  }
  return {
    check: {
      name: 'ports',
      status: 'failed',
      message: `NVMe-oF port${missing.length > 1 ? 's' : ''} ${missing.join(', ')} do${missing.length > 1 ? '' : 'es'} not exist`,
      remedy: 'list the ports with api.nvmet.ports.query() or create one with api.nvmet.ports.create(...)',
    },
  };
}
