import type { ZfsFailureKind } from '../errors.js';

/**
 * Ordered stderr patterns: the first match wins, so more specific wordings come before generic ones. Sources are the
 * libzfs/zfs/zpool messages (`zfs_standard_error`, `zpool_standard_error`) plus sudo's.
 */
const RULES: ReadonlyArray<readonly [RegExp, ZfsFailureKind]> = [
  [/has dependent clones|dependent clones exist/i, 'has_dependents'],
  [/more recent snapshots(?: or bookmarks)? exist/i, 'has_dependents'],
  [/has children|use '-r' to destroy the following datasets/i, 'has_children'],
  [
    /permission denied|operation not permitted|sudo: (?:a (?:password|terminal) is required|.*not allowed|.*not in the sudoers)|must be run as root|insufficient privileges/i,
    'permission_denied',
  ],
  [/out of space|no space left|quota exceeded|not enough space/i, 'no_space'],
  [
    /(?:dataset|pool|device|target|resource) is busy|pool or dataset is busy|is currently (?:in use|busy)|device is in use|is part of (?:active |exported )?pool|currently scrubbing|(?:resilver|scrub) (?:is )?in progress/i,
    'busy',
  ],
  [
    /already exists|tag already exists|destination '[^']*' exists|pool is already|already (?:loaded|imported|mounted|shared)/i,
    'exists',
  ],
  [
    /does not exist|no such (?:pool|dataset|device|file|tag|snapshot)|could not find any snapshots|no pools? (?:available|found)|cannot find|no active scrub|not currently (?:mounted|shared)|not found/i,
    'not_found',
  ],
  [
    /invalid option|unrecognized option|unrecognized command|not supported|unsupported|operation not applicable|feature .* (?:disabled|not enabled)|pool must be upgraded/i,
    'not_supported',
  ],
  [
    /invalid (?:argument|property|name|character|vdev|value)|bad (?:property|numeric|value)|missing (?:dataset|pool|snapshot|argument)|usage:|is not a (?:snapshot|filesystem|volume)|must be (?:a|an) /i,
    'invalid_argument',
  ],
];

/**
 * Maps a failed command's stderr to a {@link ZfsFailureKind}: the single place that knows zfs/zpool error wording.
 *
 * @param stderr - What the command printed on stderr.
 * @returns The recognised kind, or `'unknown'`.
 * @example
 * ```ts
 * import { classifyFailure } from '@tn/zfs';
 *
 * classifyFailure("cannot destroy 'tank/a': dataset is busy"); // 'busy'
 * classifyFailure("cannot open 'tank/x': dataset does not exist"); // 'not_found'
 * ```
 */
export function classifyFailure(stderr: string): ZfsFailureKind {
  for (const [pattern, kind] of RULES) if (pattern.test(stderr)) return kind;
  return 'unknown';
}
