import { z } from 'zod';
import type { WorkflowRecord } from '../core/runWorkflow.js';
import { VolumeMarkersSchema } from '../ownership/volumeMarkers.js';

/**
 * What {@link provisionVolume} made (or found, or in a dry run would make; negative ids are then placeholders, see
 * `calls[].produces`): the volume, whether this call created its dataset, its markers, and how to reach it.
 *
 * @example
 * ```ts
 * import { ProvisionedVolumeSchema } from '@tn/api';
 *
 * const { volume, iscsi } = ProvisionedVolumeSchema.parse(await provisionVolume(api, request));
 * console.log(volume, iscsi?.iqn, iscsi?.lun);
 * ```
 */
export const ProvisionedVolumeSchema = z.object({
  /** The dataset name, `<parent>/<name>`. */
  volume: z.string(),
  /** Whether this call created the dataset (`false`: it existed with the same owner and spec). */
  created: z.boolean(),
  /** `zvol` or `filesystem`. */
  kind: z.literal(['zvol', 'filesystem']),
  /** The markers on the volume after the call. */
  markers: VolumeMarkersSchema,
  /** iSCSI exposure. */
  iscsi: z
    .object({
      /** Target name. */ target: z.string(),
      /** `iscsi.target` id. */ targetId: z.number().int(),
      /** Whether the target is shared with other volumes. */ shared: z.boolean(),
      /** `<basename>:<target>`, what initiators log in to. */ iqn: z.string(),
      /** The LUN id. */ lun: z.number().int(),
      /** `iscsi.extent` id. */ extentId: z.number().int(),
      /** `iscsi.targetextent` id. */ targetExtentId: z.number().int(),
    })
    .optional(),
  /** NVMe-oF exposure. */
  nvmet: z
    .object({
      /** The subsystem NQN hosts connect to. */ subnqn: z.string(),
      /** `nvmet.subsys` id. */ subsystemId: z.number().int(),
      /** `nvmet.namespace` id. */ namespaceId: z.number().int(),
      /** The namespace's NSID (`null` in a dry run). */ nsid: z.number().int().nullable(),
      /** Whether any host may connect (no host list). */ allowAnyHost: z.boolean(),
      /** `nvmet.host` ids allowed in. */ hostIds: z.array(z.number().int()),
      /** `nvmet.port_subsys` ids. */ portLinkIds: z.array(z.number().int()),
    })
    .optional(),
  /** NFS or SMB share. */
  share: z
    .object({
      /** `nfs` or `smb`. */ protocol: z.literal(['nfs', 'smb']),
      /** `sharing.nfs` / `sharing.smb` id. */ id: z.number().int(),
      /** `/mnt/<volume>`. */ path: z.string(),
      /** SMB share name. */ name: z.string().optional(),
    })
    .optional(),
});

/**
 * A value of {@link ProvisionedVolumeSchema}.
 *
 * @example
 * ```ts
 * import type { ProvisionedVolume } from '@tn/api';
 *
 * const describe = (v: ProvisionedVolume) => `${v.volume} ${v.created ? 'created' : 'existing'}`;
 * ```
 */
export type ProvisionedVolume = z.infer<typeof ProvisionedVolumeSchema>;

/**
 * What {@link provisionVolume} resolves with: the {@link ProvisionedVolume} and the {@link WorkflowRecord} (`calls`,
 * `dryRun`, `auditFailures`).
 *
 * @example
 * ```ts
 * import type { ProvisionVolumeResult } from '@tn/api';
 *
 * const mutations = (result: ProvisionVolumeResult) => result.calls.length; // 0 when nothing was missing
 * ```
 */
export type ProvisionVolumeResult = ProvisionedVolume & WorkflowRecord;
