// Facts of the middleware that the catalogue's extractor lost, applied to the entries before schemas are built. Each
// table cites the source it was read from (truenas/middleware at the tags PROTOCOL.md names).
import type { FieldNode, MethodEntry, ObjectShape } from './methodsJson.js';

/**
 * 25.04 legacy `*.update` methods whose data param is NOT `Patch(..., ('attr', {'update': True}))`: only the listed
 * fields are update dicts (their members optional), the rest of the data keeps the create model's required fields.
 * Every other legacy update is an update dict, like the pydantic `ForUpdateMetaclass` models (`partial` in the
 * catalogue): `sharing.smb.update` (plugins/smb.py), `disk.update` (plugins/disk.py), `replication.update`,
 * `pool.dataset.update` all patch with `('attr', {'update': True})`.
 */
export const LEGACY_UPDATE_EXCEPTIONS: Readonly<Record<string, readonly string[]>> = {
  // plugins/pool_/pool.py: Patch('pool_create', 'pool_update', ..., ('edit', {'name': 'topology', 'method':
  // lambda x: setattr(x, 'update', True)})) and no ('attr', {'update': True}): `topology` is still required.
  'pool.update': ['topology'],
};

const SMB_OPTION_MODELS = [
  'LegacyOpt',
  'DefaultOpt',
  'TimeMachineOpt',
  'MultiprotocolOpt',
  'TimeLockedOpt',
  'PrivateDatasetOpt',
  'ExternalOpt',
  'VeeamRepositoryOpt',
  'FCPStorageOpt',
] as const;

/**
 * Result-side model fields declared `Field(exclude=True)`: the server validates with them and never sends them. The
 * 25.10 SMB share options carry their discriminator that way (`purpose: Literal[...] = Field(exclude=True)` in
 * api/v25_10_x/smb.py, filled in from the share's `purpose` by `parse_nested`), so `options` rows have no `purpose`.
 */
export const SERIALIZATION_EXCLUDED: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  SMB_OPTION_MODELS.map((model) => [model, ['purpose']]),
);

type Block = { params?: FieldNode[] | null; result?: FieldNode | null; schema_style?: string };

function blocksOf(entry: MethodEntry): Block[] {
  return [entry, entry.v25_04, entry.v25_10].filter((b): b is Block => b !== undefined);
}

function isLegacy(block: Block): boolean {
  return block.schema_style?.startsWith('legacy') ?? false;
}

/** The data param of an update: the last object param with fields. */
function dataParam(params: FieldNode[]): FieldNode | undefined {
  return [...params].reverse().find((p) => p.fields !== undefined);
}

function patchLegacyUpdate(method: string, block: Block): void {
  const data = block.params ? dataParam(block.params) : undefined;
  if (!data) return;
  const only = LEGACY_UPDATE_EXCEPTIONS[method];
  if (!only) {
    data.partial = true;
    return;
  }
  for (const name of only) {
    const field = data.fields?.find((f) => f.name === name);
    if (!field) throw new Error(`${method}: no field ${name} to mark as an update dict`);
    field.partial = true;
  }
}

function markExcluded(shape: ObjectShape | undefined): void {
  if (!shape) return;
  const excluded = shape.model ? SERIALIZATION_EXCLUDED[shape.model] : undefined;
  for (const field of shape.fields ?? []) {
    if (excluded?.includes(field.name)) field.may_be_absent = true;
    markNode(field);
  }
}

function markNode(node: FieldNode): void {
  markExcluded(node);
  for (const variant of [...(node.variants ?? []), ...(node.items_variants ?? [])]) markExcluded(variant);
  markExcluded(node.items);
  markExcluded(node.values);
}

/**
 * Applies {@link LEGACY_UPDATE_EXCEPTIONS} (and the general rule: 25.04 legacy update data is partial) and
 * {@link SERIALIZATION_EXCLUDED} (such result fields may be absent) to copies of the entries.
 *
 * @param entries the merged catalogue
 * @returns patched copies; the input is not modified
 */
export function patchMethods(entries: readonly MethodEntry[]): MethodEntry[] {
  return entries.map((original) => {
    const entry = structuredClone(original);
    for (const block of blocksOf(entry)) {
      if (entry.method.endsWith('.update') && isLegacy(block)) patchLegacyUpdate(entry.method, block);
      if (block.result) markNode(block.result);
    }
    return entry;
  });
}
