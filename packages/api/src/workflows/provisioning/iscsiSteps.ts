import type { WorkflowRun } from '../core/runWorkflow.js';
import type { IscsiPlan } from './iscsiPlan.js';
import type { MarkerBook } from './markerBook.js';
import { lowestFree, type ProvisionScope, queryRows } from './provisionContext.js';
import type { ProvisionedVolume } from './provisionVolumeResult.js';

/**
 * Applies an {@link IscsiPlan}: the extent on the zvol, the target (a per-volume one, or the shared one), then the LUN
 * link (the requested LUN, or the lowest free one), each recorded in the volume's markers right after it exists.
 * Creates register their undo (forced deletes of what this run created).
 * @internal
 * @param run - the workflow run.
 * @param scope - the inspection scope.
 * @param plan - what inspection found.
 * @param book - the volume's markers.
 * @param lun - the requested LUN, if any.
 * @example
 * ```ts
 * const iscsi = await applyIscsi(run, scope, plan, book, request.expose.lun);
 * ```
 */
export async function applyIscsi(
  run: WorkflowRun,
  scope: ProvisionScope,
  plan: IscsiPlan,
  book: MarkerBook,
  lun: number | undefined,
): Promise<NonNullable<ProvisionedVolume['iscsi']>> {
  const { volume, names } = scope;
  let extentId = plan.extent?.id;
  if (extentId === undefined) {
    extentId = await run.create({
      step: 'create iSCSI extent',
      method: 'iscsi.extent.create',
      target: volume,
      params: [{ name: names.extent, type: 'DISK', disk: `zvol/${volume}` }],
      undo: (row) => ({ method: 'iscsi.extent.delete', params: [row.id, false, true] }),
    });
  }
  if (plan.extent?.recorded !== true) await book.write('record iSCSI extent on volume', { iscsiExtent: extentId });

  const { target } = plan;
  let targetId: number;
  let targetName: string;
  let shared = false;
  if ('create' in target) {
    targetName = target.create.name;
    targetId = await run.create({
      step: 'create iSCSI target',
      method: 'iscsi.target.create',
      target: volume,
      params: [{ name: targetName, groups: target.create.groups }],
      undo: (row) => ({ method: 'iscsi.target.delete', params: [row.id, true] }),
    });
  } else {
    ({ id: targetId, name: targetName, shared } = target);
  }
  if ('create' in target || !target.recorded) {
    await book.write('record iSCSI target on volume', { iscsiTarget: targetId, iscsiTargetShared: shared });
  }

  let link = plan.link;
  if (link === undefined) {
    const used =
      'create' in target
        ? []
        : (await queryRows(run.api, 'iscsi.targetextent', [['target', '=', targetId]])).map((row) => row.lunid);
    const lunid = lun ?? lowestFree(used);
    const id = await run.create({
      step: `link extent to target as LUN ${lunid}`,
      method: 'iscsi.targetextent.create',
      target: `iscsi.target ${targetId}`,
      params: [{ target: targetId, extent: extentId, lunid }],
      undo: (row) => ({ method: 'iscsi.targetextent.delete', params: [row.id, true] }),
    });
    link = { id, lun: lunid, recorded: false };
  }
  if (!link.recorded) await book.write('record LUN link on volume', { iscsiTargetExtent: link.id });

  return {
    target: targetName,
    targetId,
    shared,
    iqn: `${plan.basename}:${targetName}`,
    lun: link.lun,
    extentId,
    targetExtentId: link.id,
  };
}
