import type { z } from 'zod';
import { getRow } from '../core/getRow.js';
import { ConflictError } from './conflictError.js';
import { invalidVolumeRequest } from './invalidVolumeRequest.js';
import { type ProvisionScope, queryRows } from './provisionContext.js';
import type { NvmetExposeSchema, NvmetHostSchema } from './provisionVolumeRequest.js';

type NvmetExpose = z.infer<typeof NvmetExposeSchema>;
type Existing = { id: number; recorded: boolean };

/**
 * What the NVMe-oF steps find before changing anything: the global `basenqn`, the ports to link, the subsystem and
 * namespace of the volume if they exist, each requested host (its `nvmet.host` id when one exists, and whether this
 * volume created it) and the host/port links the subsystem already has.
 * @internal
 * @example
 * ```ts
 * const plan: NvmetPlan = await inspectNvmet(scope, expose);
 * ```
 */
export type NvmetPlan = {
  basenqn: string;
  portIds: number[];
  subsystem: (Existing & { subnqn: string }) | undefined;
  namespace: (Existing & { nsid: number }) | undefined;
  hosts: { spec: z.infer<typeof NvmetHostSchema>; id: number | undefined; ours: boolean }[];
  /** host id → link id. */
  hostLinks: Map<number, number>;
  /** port id → link id. */
  portLinks: Map<number, number>;
};

const WORKFLOW = 'provisionVolume';

const subsysOf = (row: Record<string, unknown>): unknown =>
  (row.subsys as { id?: unknown } | undefined)?.id ?? row.subsys_id;
const nestedId = (value: unknown): unknown => (value as { id?: unknown } | undefined)?.id;

async function resolvePorts(scope: ProvisionScope, expose: NvmetExpose): Promise<number[]> {
  const ports = (await queryRows(scope.api, 'nvmet.port')).map((row) => row.id as number);
  if (expose.portIds === undefined) {
    if (ports.length === 0) {
      throw invalidVolumeRequest(WORKFLOW, scope.volume, [
        'expose.portIds: no NVMe-oF port exists; create one (api.nvmet.ports.create) or pass portIds: []',
      ]);
    }
    return ports.sort((a, b) => a - b);
  }
  const missing = expose.portIds.filter((id) => !ports.includes(id));
  if (missing.length > 0) {
    throw invalidVolumeRequest(
      WORKFLOW,
      scope.volume,
      missing.map((id) => `expose.portIds: NVMe-oF port ${id} does not exist`),
    );
  }
  return [...expose.portIds].sort((a, b) => a - b);
}

async function findSubsystem(scope: ProvisionScope): Promise<NvmetPlan['subsystem']> {
  const { api, volume, names, markers } = scope;
  const recorded = await getRow(api, 'nvmet.subsys', markers?.nvmetSubsystem);
  if (recorded !== undefined && recorded.name === names.subsystem) {
    return { id: recorded.id as number, subnqn: String(recorded.subnqn), recorded: true };
  }
  const [named] = await queryRows(api, 'nvmet.subsys', [['name', '=', names.subsystem]]);
  if (named === undefined) return undefined;
  const foreign = (await queryRows(api, 'nvmet.namespace')).filter(
    (ns) => subsysOf(ns) === named.id && ns.device_path !== `zvol/${volume}`,
  );
  if (foreign.length > 0) {
    throw new ConflictError({
      subject: `NVMe-oF subsystem ${JSON.stringify(names.subsystem)}`,
      reason: "a subsystem of this volume's name exists and holds other namespaces",
      conflicts: foreign.map((ns) => `namespace ${String(ns.id)} on ${String(ns.device_path)}`),
      hint: "Remove or rename that subsystem (it is not this volume's), then retry.",
    });
  }
  return { id: named.id as number, subnqn: String(named.subnqn), recorded: false };
}

async function findNamespace(
  scope: ProvisionScope,
  subsystem: NvmetPlan['subsystem'],
): Promise<NvmetPlan['namespace']> {
  const { api, volume, markers } = scope;
  const onZvol = (await queryRows(api, 'nvmet.namespace')).filter(
    (ns) => String(ns.device_path).replace(/^\/dev\//, '') === `zvol/${volume}`,
  );
  const mine = onZvol.find((ns) => subsystem !== undefined && subsysOf(ns) === subsystem.id);
  const others = onZvol.filter((ns) => ns !== mine);
  if (others.length > 0) {
    throw new ConflictError({
      subject: `zvol/${volume}`,
      reason: 'the zvol is already a namespace of another NVMe-oF subsystem',
      conflicts: others.map((ns) => `namespace ${String(ns.id)} in subsystem ${String(subsysOf(ns))}`),
      hint: 'Remove that namespace first; one zvol, one namespace.',
    });
  }
  if (mine === undefined) return undefined;
  const id = mine.id as number;
  return { id, nsid: mine.nsid as number, recorded: markers?.nvmetNamespace === id };
}

/**
 * Reads what the NVMe-oF exposure of the volume needs and refuses, before anything is created, ports that do not
 * exist (or no port at all without `portIds`), a subsystem of the volume's name holding other namespaces, and a zvol
 * that is already another subsystem's namespace.
 * @internal
 * @param scope - the inspection scope.
 * @param expose - the NVMe-oF part of the request.
 * @example
 * ```ts
 * const plan = await inspectNvmet(scope, request.expose);
 * ```
 */
export async function inspectNvmet(scope: ProvisionScope, expose: NvmetExpose): Promise<NvmetPlan> {
  const { api, markers } = scope;
  const { basenqn } = await api.nvmet.global.config();
  const portIds = await resolvePorts(scope, expose);
  const subsystem = await findSubsystem(scope);
  const namespace = await findNamespace(scope, subsystem);
  const existingHosts = await queryRows(api, 'nvmet.host');
  const hosts = (expose.hosts ?? []).map((spec) => {
    const row = existingHosts.find((host) => host.hostnqn === spec.nqn);
    const id = row?.id as number | undefined;
    return { spec, id, ours: id !== undefined && (markers?.nvmetHosts ?? []).includes(id) };
  });
  const hostLinks = new Map<number, number>();
  const portLinks = new Map<number, number>();
  if (subsystem !== undefined) {
    for (const link of await queryRows(api, 'nvmet.host_subsys')) {
      if (subsysOf(link) === subsystem.id) hostLinks.set(nestedId(link.host) as number, link.id as number);
    }
    for (const link of await queryRows(api, 'nvmet.port_subsys')) {
      if (subsysOf(link) === subsystem.id) portLinks.set(nestedId(link.port) as number, link.id as number);
    }
  }
  return { basenqn, portIds, subsystem, namespace, hosts, hostLinks, portLinks };
}
