import { Errno } from '../../errno.js';
import { CallError, ValidationErrors } from '../../errors.js';
import type { HandlerContext } from '../../registry/handlerTypes.js';
import { poolSpace } from '../pools/poolSpace.js';
import { newLeaf } from '../pools/vdevFactory.js';
import type { StorageDomain } from '../storageDomain.js';
import { leavesOf } from '../storageState.js';
import { type LeafVdev, type PoolState, TOPOLOGY_CLASSES, type TopologyClass, type TopVdev } from '../storageTypes.js';
import { poolChanged } from './poolHealthOps.js';
import { startScan, waitForScan } from './poolScan.js';

/** Where a guid sits in a pool's topology. @internal */
export type VdevLocation = { cls: TopologyClass; index: number; top: TopVdev; leaf: LeafVdev | undefined };

/** Finds a top-level vdev or a leaf by guid. @internal */
export function findVdev(pool: PoolState, guid: string): VdevLocation | undefined {
  for (const cls of TOPOLOGY_CLASSES) {
    const list = pool.topology[cls];
    for (let index = 0; index < list.length; index++) {
      const top = list[index] as TopVdev;
      if (top.guid === guid) return { cls, index, top, leaf: top.kind === 'leaf' ? top : undefined };
      const leaf = leavesOf(top).find((l) => l.guid === guid);
      if (leaf) return { cls, index, top, leaf };
    }
  }
  return undefined;
}

function freeDisk(domain: StorageDomain, attribute: string, name: string): void {
  const verrors = new ValidationErrors();
  if (!domain.state.disks.has(name))
    verrors.add(attribute, `Disk ${JSON.stringify(name).replace(/"/g, "'")} not found.`);
  else if (domain.state.diskInUse(name)) verrors.add(attribute, `Disk '${name}' is in use.`);
  verrors.check();
}

function labelNotFound(attribute: string, label: string): ValidationErrors {
  return new ValidationErrors([[attribute, `Label ${label} not found on this pool.`, Errno.EINVAL]]);
}

function checkSize(domain: StorageDomain, disk: string, against: LeafVdev): void {
  const size = domain.state.disks.get(disk)?.size ?? 0;
  if (size < (domain.state.disks.get(against.disk)?.size ?? 0)) {
    throw new CallError(`cannot attach ${disk} to ${against.disk}: device is too small`, Errno.EINVAL);
  }
}

async function resilver(
  domain: StorageDomain,
  pool: PoolState,
  ctx: HandlerContext,
  extraDisks: string[],
): Promise<void> {
  poolChanged(domain, pool, extraDisks);
  const scan = startScan(domain, pool, 'RESILVER');
  await waitForScan(domain, pool, scan, ctx, 'Resilvering');
}

/**
 * `pool.attach(oid, {target_vdev, new_disk})` (job): a stripe disk becomes a mirror, a mirror gains a disk, a raidz
 * vdev is expanded (`expand` state); then a resilver runs to completion.
 * @internal
 */
export async function attachDisk(
  domain: StorageDomain,
  pool: PoolState,
  options: { target_vdev: string; new_disk: string },
  ctx: HandlerContext,
): Promise<null> {
  const prefix = domain.profile === '25.04' ? 'pool_attach' : 'options';
  freeDisk(domain, `${prefix}.new_disk`, options.new_disk);
  const found = findVdev(pool, options.target_vdev);
  if (!found || found.cls === 'cache' || found.cls === 'spare') {
    throw new ValidationErrors([[`${prefix}.target_vdev`, 'Unable to locate VDEV', Errno.EINVAL]]);
  }
  const { top } = found;
  checkSize(domain, options.new_disk, leavesOf(top)[0] as LeafVdev);
  const leaf = newLeaf(domain.state, options.new_disk);
  if (top.kind === 'leaf') {
    pool.topology[found.cls][found.index] = {
      kind: 'group',
      guid: domain.state.newGuid('vdev'),
      type: 'MIRROR',
      children: [top, leaf],
    };
  } else if (top.type === 'MIRROR') top.children.push(leaf);
  else {
    if (found.leaf)
      throw new CallError(
        `cannot attach ${options.new_disk} to ${found.leaf.disk}: can only attach to mirrors and top-level disks`,
        Errno.EINVAL,
      );
    top.children.push(leaf);
    const now = new Date();
    const bytes = poolSpace(domain.state, pool).allocated;
    pool.expand = {
      state: 'FINISHED',
      expandingVdev: found.index,
      startTime: now,
      endTime: now,
      bytesToReflow: bytes,
      bytesReflowed: bytes,
    };
  }
  ctx.job?.setProgress(10, 'Attaching disk');
  await resilver(domain, pool, ctx, [options.new_disk]);
  return null;
}

/** `pool.detach(id, {label})`: removes a disk from a mirror (a two-way mirror becomes a single disk). @internal */
export function detachDisk(domain: StorageDomain, pool: PoolState, options: { label: string }): true {
  const found = findVdev(pool, options.label);
  if (!found?.leaf) throw labelNotFound('options.label', options.label);
  const { top, leaf } = found;
  if (top.kind === 'leaf' || top.type !== 'MIRROR') {
    throw new CallError(
      `Failed to detach ${options.label}: only applicable to mirror and replacing vdevs`,
      Errno.EINVAL,
    );
  }
  top.children = top.children.filter((c) => c !== leaf);
  if (top.children.length === 1) pool.topology[found.cls][found.index] = top.children[0] as LeafVdev;
  poolChanged(domain, pool, [leaf.disk]);
  return true;
}

/** `pool.replace(id, {label, disk})` (job): swaps a disk for a free one, then resilvers. @internal */
export async function replaceDisk(
  domain: StorageDomain,
  pool: PoolState,
  options: { label: string; disk: string },
  ctx: HandlerContext,
): Promise<true> {
  const found = findVdev(pool, options.label);
  if (!found?.leaf) throw labelNotFound('options.label', options.label);
  freeDisk(domain, 'options.disk', options.disk);
  const old = found.leaf;
  checkSize(domain, options.disk, old);
  const replacement = newLeaf(domain.state, options.disk);
  const { top } = found;
  if (top.kind === 'leaf') pool.topology[found.cls][found.index] = replacement;
  else top.children = top.children.map((c) => (c === old ? replacement : c));
  ctx.job?.setProgress(10, 'Replacing disk');
  await resilver(domain, pool, ctx, [old.disk, options.disk]);
  return true;
}

/** `pool.remove(id, {label})` (job): removes a log/cache/spare/special device, or a data vdev of a raidz-free pool. @internal */
export async function removeVdev(
  domain: StorageDomain,
  pool: PoolState,
  options: { label: string },
  ctx: HandlerContext,
): Promise<null> {
  const found = findVdev(pool, options.label);
  if (!found) throw labelNotFound('options.label', options.label);
  const { cls, top } = found;
  const whole = top.guid === options.label;
  if (!whole)
    throw new CallError(`cannot remove ${options.label}: operation not supported on this type of pool`, Errno.EINVAL);
  const list = pool.topology[cls];
  if (cls === 'data') {
    if (list.length === 1 || list.some((v) => v.kind === 'group' && v.type !== 'MIRROR')) {
      throw new CallError(`cannot remove ${options.label}: operation not supported on this type of pool`, Errno.EINVAL);
    }
  }
  const removed = list.splice(found.index, 1);
  if (cls === 'data' && poolSpace(domain.state, pool).usable < poolSpace(domain.state, pool).allocated) {
    list.splice(found.index, 0, ...removed);
    throw new CallError(`cannot remove ${options.label}: out of space`, Errno.ENOSPC);
  }
  ctx.job?.setProgress(50, 'Removing device');
  await ctx.sleep(domain.stepMs);
  poolChanged(
    domain,
    pool,
    removed.flatMap(leavesOf).map((l) => l.disk),
  );
  ctx.job?.setProgress(100, 'Device removed');
  return null;
}
