import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SMB_OPTION_DEFAULTS } from './smbOptions.js';

type Field = { name: string; required?: boolean; default?: unknown; enum?: unknown[]; fields?: Field[] };
type Variant = { model?: string; fields: Field[] };

/** The 25.10 `sharing.smb.create` options variants of the reference catalogue. */
function catalogueVariants(): Variant[] {
  const path = new URL('../../../../../../shared/truenas-api/methods.json', import.meta.url);
  const methods = JSON.parse(readFileSync(path, 'utf8')) as { method: string; params: Field[] }[];
  const create = methods.find((m) => m.method === 'sharing.smb.create');
  const options = create?.params[0]?.fields?.find((f) => f.name === 'options') as { variants?: Variant[] } | undefined;
  return options?.variants ?? [];
}

describe('SMB_OPTION_DEFAULTS', () => {
  test('default: one entry per purpose, equal to the defaults of the catalogue model', () => {
    const variants = catalogueVariants();
    expect(variants.length).toBe(9);
    for (const variant of variants) {
      const purpose = String(variant.fields.find((f) => f.name === 'purpose')?.enum?.[0]);
      const expected = Object.fromEntries(
        variant.fields.filter((f) => f.name !== 'purpose' && !f.required).map((f) => [f.name, f.default]),
      );
      expect({ purpose, defaults: SMB_OPTION_DEFAULTS[purpose] }).toEqual({ purpose, defaults: expected });
    }
  });
});
