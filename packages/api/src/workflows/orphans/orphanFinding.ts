import { z } from 'zod';

/**
 * What an orphan is: an iSCSI target/extent link, target or extent, an NVMe-oF namespace or subsystem, an NFS or SMB
 * share, or a volume (dataset or zvol). Listed in the order {@link cleanupOrphans} deletes them: links before what
 * they join, exposures before the volume they expose, volumes last.
 *
 * @example
 * ```ts
 * import { OrphanKindSchema } from '@tn/api';
 *
 * [...OrphanKindSchema.values]; // ['iscsi-targetextent', 'iscsi-target', 'iscsi-extent', 'nvmet-namespace', ...]
 * ```
 */
export const OrphanKindSchema = z.literal([
  'iscsi-targetextent',
  'iscsi-target',
  'iscsi-extent',
  'nvmet-namespace',
  'nvmet-subsystem',
  'nfs-share',
  'smb-share',
  'volume',
]);

/**
 * A kind of {@link OrphanKindSchema}.
 *
 * @example
 * ```ts
 * import type { OrphanKind } from '@tn/api';
 *
 * const blockKinds: OrphanKind[] = ['iscsi-targetextent', 'iscsi-target', 'iscsi-extent'];
 * ```
 */
export type OrphanKind = z.infer<typeof OrphanKindSchema>;

/**
 * Why something is an orphan, as a code (the finding's `reason` says the same in words):
 * - `missing-zvol`: an extent or namespace names a zvol (`zvol/<dataset>`) that does not exist;
 * - `missing-path`: a FILE extent or namespace, or a share, has a path inside no existing dataset;
 * - `missing-dataset`: a share's path is where a dataset that no longer exists was mounted;
 * - `orphan-volume`: an extent, namespace or share exposes a volume reported as an orphan;
 * - `missing-extent` / `missing-target`: a target/extent link names an extent or target that does not exist;
 * - `orphan-extent`: a target/extent link joins an extent that is itself an orphan;
 * - `no-extents` / `orphan-extents`: a target has no extents, or only orphan ones;
 * - `no-namespaces` / `orphan-namespaces`: a subsystem has no namespaces, or only orphan ones;
 * - `not-in-inventory`: a volume carries the owner's markers but the caller's inventory does not list it.
 *
 * @example
 * ```ts
 * import { OrphanCauseSchema } from '@tn/api';
 *
 * OrphanCauseSchema.parse('missing-zvol');
 * ```
 */
export const OrphanCauseSchema = z.literal([
  'missing-zvol',
  'missing-path',
  'missing-dataset',
  'orphan-volume',
  'missing-extent',
  'missing-target',
  'orphan-extent',
  'no-extents',
  'orphan-extents',
  'no-namespaces',
  'orphan-namespaces',
  'not-in-inventory',
]);

/**
 * A cause of {@link OrphanCauseSchema}.
 *
 * @example
 * ```ts
 * import type { OrphanCause } from '@tn/api';
 *
 * const lostStorage = (cause: OrphanCause) => cause === 'missing-zvol' || cause === 'missing-path';
 * ```
 */
export type OrphanCause = z.infer<typeof OrphanCauseSchema>;

/**
 * One orphan {@link detectOrphans} found. `id` is the object's id (a number; for volumes the dataset name); the
 * other fields let {@link cleanupOrphans} re-check, right before deleting, that the id still names the same object
 * and that it is still an orphan. Unknown keys are dropped when a finding is parsed.
 *
 * @example
 * ```ts
 * import { OrphanFindingSchema } from '@tn/api';
 *
 * OrphanFindingSchema.parse({
 *   kind: 'iscsi-extent', id: 4, name: 'pvc-1', cause: 'missing-zvol', managed: false,
 *   reason: "extent 'pvc-1' points at zvol/tank/k8s/pvc-1, which does not exist",
 *   path: 'zvol/tank/k8s/pvc-1', dataset: 'tank/k8s/pvc-1',
 * });
 * ```
 */
export const OrphanFindingSchema = z.object({
  /** What the object is. */
  kind: OrphanKindSchema,
  /** Its id: a number, or the dataset name of a `volume`. */
  id: z.union([z.number().int().nonnegative(), z.string().min(1)]),
  /** Its name: extent, target or subsystem name, share path (NFS) or name (SMB), link label, dataset name. */
  name: z.string(),
  /** Why it is an orphan, in words. */
  reason: z.string(),
  /** Why it is an orphan, as a code. */
  cause: OrphanCauseSchema,
  /**
   * Whether the SDK made it: the markers of a volume record its id (a volume: its own markers), or its name is the
   * one the SDK gives objects exposing the dataset it points at (`exposureNames`: a slug plus a hash of the dataset
   * name), or every orphan it derives from is managed. NFS shares can only be named by markers, which go with the
   * zvol. {@link cleanupOrphans} deletes unmanaged findings only with `includeUnmanaged`.
   */
  managed: z.boolean(),
  /** The owner tag of the markers that name it (unknown when only its name or its origin makes it managed). */
  owner: z.string().optional(),
  /** What the object points at, as the server stores it: `zvol/<dataset>`, a file or share path. */
  path: z.string().optional(),
  /** The dataset whose absence (or orphan volume) makes this an orphan; for a `volume`, the volume itself. */
  dataset: z.string().optional(),
  /** iSCSI target id (target/extent links). */
  target: z.number().int().nonnegative().optional(),
  /** iSCSI extent id (target/extent links). */
  extent: z.number().int().nonnegative().optional(),
  /** NVMe-oF subsystem id (namespaces). */
  subsystem: z.number().int().nonnegative().optional(),
});

/**
 * A finding of {@link OrphanFindingSchema}.
 *
 * @example
 * ```ts
 * import type { OrphanFinding } from '@tn/api';
 *
 * const line = (f: OrphanFinding) => `${f.kind} ${f.id}${f.managed ? ` (${f.owner})` : ''}: ${f.reason}`;
 * ```
 */
export type OrphanFinding = z.infer<typeof OrphanFindingSchema>;

/**
 * The key of a finding, `<kind>:<id>`: one per object. @internal
 *
 * @example
 * ```ts
 * findingKey({ kind: 'iscsi-extent', id: 4 }); // 'iscsi-extent:4'
 * ```
 */
export function findingKey(finding: Pick<OrphanFinding, 'kind' | 'id'>): string {
  return `${finding.kind}:${finding.id}`;
}
