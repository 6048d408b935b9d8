/**
 * Header abbreviations zfs prints for dataset properties (`zfs list`, `zfs get -o`), mapped to property names.
 * Headers not listed map to their lower-case form (`MOUNTPOINT` -> `mountpoint`).
 */
const ZFS_HEADERS: Readonly<Record<string, string>> = {
  AVAIL: 'available',
  REFER: 'referenced',
  USEDSNAP: 'usedbysnapshots',
  USEDDS: 'usedbydataset',
  USEDREFRESERV: 'usedbyrefreservation',
  USEDCHILD: 'usedbychildren',
  RATIO: 'compressratio',
  REFRATIO: 'refcompressratio',
  RESERV: 'reservation',
  REFRESERV: 'refreservation',
  VOLBLOCK: 'volblocksize',
  RECSIZE: 'recordsize',
  COMPRESS: 'compression',
  RDONLY: 'readonly',
  LUSED: 'logicalused',
  LREFER: 'logicalreferenced',
  ENCROOT: 'encryptionroot',
  KEYSTATUS: 'keystatus',
  WRITTEN: 'written',
  CLONES: 'clones',
};

/** Header abbreviations of `zpool list` / `zpool get`. */
const ZPOOL_HEADERS: Readonly<Record<string, string>> = {
  ALLOC: 'allocated',
  CAP: 'capacity',
  DEDUP: 'dedupratio',
  CKPOINT: 'checkpoint',
  EXPANDSZ: 'expandsize',
  FRAG: 'fragmentation',
  BCLONE_USED: 'bcloneused',
  BCLONE_SAVED: 'bclonesaved',
  BCLONE_RATIO: 'bcloneratio',
};

/**
 * Property name of a `zfs list`/`zfs get` column header.
 *
 * @internal
 */
export function zfsColumnName(header: string): string {
  return Object.hasOwn(ZFS_HEADERS, header) ? (ZFS_HEADERS[header] as string) : header.toLowerCase();
}

/**
 * Property name of a `zpool list`/`zpool get` column header.
 *
 * @internal
 */
export function zpoolColumnName(header: string): string {
  return Object.hasOwn(ZPOOL_HEADERS, header) ? (ZPOOL_HEADERS[header] as string) : header.toLowerCase();
}
