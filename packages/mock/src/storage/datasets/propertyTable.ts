/**
 * How the middleware turns a ZFS property into `{parsed, rawvalue, value, ...}` (`normalize_zfs_properties` in
 * `plugins/pool_/dataset_query_utils.py`):
 * - `bool`: `on`/`off` → `true`/`false` (else `null`), value upper-cased;
 * - `nullsize`: `0` → `parsed`/`value` `null`, else an int with a `format_size` value;
 * - `size`: int with a `format_size` value; `int`: int, value is the raw text;
 * - `blocksize`: int with a `128K`-style value; `string`: parsed raw, value upper-cased (with special cases);
 * - `text`: free text such as `origin` (a snapshot name): parsed raw; the value keeps its case on 25.04, whose
 *   `get_props_of_interest_mapping` passes libzfs's value through (`('origin', None, None)`), and is upper-cased on
 *   25.10, whose `normalize_zfs_properties` lists `origin` among its string properties (`raw_value.upper()`);
 * - `date`: `creation`; `other`: parsed raw, value upper-cased.
 * @internal
 */
export type PropKind = 'bool' | 'nullsize' | 'size' | 'int' | 'blocksize' | 'string' | 'text' | 'date' | 'other';

/** One dataset property. @internal */
export type PropDef = {
  /** ZFS name (`dedup`). */
  zfs: string;
  /** Key in `pool.dataset.query` rows (`deduplication`). */
  api: string;
  kind: PropKind;
  /** Inherited from the parent when not set locally. */
  inherit: boolean;
  /** Value when neither set nor inherited. */
  default: string;
  /** Applies to filesystems / volumes. */
  fs: boolean;
  vol: boolean;
  /** Part of the default property set of `pool.dataset.query` (`BASE_FS_PROPS` / `BASE_VOL_PROPS`). */
  base: boolean;
  /** Computed (space, creation, origin): source `NONE`, never set. */
  computed?: boolean;
};

function def(
  zfs: string,
  kind: PropKind,
  options: Partial<Omit<PropDef, 'zfs' | 'kind'>> & { default?: string },
): PropDef {
  return {
    zfs,
    api: options.api ?? zfs,
    kind,
    inherit: options.inherit ?? false,
    default: options.default ?? '',
    fs: options.fs ?? true,
    vol: options.vol ?? true,
    base: options.base ?? true,
    ...(options.computed ? { computed: true } : {}),
  };
}

const computed = { computed: true } as const;
const fsOnly = { vol: false } as const;

/** Every dataset property the emulation knows, in the order rows list them. @internal */
export const PROPERTIES: readonly PropDef[] = [
  def('aclmode', 'string', { ...fsOnly, inherit: true, default: 'discard' }),
  def('acltype', 'other', { ...fsOnly, inherit: true, default: 'off' }),
  def('atime', 'bool', { ...fsOnly, inherit: true, default: 'on' }),
  def('available', 'size', computed),
  def('casesensitivity', 'string', { ...fsOnly, inherit: true, default: 'sensitive' }),
  def('checksum', 'bool', { inherit: true, default: 'on' }),
  def('compression', 'string', { inherit: true, default: 'off' }),
  def('compressratio', 'string', computed),
  def('copies', 'int', { inherit: true, default: '1' }),
  def('creation', 'date', computed),
  def('dedup', 'other', { api: 'deduplication', inherit: true, default: 'off' }),
  def('encryption', 'string', { api: 'encryption_algorithm', inherit: true, default: 'off' }),
  def('exec', 'bool', { ...fsOnly, inherit: true, default: 'on' }),
  def('keyformat', 'string', { api: 'key_format', inherit: true, default: 'none' }),
  def('origin', 'text', computed),
  def('pbkdf2iters', 'string', { inherit: true, default: '0' }),
  def('quota', 'nullsize', { ...fsOnly, default: '0' }),
  def('readonly', 'bool', { inherit: true, default: 'off' }),
  def('recordsize', 'blocksize', { ...fsOnly, inherit: true, default: '131072' }),
  def('refquota', 'nullsize', { ...fsOnly, default: '0' }),
  def('refreservation', 'nullsize', { default: '0' }),
  def('reservation', 'nullsize', { default: '0' }),
  def('snapdev', 'other', { inherit: true, default: 'hidden' }),
  def('snapdir', 'string', { ...fsOnly, inherit: true, default: 'hidden' }),
  def('special_small_blocks', 'string', {
    ...fsOnly,
    api: 'special_small_block_size',
    inherit: true,
    default: '0',
  }),
  def('sync', 'string', { inherit: true, default: 'standard' }),
  def('used', 'size', computed),
  def('usedbychildren', 'size', computed),
  def('usedbydataset', 'size', computed),
  def('usedbyrefreservation', 'size', computed),
  def('usedbysnapshots', 'size', computed),
  def('volblocksize', 'blocksize', { fs: false, default: '16384' }),
  def('volsize', 'size', { fs: false, default: '0' }),
  def('xattr', 'bool', { ...fsOnly, inherit: true, default: 'sa' }),
  def('referenced', 'int', { ...computed, base: false }),
  def('written', 'int', { ...computed, base: false }),
  def('logicalused', 'int', { ...computed, base: false }),
  def('logicalreferenced', 'int', { ...computed, base: false }),
];

const byName = new Map<string, PropDef>();
for (const p of PROPERTIES) {
  byName.set(p.zfs, p);
  byName.set(p.api, p);
}

/** Property definitions by ZFS name and by row key. @internal */
export const PROPERTY_BY_NAME: ReadonlyMap<string, PropDef> = byName;

/** TrueNAS user properties shown as top-level row fields (and hidden from `user_properties`). @internal */
export const TRUENAS_USER_PROPS: ReadonlyMap<string, string> = new Map([
  ['org.freenas:description', 'comments'],
  ['org.freenas:quota_warning', 'quota_warning'],
  ['org.freenas:quota_critical', 'quota_critical'],
  ['org.freenas:refquota_warning', 'refquota_warning'],
  ['org.freenas:refquota_critical', 'refquota_critical'],
  ['org.truenas:managedby', 'managedby'],
]);
