import { getRow } from '../core/getRow.js';
import { ownershipProblem } from '../ownership/ownedObject.js';
import { ConflictError } from './conflictError.js';
import { invalidVolumeRequest } from './invalidVolumeRequest.js';
import { type ProvisionScope, queryRows } from './provisionContext.js';
import type { IscsiExposeSchema } from './provisionVolumeRequest.js';

type IscsiExpose = import('zod').infer<typeof IscsiExposeSchema>;
type Existing = { id: number; recorded: boolean };
type TargetGroup = { portal: number; initiator?: number; authmethod?: 'NONE' | 'CHAP' | 'CHAP_MUTUAL'; auth?: number };
type TargetCreate = { create: { name: string; groups: TargetGroup[] } };

/**
 * What the iSCSI steps find before changing anything: the global basename, and for the extent, the target and the
 * LUN link either the existing object of this volume (`recorded`: its id is already in the markers) or what to create.
 * @internal
 * @example
 * ```ts
 * const plan: IscsiPlan = await inspectIscsi(scope, expose);
 * ```
 */
export type IscsiPlan = {
  basename: string;
  extent: Existing | undefined;
  target: (Existing & { name: string; shared: boolean }) | TargetCreate;
  link: (Existing & { lun: number }) | undefined;
};

const WORKFLOW = 'provisionVolume';

async function findExtent(scope: ProvisionScope): Promise<Existing | undefined> {
  const { api, volume, names, markers } = scope;
  const zvol = `zvol/${volume}`;
  const recorded = await getRow(api, 'iscsi.extent', markers?.iscsiExtent);
  const mine =
    recorded !== undefined &&
    ownershipProblem(volume, { kind: 'iscsi.extent', id: recorded.id as number }, recorded) === undefined
      ? { id: recorded.id as number, recorded: true }
      : undefined;
  const [named] = await queryRows(api, 'iscsi.extent', [['name', '=', names.extent]]);
  if (named !== undefined && named.id !== mine?.id && named.disk !== zvol) {
    throw new ConflictError({
      subject: `iSCSI extent name ${JSON.stringify(names.extent)}`,
      reason: `it is taken by extent ${String(named.id)} on ${String(named.disk ?? named.path)}`,
      hint: "Delete or rename that extent (it is not this volume's), then retry.",
    });
  }
  const onZvol = await queryRows(api, 'iscsi.extent', [['disk', '=', zvol]]);
  const adoptable =
    mine ?? (named !== undefined && named.disk === zvol ? { id: named.id as number, recorded: false } : undefined);
  const others = onZvol.filter((row) => row.id !== adoptable?.id);
  if (others.length > 0) {
    throw new ConflictError({
      subject: zvol,
      reason: 'the zvol is already exported by another iSCSI extent',
      conflicts: others.map((row) => `extent ${String(row.id)} ${JSON.stringify(row.name)}`),
      hint: 'Remove that extent first; one zvol, one extent.',
    });
  }
  return adoptable;
}

async function targetGroups(scope: ProvisionScope, expose: IscsiExpose): Promise<TargetCreate> {
  const { api, names } = scope;
  const issues: string[] = [];
  let portal = expose.portal;
  if (portal !== undefined && (await getRow(api, 'iscsi.portal', portal)) === undefined) {
    issues.push(`expose.portal: iSCSI portal ${portal} does not exist`);
  }
  if (portal === undefined)
    portal = (await queryRows(api, 'iscsi.portal')).map((p) => p.id as number).sort((a, b) => a - b)[0];
  if (expose.initiator !== undefined && (await getRow(api, 'iscsi.initiator', expose.initiator)) === undefined) {
    issues.push(`expose.initiator: iSCSI initiator group ${expose.initiator} does not exist`);
  }
  if (expose.authGroup !== undefined) {
    const auth = await queryRows(api, 'iscsi.auth', [['tag', '=', expose.authGroup]]);
    if (auth.length === 0) issues.push(`expose.authGroup: no iSCSI auth entry has tag ${expose.authGroup}`);
  }
  if (issues.length > 0) throw invalidVolumeRequest(WORKFLOW, scope.volume, issues);
  const group: TargetGroup = {
    portal: portal as number,
    ...(expose.initiator === undefined ? {} : { initiator: expose.initiator }),
    ...(expose.authMethod === undefined ? {} : { authmethod: expose.authMethod }),
    ...(expose.authGroup === undefined ? {} : { auth: expose.authGroup }),
  };
  return { create: { name: names.target, groups: portal === undefined ? [] : [group] } };
}

async function findTarget(
  scope: ProvisionScope,
  expose: IscsiExpose,
  extent: Existing | undefined,
): Promise<IscsiPlan['target']> {
  const { api, names, markers } = scope;
  if (expose.sharedTarget !== undefined) {
    const [shared] = await queryRows(api, 'iscsi.target', [['name', '=', expose.sharedTarget]]);
    if (shared === undefined) {
      throw invalidVolumeRequest(WORKFLOW, scope.volume, [
        `expose.sharedTarget: iSCSI target ${JSON.stringify(expose.sharedTarget)} does not exist`,
      ]);
    }
    const id = shared.id as number;
    return { id, name: expose.sharedTarget, shared: true, recorded: markers?.iscsiTarget === id };
  }
  const recorded = await getRow(api, 'iscsi.target', markers?.iscsiTarget);
  if (recorded !== undefined && recorded.name === names.target) {
    return { id: recorded.id as number, name: names.target, shared: false, recorded: true };
  }
  const [named] = await queryRows(api, 'iscsi.target', [['name', '=', names.target]]);
  if (named === undefined) return targetGroups(scope, expose);
  const luns = await queryRows(api, 'iscsi.targetextent', [['target', '=', named.id]]);
  const foreign = luns.filter((link) => link.extent !== extent?.id);
  if (foreign.length > 0) {
    throw new ConflictError({
      subject: `iSCSI target ${JSON.stringify(names.target)}`,
      reason: "a target of this volume's name exists and serves other extents",
      conflicts: foreign.map((link) => `LUN ${String(link.lunid)}: extent ${String(link.extent)}`),
      hint: "Remove or rename that target (it is not this volume's), then retry.",
    });
  }
  return { id: named.id as number, name: names.target, shared: false, recorded: false };
}

async function findLink(
  scope: ProvisionScope,
  expose: IscsiExpose,
  target: IscsiPlan['target'],
  extent: Existing | undefined,
): Promise<IscsiPlan['link']> {
  if ('create' in target) return undefined;
  const { api, markers } = scope;
  const links = await queryRows(api, 'iscsi.targetextent', [['target', '=', target.id]]);
  const mine = extent === undefined ? undefined : links.find((link) => link.extent === extent.id);
  if (mine !== undefined) {
    if (expose.lun !== undefined && mine.lunid !== expose.lun) {
      throw new ConflictError({
        subject: `iSCSI target ${JSON.stringify(target.name)}`,
        reason: `this volume is already LUN ${String(mine.lunid)}, not LUN ${expose.lun}`,
        hint: 'Request the LUN the volume has, or deprovision it first.',
      });
    }
    const id = mine.id as number;
    return { id, lun: mine.lunid as number, recorded: markers?.iscsiTargetExtent === id };
  }
  const holder = expose.lun === undefined ? undefined : links.find((link) => link.lunid === expose.lun);
  if (holder !== undefined) {
    const held = await getRow(api, 'iscsi.extent', holder.extent as number);
    const what =
      held === undefined
        ? `extent ${String(holder.extent)}`
        : `extent ${JSON.stringify(held.name)} (${String(held.disk ?? held.path)})`;
    throw new ConflictError({
      subject: `LUN ${expose.lun} of iSCSI target ${JSON.stringify(target.name)}`,
      reason: `it is taken by ${what}`,
      conflicts: [`iscsi.targetextent ${String(holder.id)}: LUN ${String(holder.lunid)} → ${what}`],
      hint: 'Request another LUN, or leave `lun` out to take the lowest free one.',
    });
  }
  return undefined;
}

/**
 * Reads what the iSCSI exposure of the volume needs, and refuses (before anything is created) a shared target that
 * does not exist, a portal/initiator/auth group that does not exist, a requested LUN another extent holds
 * ({@link ConflictError} naming the holder), and object names taken by objects of other volumes.
 * @internal
 * @param scope - the inspection scope.
 * @param expose - the iSCSI part of the request.
 * @example
 * ```ts
 * const plan = await inspectIscsi(scope, request.expose);
 * ```
 */
export async function inspectIscsi(scope: ProvisionScope, expose: IscsiExpose): Promise<IscsiPlan> {
  const { basename } = await scope.api.iscsi.global.config();
  const extent = await findExtent(scope);
  const target = await findTarget(scope, expose, extent);
  const link = await findLink(scope, expose, target, extent);
  return { basename, extent, target, link };
}
