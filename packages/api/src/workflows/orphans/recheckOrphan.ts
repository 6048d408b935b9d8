import type { ApiClient } from '../../createApiClient.js';
import { orMissing } from '../core/orMissing.js';
import { readDatasetIndex } from './datasetIndex.js';
import { findingKey, type OrphanFinding } from './orphanFinding.js';
import { scanRow } from './orphanScan.js';
import { recheckVolume } from './recheckVolume.js';

/**
 * What a cleanup run knows when it re-checks a finding. @internal
 *
 * @example
 * ```ts
 * const state: RecheckState = { gone: new Set(), pending: new Set(), doomed: new Set(), findings: new Map() };
 * ```
 */
export type RecheckState = {
  /** Keys of the findings deleted, or planned in a dry run, so far. */
  gone: Set<string>;
  /** Keys of the selected findings not handled yet. */
  pending: Set<string>;
  /** Orphan volumes that passed their own re-check and will be deleted. */
  doomed: Set<string>;
  /** The selected findings by key. */
  findings: Map<string, OrphanFinding>;
  /** For the reads. */
  signal?: AbortSignal | undefined;
};

type Call = { signal?: AbortSignal | undefined };

/** Whether the storage the finding depends on is still gone (or still an orphan volume being deleted). */
async function storageStillGone(
  api: ApiClient,
  finding: OrphanFinding,
  state: RecheckState,
  call: Call,
): Promise<string | undefined> {
  const { cause, dataset, path = '' } = finding;
  if (cause === 'orphan-volume') {
    return dataset !== undefined && state.doomed.has(dataset) ? undefined : `volume ${dataset} is not being deleted`;
  }
  if (cause === 'missing-zvol' && dataset !== undefined) {
    return (await readDatasetIndex(api, call, dataset)).isZvol(dataset) ? `zvol ${dataset} exists again` : undefined;
  }
  if (cause === 'missing-dataset' && dataset !== undefined) {
    return (await readDatasetIndex(api, call, dataset)).get(dataset) ? `dataset ${dataset} exists again` : undefined;
  }
  if (cause === 'missing-path') {
    const holder = (await readDatasetIndex(api, call)).containing(path);
    return holder ? `${path} is in dataset ${holder.name} again` : undefined;
  }
  return `cannot re-check cause '${cause}' of a ${finding.kind}`;
}

function changed(what: string, now: string): string {
  return `its id now names a different ${what} (${now})`;
}

/**
 * Re-reads a finding's object by id right before it is deleted: returns why to skip it (already gone, the id now
 * names something else, or it is no longer an orphan), or `undefined` to go ahead. A link to an orphan extent
qualifies when that extent is deleted in this run and passes its own re-check now. A target (subsystem) qualifies
 * when every link (namespace) it still has was deleted or planned in this run; with `namespacesPending`, the
 * subsystem's namespaces still to be deleted in this run count as gone too. @internal
 *
 * @example
 * ```ts
 * const skip = await recheckOrphan(api, finding, state);
 * ```
 */
export async function recheckOrphan(
  api: ApiClient,
  finding: OrphanFinding,
  state: RecheckState,
  namespacesPending = false,
): Promise<string | undefined> {
  const call = { signal: state.signal };
  const id = Number(finding.id);
  const gone = 'already gone';
  switch (finding.kind) {
    case 'iscsi-targetextent': {
      const link = scanRow.targetExtent(await orMissing(api.iscsi.targetextents.get(id, undefined, call)));
      if (link === undefined) return gone;
      if (link.target !== finding.target || link.extent !== finding.extent) {
        return changed('link', `target #${link.target}, extent #${link.extent}`);
      }
      if (finding.cause === 'missing-extent' && finding.extent !== undefined) {
        const extent = await orMissing(api.iscsi.extents.get(finding.extent, undefined, call));
        return extent === undefined ? undefined : `extent #${finding.extent} exists again`;
      }
      if (finding.cause === 'missing-target' && finding.target !== undefined) {
        const target = await orMissing(api.iscsi.targets.get(finding.target, undefined, call));
        return target === undefined ? undefined : `target #${finding.target} exists again`;
      }
      if (finding.cause !== 'orphan-extent' || finding.extent === undefined) return 'it cannot be re-checked';
      const extentKey = findingKey({ kind: 'iscsi-extent', id: finding.extent });
      if (state.gone.has(extentKey)) return undefined;
      const extent = state.findings.get(extentKey);
      if (extent === undefined || !state.pending.has(extentKey))
        return `extent #${finding.extent} is not being deleted`;
      const reason = await recheckOrphan(api, extent, state);
      return reason === undefined ? undefined : `extent '${extent.name}' is not being deleted: ${reason}`;
    }
    case 'iscsi-target': {
      const target = scanRow.named(await orMissing(api.iscsi.targets.get(id, undefined, call)));
      if (target === undefined) return gone;
      if (target.name !== finding.name) return changed('target', `'${target.name}'`);
      const links = (await api.iscsi.targetextents.query([['target', '=', id]], undefined, call)).flatMap(
        (row) => scanRow.targetExtent(row) ?? [],
      );
      const left = links.filter((link) => !state.gone.has(findingKey({ kind: 'iscsi-targetextent', id: link.id })));
      return left.length > 0 ? `it still has LUN links ${left.map((link) => `#${link.id}`).join(', ')}` : undefined;
    }
    case 'iscsi-extent': {
      const extent = scanRow.extent(await orMissing(api.iscsi.extents.get(id, undefined, call)));
      if (extent === undefined) return gone;
      const path = extent.type === 'DISK' ? extent.disk : extent.path;
      if (extent.name !== finding.name || path !== finding.path)
        return changed('extent', `'${extent.name}' on ${path}`);
      return storageStillGone(api, finding, state, call);
    }
    case 'nvmet-namespace': {
      const ns = scanRow.namespace(await orMissing(api.nvmet.namespaces.get(id, undefined, call)));
      if (ns === undefined) return gone;
      if (ns.devicePath !== finding.path || ns.subsystem !== finding.subsystem) {
        return changed('namespace', `${ns.devicePath} in subsystem #${ns.subsystem}`);
      }
      return storageStillGone(api, finding, state, call);
    }
    case 'nvmet-subsystem': {
      const subsys = scanRow.named(await orMissing(api.nvmet.subsystems.get(id, undefined, call)));
      if (subsys === undefined) return gone;
      if (subsys.name !== finding.name) return changed('subsystem', `'${subsys.name}'`);
      const left = (await api.nvmet.namespaces.query([], undefined, call))
        .flatMap((row) => scanRow.namespace(row) ?? [])
        .filter((ns) => ns.subsystem === id)
        .map((ns) => findingKey({ kind: 'nvmet-namespace', id: ns.id }))
        .filter((key) => !state.gone.has(key) && !(namespacesPending && state.pending.has(key)));
      return left.length > 0 ? `it still has namespaces ${left.map((key) => key.split(':')[1]).join(', ')}` : undefined;
    }
    case 'nfs-share':
    case 'smb-share': {
      const read: Promise<unknown> =
        finding.kind === 'nfs-share'
          ? api.sharing.nfs.get(id, undefined, call)
          : api.sharing.smb.get(id, undefined, call);
      const share = scanRow.share(await orMissing(read));
      if (share === undefined) return gone;
      const name = finding.kind === 'nfs-share' ? share.path : share.name;
      if (share.path !== finding.path || name !== finding.name) return changed('share', `${name} on ${share.path}`);
      return storageStillGone(api, finding, state, call);
    }
    case 'volume':
      return recheckVolume(api, finding, state, true);
  }
}
