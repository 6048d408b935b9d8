import { TnError } from '@tn/rpc';
import { z } from 'zod';
import type { ApiClient } from '../../createApiClient.js';
import { NotFoundError } from '../../namespaces/notFoundError.js';
import { runWorkflow } from '../core/runWorkflow.js';
import type { WorkflowOptions } from '../core/workflowOptions.js';
import type { WorkflowStepErrorType } from '../core/workflowStepError.js';
import { cleanupOrder } from './assessOrphans.js';
import type { OrphanCleanup, OrphanCleanupItem } from './orphanCleanup.js';
import { deleteOrphan, unlinkSubsystem } from './orphanDeletion.js';
import {
  findingKey,
  type OrphanFinding,
  OrphanFindingSchema,
  type OrphanKind,
  OrphanKindSchema,
} from './orphanFinding.js';
import { OrphanInputError, type OrphanInputErrorType } from './orphanInputError.js';
import type { OrphanReport } from './orphanReport.js';
import { type RecheckState, recheckOrphan } from './recheckOrphan.js';
import { recheckVolume } from './recheckVolume.js';

const FindingsSchema = z.array(OrphanFindingSchema);
const OptionsSchema = z.object({
  kinds: z.array(OrphanKindSchema).optional(),
  includeUnmanaged: z.boolean().optional(),
});

/**
 * Options of {@link cleanupOrphans}: which findings to delete, and the {@link WorkflowOptions} (`audit`, `retry`,
 * `signal`, `now`), with `dryRun` on by default.
 *
 * @example
 * ```ts
 * import type { CleanupOrphansParameters } from '@tn/api';
 *
 * const params: CleanupOrphansParameters = { dryRun: false, kinds: ['iscsi-targetextent', 'iscsi-target', 'iscsi-extent'] };
 * ```
 */
export type CleanupOrphansParameters = WorkflowOptions & {
  /** Plan only: re-check every finding and list what would be deleted, delete nothing. @default true */
  dryRun?: boolean | undefined;
  /** Only these kinds (the others are left out of the result). @default every kind */
  kinds?: readonly OrphanKind[] | undefined;
  /**
   * Also delete findings the SDK did not make (`managed: false`: neither its markers nor its naming convention name
   * them). Review them first, and pass only those you mean to delete. @default false
   */
  includeUnmanaged?: boolean | undefined;
};

/**
 * Result of {@link cleanupOrphans}: an {@link OrphanCleanup}.
 *
 * @example
 * ```ts
 * import type { CleanupOrphansReturnType } from '@tn/api';
 *
 * const summary = (r: CleanupOrphansReturnType) => `${r.deleted.length} deleted, ${r.failed.length} failed`;
 * ```
 */
export type CleanupOrphansReturnType = OrphanCleanup;

/**
 * Errors of {@link cleanupOrphans}: refused input ({@link OrphanInputError}, nothing read or deleted), or an abort
 * through `signal` (a `WorkflowStepError` naming the step it stopped at, or the abort error itself when nothing was
 * sent yet; deletions already made stay made). Failures of single re-checks or deletions are not thrown: they are
 * listed in `failed`.
 *
 * @example
 * ```ts
 * import type { CleanupOrphansErrorType } from '@tn/api';
 *
 * const refused = (err: CleanupOrphansErrorType) => err.name === 'OrphanInputError';
 * ```
 */
export type CleanupOrphansErrorType = OrphanInputErrorType | WorkflowStepErrorType | TnError;

function parseInput(input: unknown, options: unknown): { findings: OrphanFinding[]; kinds?: Set<OrphanKind> } {
  const source = Array.isArray(input) ? input : (input as { findings?: unknown } | null)?.findings;
  const findings = FindingsSchema.safeParse(source);
  if (!findings.success) throw OrphanInputError.fromZod('findings', findings.error);
  const parsed = OptionsSchema.safeParse(options);
  if (!parsed.success) throw OrphanInputError.fromZod('options', parsed.error);
  const unique = new Map(findings.data.map((finding) => [findingKey(finding), finding]));
  const { kinds } = parsed.data;
  return { findings: [...unique.values()], ...(kinds === undefined ? {} : { kinds: new Set(kinds) }) };
}

function text(error: unknown): string {
  if (error instanceof TnError) return error.shortMessage;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Deletes orphans from a {@link detectOrphans} report (or a list of its findings), one at a time, in a safe order:
 * target/extent links, targets, extents; NVMe-oF port/host links of orphan subsystems, namespaces, subsystems;
 * NFS and SMB shares; volumes last (deepest first, with their snapshots; refused when a snapshot has a clone
 * outside the volume). **Dry run by default**: pass `dryRun: false` to delete.
 *
 * Only managed findings are deleted unless `includeUnmanaged` is set; unmanaged ones are listed in `skipped`.
 * Right before each deletion the object is read again by id: if it is gone, if the id now names another object
 * (TrueNAS re-uses freed ids: the name, path or links must match the finding), or if it is no longer an orphan
 * (its zvol is back, a target gained a LUN, a volume gained a clone...), it is skipped with the reason. A target or
 * subsystem qualifies once the links or namespaces it still has were deleted (or planned) in this run.
 *
 * Every deletion goes through `runWorkflow` (`run.mutate`): it is audited, busy refusals are retried, and in a dry
 * run it is planned instead of sent. A failed deletion does not stop the others: it is listed in `failed` with the
 * error. (Deletions have no undo, so the rollback of `runWorkflow` does not apply; only an abort ends the run.)
 *
 * @param api - the API client.
 * @param input - an {@link OrphanReport} or some of its findings.
 * @param params - {@link CleanupOrphansParameters}.
 * @returns the {@link OrphanCleanup}.
 * @example
 * ```ts
 * import { cleanupOrphans, detectOrphans } from '@tn/api';
 *
 * const report = await detectOrphans(api, { owner: 'csi/cluster-a', inventory: knownVolumes });
 * const plan = await cleanupOrphans(api, report); // dry run: plan.planned, plan.skipped
 * const done = await cleanupOrphans(api, report, { dryRun: false, audit: (record) => log.info(record) });
 * console.log(done.deleted, done.skipped, done.failed);
 * ```
 */
export async function cleanupOrphans(
  api: ApiClient,
  input: OrphanReport | readonly OrphanFinding[],
  params: CleanupOrphansParameters = {},
): Promise<CleanupOrphansReturnType> {
  const { dryRun = true, kinds: kindList, includeUnmanaged = false, ...workflow } = params;
  const { findings, kinds } = parseInput(input, { kinds: kindList, includeUnmanaged });
  const call = { signal: workflow.signal };
  const item = ({ kind, id, name }: OrphanFinding): OrphanCleanupItem => ({ kind, id, name });
  const result = {
    deleted: [] as OrphanCleanupItem[],
    planned: [] as OrphanCleanupItem[],
    skipped: [] as (OrphanCleanupItem & { reason: string })[],
    failed: [] as (OrphanCleanupItem & { error: string })[],
  };

  const selected: OrphanFinding[] = [];
  for (const finding of findings) {
    if (kinds !== undefined && !kinds.has(finding.kind)) continue;
    if (!finding.managed && !includeUnmanaged) {
      result.skipped.push({ ...item(finding), reason: 'unmanaged: the SDK did not make it (see includeUnmanaged)' });
    } else {
      selected.push(finding);
    }
  }
  selected.sort(cleanupOrder);
  const state: RecheckState = {
    gone: new Set(),
    pending: new Set(selected.map(findingKey)),
    doomed: new Set(),
    findings: new Map(selected.map((finding) => [findingKey(finding), finding])),
    signal: workflow.signal,
  };
  const settled = (finding: OrphanFinding) => state.pending.delete(findingKey(finding));

  return runWorkflow(api, 'cleanupOrphans', { ...workflow, dryRun }, async (run) => {
    /** Runs one step of a finding; false when it was skipped or failed (and so settled). */
    const attempt = async (finding: OrphanFinding, step: () => Promise<string | undefined>): Promise<boolean> => {
      try {
        const reason = await step();
        if (reason === undefined) return true;
        result.skipped.push({ ...item(finding), reason });
      } catch (error) {
        if (workflow.signal?.aborted) throw error;
        if (error instanceof NotFoundError) result.skipped.push({ ...item(finding), reason: 'already gone' });
        else result.failed.push({ ...item(finding), error: text(error) });
      }
      settled(finding);
      return false;
    };

    for (const volume of selected.filter((finding) => finding.kind === 'volume')) {
      if (await attempt(volume, () => recheckVolume(api, volume, state, false))) state.doomed.add(String(volume.id));
    }
    for (const exposure of selected.filter((finding) => finding.cause === 'orphan-volume')) {
      if (exposure.dataset !== undefined && state.doomed.has(exposure.dataset)) continue;
      result.skipped.push({ ...item(exposure), reason: `volume ${exposure.dataset} is not being deleted` });
      settled(exposure);
    }
    for (const subsystem of selected.filter((finding) => finding.kind === 'nvmet-subsystem')) {
      await attempt(subsystem, async () => {
        const reason = await recheckOrphan(api, subsystem, state, true);
        if (reason === undefined) await unlinkSubsystem(run, subsystem, call);
        return reason;
      });
    }
    for (const finding of selected) {
      if (!state.pending.has(findingKey(finding))) continue;
      const done = await attempt(finding, async () => {
        const reason = await recheckOrphan(api, finding, state);
        if (reason === undefined) await deleteOrphan(run, finding);
        return reason;
      });
      if (!done) continue;
      settled(finding);
      state.gone.add(findingKey(finding));
      (run.dryRun ? result.planned : result.deleted).push(item(finding));
    }
    return result;
  });
}
