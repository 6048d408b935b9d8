import type { WorkflowRun } from '../core/runWorkflow.js';
import { type VolumeMarkers, volumeMarkerUpdates } from '../ownership/volumeMarkers.js';

type MarkerPatch = { [K in keyof VolumeMarkers]?: VolumeMarkers[K] | null };

/**
 * The markers of the volume being worked on, written to it as objects come and go (one `pool.dataset.update` per
 * change, so a crash leaves a state the next run can resume from). When the dataset already existed before the run,
 * each write registers an undo that restores the previous values.
 * @internal
 * @example
 * ```ts
 * const book = new MarkerBook(run, 'tank/vol1', markers, true);
 * await book.write('record iSCSI extent on volume', { iscsiExtent: 4 });
 * ```
 */
export class MarkerBook {
  readonly #run: WorkflowRun;
  readonly #volume: string;
  readonly #undoable: boolean;
  #current: VolumeMarkers;

  /**
   * @param run - the workflow run.
   * @param volume - the dataset.
   * @param initial - the markers it carries now.
   * @param undoable - whether writes need undoing on rollback (`false` when the run created the dataset).
   */
  constructor(run: WorkflowRun, volume: string, initial: VolumeMarkers, undoable: boolean) {
    this.#run = run;
    this.#volume = volume;
    this.#current = { ...initial };
    this.#undoable = undoable;
  }

  /** The markers as written so far. */
  get current(): VolumeMarkers {
    return { ...this.#current };
  }

  /** Writes `patch` (`null` or an empty list removes a marker; lists are sorted); no call when nothing changes. */
  async write(step: string, patch: MarkerPatch): Promise<void> {
    const changed: MarkerPatch = {};
    const previous: MarkerPatch = {};
    const current = this.#current as Record<string, unknown>;
    for (const [key, given] of Object.entries(patch) as [keyof VolumeMarkers, unknown][]) {
      const list = Array.isArray(given) ? [...(given as number[])].sort((a, b) => a - b) : undefined;
      const value = list === undefined ? given : list.length === 0 ? null : list;
      const before = current[key];
      const same = Array.isArray(before) ? [...(before as number[])].sort((a, b) => a - b) : before;
      if (JSON.stringify(same ?? null) === JSON.stringify(value ?? null)) continue;
      (changed as Record<string, unknown>)[key] = value;
      (previous as Record<string, unknown>)[key] = before ?? null;
    }
    if (Object.keys(changed).length === 0) return;
    const volume = this.#volume;
    await this.#run.mutate({
      step,
      method: 'pool.dataset.update',
      target: volume,
      params: [volume, { user_properties_update: volumeMarkerUpdates(changed) }],
      undo: this.#undoable
        ? () => ({
            method: 'pool.dataset.update',
            params: [volume, { user_properties_update: volumeMarkerUpdates(previous) }],
          })
        : undefined,
    });
    for (const [key, value] of Object.entries(changed)) {
      if (value === null) delete current[key];
      else current[key] = value;
    }
  }
}
