import type { VersionProfile } from '../../profile.js';
import type { StorageState } from '../storageState.js';
import type { DiskState } from '../storageTypes.js';

/** `disk.query` `identifier` (its primary key): `{serial_lunid}SERIAL_LUNID`, or `{serial}SERIAL`. @internal */
export function diskIdentifier(disk: DiskState): string {
  return disk.lunid ? `{serial_lunid}${disk.serial}_${disk.lunid}` : `{serial}${disk.serial}`;
}

/**
 * A `disk.query` row (`DiskEntry`); 25.04 adds the SMART-era fields (`togglesmart`, `smartoptions`, `critical`,
 * `difference`, `informational`, `supports_smart`). `pool`/`zfs_guid` reflect the imported pool holding the disk.
 * @internal
 */
export function diskRow(state: StorageState, disk: DiskState, profile: VersionProfile): Record<string, unknown> {
  const location = state.diskLocation(disk.name);
  const row: Record<string, unknown> = {
    identifier: diskIdentifier(disk),
    name: disk.name,
    subsystem: 'scsi',
    number: disk.number,
    serial: disk.serial,
    lunid: disk.lunid,
    size: disk.size,
    description: disk.description,
    transfermode: 'Auto',
    hddstandby: 'ALWAYS ON',
    advpowermgmt: 'DISABLED',
    expiretime: null,
    model: disk.model,
    rotationrate: disk.rotationrate,
    type: disk.type,
    zfs_guid: location ? location.leaf.guid : null,
    bus: disk.bus,
    devname: disk.name,
    enclosure: null,
    pool: location ? location.pool.name : null,
    passwd: '',
    kmip_uid: null,
  };
  if (profile === '25.04') {
    Object.assign(row, {
      togglesmart: true,
      smartoptions: '',
      critical: null,
      difference: null,
      informational: null,
      supports_smart: true,
    });
  }
  return row;
}
