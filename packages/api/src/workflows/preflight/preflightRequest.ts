import { z } from 'zod';
import { DatasetNameSchema } from '../volumeOps/volumeNames.js';

/**
 * How a volume will be exposed: `iscsi` (zvol + extent), `nvmet` (zvol + NVMe-oF namespace, TrueNAS 25.10), `nfs`
 * or `smb` (a filesystem with a share), or `none` (a bare zvol or filesystem).
 *
 * @example
 * ```ts
 * import { VolumeProtocolSchema } from '@tn/api';
 *
 * VolumeProtocolSchema.parse('nvmet');
 * ```
 */
export const VolumeProtocolSchema = z.literal(['iscsi', 'nvmet', 'nfs', 'smb', 'none']);

/**
 * A protocol of {@link VolumeProtocolSchema}.
 *
 * @example
 * ```ts
 * import type { VolumeProtocol } from '@tn/api';
 *
 * const protocol: VolumeProtocol = 'iscsi';
 * ```
 */
export type VolumeProtocol = z.infer<typeof VolumeProtocolSchema>;

/**
 * What {@link preflightVolume} checks an allocation against: where it goes, how big it is and how it will be
 * exposed.
 *
 * @example
 * ```ts
 * import { PreflightRequestSchema } from '@tn/api';
 *
 * PreflightRequestSchema.parse({ parent: 'tank/k8s', sizeBytes: 10 * 1024 ** 3, protocol: 'iscsi', sharedTarget: 'k8s' });
 * ```
 */
export const PreflightRequestSchema = z
  .strictObject({
    /** The parent dataset the volume is created below (a filesystem). */
    parent: DatasetNameSchema,
    /** The volume's size in bytes (zvol `volsize`, or a filesystem's `refquota`). */
    sizeBytes: z.number().int().positive(),
    /** How the volume will be exposed. */
    protocol: VolumeProtocolSchema,
    /**
     * An existing iSCSI target (by name) or NVMe-oF subsystem (by name or NQN) the volume will be added to; checked
     * to exist. Leave it out when each volume gets its own.
     */
    sharedTarget: z.string().min(1).optional(),
    /** NVMe-oF port ids the subsystem will be linked to; checked to exist. */
    nvmetPortIds: z.array(z.number().int().nonnegative()).optional(),
    /** Extra free space required on top of `sizeBytes`, as a fraction (ZFS overhead, metadata). @default 0.2 */
    headroom: z.number().min(0).max(10).default(0.2),
  })
  .refine((r) => r.sharedTarget === undefined || r.protocol === 'iscsi' || r.protocol === 'nvmet', {
    message: 'sharedTarget applies to iscsi and nvmet only',
    path: ['sharedTarget'],
  })
  .refine((r) => r.nvmetPortIds === undefined || r.protocol === 'nvmet', {
    message: 'nvmetPortIds applies to nvmet only',
    path: ['nvmetPortIds'],
  });

/**
 * A request of {@link PreflightRequestSchema}, as callers write it (`headroom` optional).
 *
 * @example
 * ```ts
 * import type { PreflightRequest } from '@tn/api';
 *
 * const request: PreflightRequest = { parent: 'tank/nfs', sizeBytes: 5 * 1024 ** 3, protocol: 'nfs' };
 * ```
 */
export type PreflightRequest = z.input<typeof PreflightRequestSchema>;
