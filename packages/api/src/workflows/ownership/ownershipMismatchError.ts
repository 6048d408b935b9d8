import { TnError, TnErrorCode } from '@tn/rpc';

/**
 * Options of {@link OwnershipMismatchError}.
 *
 * @example
 * ```ts
 * import type { OwnershipMismatchErrorParameters } from '@tn/api';
 *
 * const p: OwnershipMismatchErrorParameters = {
 *   volume: 'tank/k8s/pvc-1', object: 'iscsi.extent', id: 4,
 *   expected: 'disk zvol/tank/k8s/pvc-1', found: 'extent "other" on zvol/tank/other',
 *   hint: 'Clear the stale marker with volumeMarkerUpdates({ iscsiExtent: null }).',
 * };
 * ```
 */
export type OwnershipMismatchErrorParameters = {
  /** The volume (dataset name) that recorded the object. */
  volume: string;
  /** The object's kind: `iscsi.extent`, `nvmet.subsys`, ... or `pool.dataset` for the volume itself. */
  object: string;
  /** The stored id (or the dataset name). */
  id: number | string;
  /** What the object must look like to belong to the volume. */
  expected: string;
  /** What was found instead (names and paths only, never secrets). */
  found: string;
  /** What to do about it. */
  hint?: string | undefined;
};

/**
 * Refusal to delete (or adopt) an object because it no longer belongs to the volume that recorded its id: TrueNAS
 * re-uses freed ids, so a stored id may now name someone else's extent, target, subsystem or share. Also raised for a
 * volume without the caller's owner tag. Nothing was deleted. `code` is `OWNERSHIP_MISMATCH`.
 *
 * @example
 * ```ts
 * import { deprovisionVolume, OwnershipMismatchError } from '@tn/api';
 *
 * try {
 *   await deprovisionVolume(api, { volume: 'tank/k8s/pvc-1', owner: 'csi/cluster-a' });
 * } catch (err) {
 *   if (err instanceof OwnershipMismatchError) console.log(err.object, err.id, err.found);
 * }
 * ```
 */
export class OwnershipMismatchError extends TnError {
  override name = 'OwnershipMismatchError' as const;
  /** The volume. */
  readonly volume: string;
  /** The object's kind. */
  readonly object: string;
  /** The stored id. */
  readonly id: number | string;
  /** What was expected. */
  readonly expected: string;
  /** What was found. */
  readonly found: string;

  constructor({ volume, object, id, expected, found, hint }: OwnershipMismatchErrorParameters) {
    const subject =
      object === 'pool.dataset'
        ? `Volume ${volume} is not the caller's`
        : `${object} ${id} (recorded on ${volume}) no longer belongs to it`;
    super(TnErrorCode.OwnershipMismatch, `${subject}: expected ${expected}, found ${found}`, {
      metaMessages: ['Nothing was deleted.', ...(hint === undefined ? [] : [hint])],
    });
    this.volume = volume;
    this.object = object;
    this.id = id;
    this.expected = expected;
    this.found = found;
  }
}

/**
 * {@link OwnershipMismatchError} with its `name` narrowed, for `catch` blocks.
 *
 * @example
 * ```ts
 * import type { OwnershipMismatchErrorType } from '@tn/api';
 *
 * const isMismatch = (err: unknown): err is OwnershipMismatchErrorType => (err as Error).name === 'OwnershipMismatchError';
 * ```
 */
export type OwnershipMismatchErrorType = OwnershipMismatchError & { name: 'OwnershipMismatchError' };
