/**
 * Something that can be attached to datasets (shares, iSCSI extents, VMs...): `pool.dataset.attachments` lists
 * every provider with a non-empty `attachments(dataset)` result. Register with
 * `server.storage.registerAttachmentProvider()`; providers survive `reset()`.
 *
 * @example
 * ```ts
 * import { createMockServer, type AttachmentProvider } from '@tn/mock';
 *
 * const shares = new Map([['tank/share', 'share']]);
 * const smb: AttachmentProvider = {
 *   type: 'SMB Share',
 *   service: 'cifs',
 *   attachments: (dataset) =>
 *     [...shares].filter(([path]) => path === dataset || path.startsWith(`${dataset}/`)).map(([, name]) => name),
 * };
 * createMockServer().storage.registerAttachmentProvider(smb);
 * ```
 */
export type AttachmentProvider = {
  /** Attachment type as the middleware names it, e.g. `SMB Share`, `iSCSI Extent`, `NFS Share`. */
  type: string;
  /** Service name (`cifs`, `iscsitarget`, `nfs`), or `null`. */
  service: string | null;
  /** Names of what is attached to `dataset` or to anything below it; empty when nothing is. */
  attachments(dataset: string): string[];
  /** Called after datasets were destroyed (their names), so the provider can drop or disable what pointed at them. */
  datasetsDeleted?(datasets: string[]): void;
};
