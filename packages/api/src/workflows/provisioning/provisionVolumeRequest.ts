import { z } from 'zod';
import { DATASET_PART } from '../volumeOps/volumeNames.js';

const PART_HINT = 'letters, digits, "_", ".", ":" and "-", starting with a letter or digit';

/**
 * iSCSI exposure: an extent on the zvol, linked as a LUN into a target of its own (named after the volume) or into an
 * existing `sharedTarget`. A `lun` given on a shared target must be free (checked before anything is created); without
 * it the lowest free LUN is taken. `portal`/`initiator`/`authMethod`/`authGroup` shape the group of a per-volume
 * target (default: the first portal, any initiator, no auth).
 *
 * @example
 * ```ts
 * import { IscsiExposeSchema } from '@tn/api';
 *
 * IscsiExposeSchema.parse({ protocol: 'iscsi', sharedTarget: 'k8s', lun: 3 });
 * ```
 */
export const IscsiExposeSchema = z.strictObject({
  protocol: z.literal('iscsi'),
  /** Name of an existing target to add a LUN to (it is never deleted); otherwise one target per volume. */
  sharedTarget: z
    .string()
    .min(1)
    .max(120)
    .regex(/^[-a-z0-9.:]+$/, 'an iSCSI target name: lowercase letters, digits, ".", "-" and ":"')
    .optional(),
  /** The LUN id. @default lowest free (0 on a per-volume target) */
  lun: z.number().int().min(0).max(1023).optional(),
  /** `iscsi.portal` id of the target group. @default the portal with the lowest id, if any */
  portal: z.number().int().positive().optional(),
  /** `iscsi.initiator` group id allowed in. @default any initiator */
  initiator: z.number().int().positive().optional(),
  /** Authentication of the target group. @default 'NONE' */
  authMethod: z.literal(['NONE', 'CHAP', 'CHAP_MUTUAL']).optional(),
  /** `iscsi.auth` tag (the CHAP credentials) for `CHAP`/`CHAP_MUTUAL`. */
  authGroup: z.number().int().nonnegative().optional(),
});

/**
 * An NVMe host allowed into the volume's subsystem, with optional DH-CHAP secrets (set only on hosts the workflow
 * creates; an existing `nvmet.host` of that NQN is reused as it is). Secrets never reach audit records, errors or the
 * volume's markers.
 *
 * @example
 * ```ts
 * import { NvmetHostSchema } from '@tn/api';
 *
 * NvmetHostSchema.parse({ nqn: 'nqn.2014-08.org.nvmexpress:uuid:1b4e28ba', dhchapKey: 'DHHC-1:00:...' });
 * ```
 */
export const NvmetHostSchema = z.strictObject({
  /** The host's NQN. */
  nqn: z
    .string()
    .min(11)
    .max(223)
    .regex(/^nqn\./, 'an NQN starting with "nqn."'),
  /** DH-CHAP secret the host presents. */
  dhchapKey: z.string().min(1).optional(),
  /** DH-CHAP secret this TrueNAS presents (bidirectional; needs `dhchapKey`). */
  dhchapCtrlKey: z.string().min(1).optional(),
  /** HMAC of the exchange. @default 'SHA-256' */
  dhchapHash: z.literal(['SHA-256', 'SHA-384', 'SHA-512']).optional(),
  /** Diffie-Hellman group. @default none */
  dhchapDhgroup: z.literal(['2048-BIT', '3072-BIT', '4096-BIT', '6144-BIT', '8192-BIT']).optional(),
});

/**
 * NVMe-oF exposure (TrueNAS 25.10+): one subsystem per volume with the zvol as its namespace, linked to `portIds`
 * (default: every port that exists at the time of the call). Without `hosts` the subsystem allows any host; with
 * hosts it allows only those (`allow_any_host` is never combined with host entries).
 *
 * @example
 * ```ts
 * import { NvmetExposeSchema } from '@tn/api';
 *
 * NvmetExposeSchema.parse({ protocol: 'nvmet', hosts: [{ nqn: 'nqn.2014-08.org.nvmexpress:uuid:1b4e28ba' }] });
 * ```
 */
export const NvmetExposeSchema = z.strictObject({
  protocol: z.literal('nvmet'),
  /** `nvmet.port` ids. @default every port */
  portIds: z.array(z.number().int().positive()).optional(),
  /** Hosts allowed in. @default any host */
  hosts: z.array(NvmetHostSchema).optional(),
});

/**
 * NFS exposure of a filesystem volume: one export of `/mnt/<volume>`.
 *
 * @example
 * ```ts
 * import { NfsExposeSchema } from '@tn/api';
 *
 * NfsExposeSchema.parse({ protocol: 'nfs', networks: ['10.0.0.0/24'], maprootUser: 'root' });
 * ```
 */
export const NfsExposeSchema = z.strictObject({
  protocol: z.literal('nfs'),
  /** Allowed networks (CIDR). @default all */
  networks: z.array(z.string().min(1)).optional(),
  /** Allowed hosts. @default all */
  hosts: z.array(z.string().min(1)).optional(),
  /** Export read-only. @default false */
  readOnly: z.boolean().optional(),
  /** Map the client's root user to this user. */
  maprootUser: z.string().min(1).optional(),
  /** Map the client's root group to this group. */
  maprootGroup: z.string().min(1).optional(),
  /** Map every client user to this user. */
  mapallUser: z.string().min(1).optional(),
  /** Map every client group to this group. */
  mapallGroup: z.string().min(1).optional(),
  /** Security flavours. @default server default */
  security: z.array(z.literal(['SYS', 'KRB5', 'KRB5I', 'KRB5P'])).optional(),
});

/**
 * SMB exposure of a filesystem volume: one share of `/mnt/<volume>` (`purpose` as the server's version spells it;
 * `DEFAULT_SHARE` exists on both).
 *
 * @example
 * ```ts
 * import { SmbExposeSchema } from '@tn/api';
 *
 * SmbExposeSchema.parse({ protocol: 'smb', shareName: 'projects' });
 * ```
 */
export const SmbExposeSchema = z.strictObject({
  protocol: z.literal('smb'),
  /** The share name. @default exposureNames(volume).smbShare */
  shareName: z
    .string()
    .min(1)
    .max(80)
    .regex(/^[^\\/[\]:|<>+=;,*?"]+$/, 'an SMB share name without \\ / [ ] : | < > + = ; , * ? "')
    .refine((name) => !['global', 'printers', 'homes'].includes(name.toLowerCase()), 'a reserved SMB share name')
    .optional(),
  /** The share purpose. @default 'DEFAULT_SHARE' */
  purpose: z.string().min(1).optional(),
});

/**
 * How a volume is exposed, by `protocol`.
 *
 * @example
 * ```ts
 * import { VolumeExposeSchema } from '@tn/api';
 *
 * VolumeExposeSchema.parse({ protocol: 'none' });
 * ```
 */
export const VolumeExposeSchema = z.discriminatedUnion('protocol', [
  IscsiExposeSchema,
  NvmetExposeSchema,
  NfsExposeSchema,
  SmbExposeSchema,
  z.strictObject({ protocol: z.literal('none') }),
]);

/**
 * A request of {@link provisionVolume}: create `<parent>/<name>` (a zvol for iSCSI/NVMe-oF, a filesystem with a
 * `refquota` of `sizeBytes` for NFS/SMB) tagged with `owner`, and expose it. Strict: unknown keys are refused, and so
 * are combinations the server would only refuse half way (a filesystem over iSCSI, `sparse` on a filesystem, a shared
 * target with its own portal...).
 *
 * @example
 * ```ts
 * import { ProvisionVolumeRequestSchema } from '@tn/api';
 *
 * ProvisionVolumeRequestSchema.parse({
 *   name: 'pvc-1', parent: 'tank/k8s', owner: 'csi/cluster-a', sizeBytes: 10 * 1024 ** 3, sparse: true,
 *   expose: { protocol: 'iscsi' },
 * });
 * ```
 */
export const ProvisionVolumeRequestSchema = z
  .strictObject({
    /** The volume's own name (one dataset name part). */
    name: z
      .string()
      .min(1)
      .max(200)
      .regex(new RegExp(`^${DATASET_PART}$`), `a dataset name part: ${PART_HINT}`),
    /** The parent dataset (given per request, e.g. from a StorageClass). */
    parent: z
      .string()
      .min(1)
      .max(200)
      .regex(new RegExp(`^${DATASET_PART}(/${DATASET_PART})*$`), `a dataset name (pool/...): ${PART_HINT}`),
    /** The owner tag written to `tn:owner` (a driver and cluster, say). */
    owner: z.string().min(1).max(256),
    /** Size: `volsize` of a zvol, `refquota` of a filesystem. */
    sizeBytes: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    /** @default 'zvol' for iSCSI/NVMe-oF, 'filesystem' otherwise */
    kind: z.literal(['zvol', 'filesystem']).optional(),
    /** Thin-provisioned zvol. @default false */
    sparse: z.boolean().optional(),
    /** zvol block size. @default the server's */
    volblocksize: z.literal(['512', '512B', '1K', '2K', '4K', '8K', '16K', '32K', '64K', '128K']).optional(),
    /** Dataset comments (not part of the volume's identity). */
    comments: z.string().max(1024).optional(),
    /** How the volume is exposed. */
    expose: VolumeExposeSchema,
  })
  .superRefine((request, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const { expose } = request;
    const block = expose.protocol === 'iscsi' || expose.protocol === 'nvmet';
    const file = expose.protocol === 'nfs' || expose.protocol === 'smb';
    const kind = request.kind ?? (block ? 'zvol' : 'filesystem');
    if (block && kind !== 'zvol') issue(['kind'], `${expose.protocol} exposes block devices: use kind "zvol"`);
    if (file && kind !== 'filesystem') issue(['kind'], `${expose.protocol} shares files: use kind "filesystem"`);
    if (kind !== 'zvol' && request.sparse !== undefined) issue(['sparse'], 'applies to zvols only');
    if (kind !== 'zvol' && request.volblocksize !== undefined) issue(['volblocksize'], 'applies to zvols only');
    if (`${request.parent}/${request.name}`.length > 255)
      issue(['name'], 'the full dataset name exceeds 255 characters');
    if (expose.protocol === 'iscsi') {
      if (expose.sharedTarget !== undefined) {
        for (const key of ['portal', 'initiator', 'authMethod', 'authGroup'] as const) {
          if (expose[key] !== undefined) issue(['expose', key], 'a shared target keeps its own groups');
        }
      }
      const chap = expose.authMethod === 'CHAP' || expose.authMethod === 'CHAP_MUTUAL';
      if (chap && expose.authGroup === undefined) issue(['expose', 'authGroup'], `required by ${expose.authMethod}`);
      if (!chap && expose.authGroup !== undefined)
        issue(['expose', 'authMethod'], 'authGroup needs CHAP or CHAP_MUTUAL');
    }
    if (expose.protocol === 'nvmet') {
      const seen = new Set<string>();
      (expose.hosts ?? []).forEach((host, index) => {
        if (seen.has(host.nqn)) issue(['expose', 'hosts', index, 'nqn'], 'listed twice');
        seen.add(host.nqn);
        if (host.dhchapCtrlKey !== undefined && host.dhchapKey === undefined) {
          issue(['expose', 'hosts', index, 'dhchapCtrlKey'], 'bidirectional DH-CHAP needs dhchapKey too');
        }
      });
      if (new Set(expose.portIds ?? []).size !== (expose.portIds ?? []).length) {
        issue(['expose', 'portIds'], 'contains duplicates');
      }
    }
    if (expose.protocol === 'nfs') {
      if (expose.maprootUser !== undefined && expose.mapallUser !== undefined) {
        issue(['expose', 'mapallUser'], 'maprootUser and mapallUser are mutually exclusive');
      }
      if (expose.maprootGroup !== undefined && expose.mapallGroup !== undefined) {
        issue(['expose', 'mapallGroup'], 'maprootGroup and mapallGroup are mutually exclusive');
      }
    }
  });

/**
 * A request of {@link ProvisionVolumeRequestSchema}.
 *
 * @example
 * ```ts
 * import type { ProvisionVolumeRequest } from '@tn/api';
 *
 * const request: ProvisionVolumeRequest = {
 *   name: 'media', parent: 'tank/shares', owner: 'ops', sizeBytes: 2 * 1024 ** 4,
 *   expose: { protocol: 'smb', shareName: 'media' },
 * };
 * ```
 */
export type ProvisionVolumeRequest = z.infer<typeof ProvisionVolumeRequestSchema>;
