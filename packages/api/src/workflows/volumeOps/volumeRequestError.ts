import { TnError, TnErrorCode } from '@tn/rpc';

/**
 * Why a volume operation was refused before anything was sent:
 * - `invalid`: the request failed its schema (a bad size, an empty name, ...);
 * - `shrink`: the new size is smaller than the current one;
 * - `insufficientSpace`: growing (or copying) needs more free space than there is, headroom included;
 * - `notLatestSnapshot`: a rollback would destroy newer snapshots and `destroyNewer` was not given;
 * - `exists`: the target dataset or snapshot already exists (`code` is `CONFLICT`).
 *
 * @example
 * ```ts
 * import type { VolumeRequestReason } from '@tn/api';
 *
 * const reason: VolumeRequestReason = 'shrink';
 * ```
 */
export type VolumeRequestReason = 'invalid' | 'shrink' | 'insufficientSpace' | 'notLatestSnapshot' | 'exists';

/**
 * Options of {@link VolumeRequestError}.
 *
 * @example
 * ```ts
 * import type { VolumeRequestErrorParameters } from '@tn/api';
 *
 * const p: VolumeRequestErrorParameters = {
 *   reason: 'shrink', target: 'tank/vol1', message: 'Refusing to shrink tank/vol1 from 10 GiB to 5 GiB',
 *   remedies: ['Create a new, smaller volume and copy the data.'],
 * };
 * ```
 */
export type VolumeRequestErrorParameters = {
  /** Why the request was refused. */
  reason: VolumeRequestReason;
  /** The dataset, zvol or snapshot the request names. */
  target: string;
  /** One line: what was refused and why. */
  message: string;
  /** What to do about it, one line each. */
  remedies?: readonly string[] | undefined;
  /** The underlying error (a zod error for `invalid`). */
  cause?: unknown;
};

/**
 * Thrown by the volume workflows (`resizeVolume`, `snapshotVolume`, `cloneVolume`, `rollbackVolume`,
 * `detachedClone`) and by the preflight and capacity helpers when a request is refused before anything is sent: a
 * shrink, a grow beyond the free space, a rollback past newer snapshots without `destroyNewer`, a target that exists
 * or a malformed request. `code` is `INVALID_REQUEST` (`CONFLICT` for `exists`); the message says what to do.
 *
 * @example
 * ```ts
 * import { resizeVolume, VolumeRequestError } from '@tn/api';
 *
 * try {
 *   await resizeVolume(api, { volume: 'tank/k8s/pvc-1', sizeBytes: 1024 ** 3 });
 * } catch (err) {
 *   if (err instanceof VolumeRequestError && err.reason === 'shrink') console.log(err.shortMessage);
 * }
 * ```
 */
export class VolumeRequestError extends TnError {
  /** Always `'VolumeRequestError'`. */
  override name = 'VolumeRequestError' as const;
  /** Why the request was refused. */
  readonly reason: VolumeRequestReason;
  /** The dataset, zvol or snapshot the request names. */
  readonly target: string;

  constructor({ reason, target, message, remedies = [], cause }: VolumeRequestErrorParameters) {
    const code = reason === 'exists' ? TnErrorCode.Conflict : TnErrorCode.InvalidRequest;
    super(code, message, { cause, metaMessages: [...remedies, 'Nothing was changed.'] });
    this.reason = reason;
    this.target = target;
  }
}

/**
 * {@link VolumeRequestError} with its `name` narrowed, for `catch` blocks.
 *
 * @example
 * ```ts
 * import type { VolumeRequestErrorType } from '@tn/api';
 *
 * const wasShrink = (err: VolumeRequestErrorType) => err.reason === 'shrink';
 * ```
 */
export type VolumeRequestErrorType = VolumeRequestError & { name: 'VolumeRequestError' };
