import { parseZfsSize } from '../format/zfsFormat.js';

type Mapping = { zfs: string; kind: 'lower' | 'int' | 'nullint' | 'user' | 'size' };

/** `pool.dataset.create/update` fields that become ZFS (or TrueNAS user) properties (`POOL_DS_*_PROPERTIES`). @internal */
const API_PROPS: Readonly<Record<string, Mapping>> = {
  comments: { zfs: 'org.freenas:description', kind: 'user' },
  managedby: { zfs: 'org.truenas:managedby', kind: 'user' },
  quota_warning: { zfs: 'org.freenas:quota_warning', kind: 'user' },
  quota_critical: { zfs: 'org.freenas:quota_critical', kind: 'user' },
  refquota_warning: { zfs: 'org.freenas:refquota_warning', kind: 'user' },
  refquota_critical: { zfs: 'org.freenas:refquota_critical', kind: 'user' },
  sync: { zfs: 'sync', kind: 'lower' },
  snapdev: { zfs: 'snapdev', kind: 'lower' },
  compression: { zfs: 'compression', kind: 'lower' },
  exec: { zfs: 'exec', kind: 'lower' },
  atime: { zfs: 'atime', kind: 'lower' },
  readonly: { zfs: 'readonly', kind: 'lower' },
  snapdir: { zfs: 'snapdir', kind: 'lower' },
  deduplication: { zfs: 'dedup', kind: 'lower' },
  checksum: { zfs: 'checksum', kind: 'lower' },
  aclmode: { zfs: 'aclmode', kind: 'lower' },
  acltype: { zfs: 'acltype', kind: 'lower' },
  casesensitivity: { zfs: 'casesensitivity', kind: 'lower' },
  copies: { zfs: 'copies', kind: 'int' },
  special_small_block_size: { zfs: 'special_small_blocks', kind: 'int' },
  reservation: { zfs: 'reservation', kind: 'int' },
  refreservation: { zfs: 'refreservation', kind: 'int' },
  quota: { zfs: 'quota', kind: 'nullint' },
  refquota: { zfs: 'refquota', kind: 'nullint' },
  recordsize: { zfs: 'recordsize', kind: 'size' },
  volsize: { zfs: 'volsize', kind: 'int' },
  volblocksize: { zfs: 'volblocksize', kind: 'size' },
};

/** Property changes from API fields: values to set and names to inherit (`INHERIT`). @internal */
export type PropChanges = { set: Map<string, string>; inherit: Set<string> };

/**
 * Maps create/update fields to ZFS properties: upper-case choices become ZFS values (`LZ4` → `lz4`), sizes bytes
 * (`1M` → `1048576`), `null` quotas `0`, `INHERIT` an inherit, TrueNAS fields (`comments`, ...) user properties.
 * Fields that are not properties (`name`, `type`, `share_type`, ...) are ignored.
 * @internal
 */
export function apiPropChanges(data: Readonly<Record<string, unknown>>): PropChanges {
  const changes: PropChanges = { set: new Map(), inherit: new Set() };
  for (const [field, value] of Object.entries(data)) {
    const mapping = API_PROPS[field];
    if (!mapping || value === undefined) continue;
    if (value === 'INHERIT') {
      changes.inherit.add(mapping.zfs);
      continue;
    }
    switch (mapping.kind) {
      case 'user':
        changes.set.set(mapping.zfs, String(value));
        break;
      case 'lower':
        changes.set.set(mapping.zfs, String(value).toLowerCase());
        break;
      case 'nullint':
        changes.set.set(mapping.zfs, value === null ? '0' : String(value));
        break;
      case 'size':
        changes.set.set(mapping.zfs, String(parseZfsSize(String(value)) ?? value));
        break;
      default:
        changes.set.set(mapping.zfs, String(value));
    }
  }
  return changes;
}

/** Valid `recordsize` values (`pool.dataset.recordsize_choices`): 512 bytes to 16 MiB, powers of two. @internal */
export const RECORDSIZE_CHOICES: readonly string[] = [
  '512',
  '512B',
  '1K',
  '2K',
  '4K',
  '8K',
  '16K',
  '32K',
  '64K',
  '128K',
  '256K',
  '512K',
  '1M',
  '2M',
  '4M',
  '8M',
  '16M',
];

/** Bytes of a `volblocksize` choice (`512`, `512B`, `16K`). @internal */
export function volblocksizeBytes(value: string): number {
  return value.startsWith('512') ? 512 : Number.parseInt(value, 10) * 1024;
}
