// The generator's corrections of the catalogue (scripts/gen/apiSchemas/methodPatches.ts) and its supplementary entries
// (scripts/gen/apiSchemas/catalogue.ts), seen through the generated schemas.
import { describe, expect, test } from 'vitest';
import { mergeSupplementary } from '../../../../scripts/gen/apiSchemas/catalogue.js';
import { patchMethods } from '../../../../scripts/gen/apiSchemas/methodPatches.js';
import type { MethodEntry } from '../../../../scripts/gen/apiSchemas/methodsJson.js';
import {
  DiskUpdateParams2504Schema,
  methodSpec,
  methodTable,
  PoolUpdateParams2504Schema,
  SharingNfsCreateParamsSchema,
  SharingNfsUpdateParamsSchema,
  SharingSmbCreateParams2504Schema,
  SharingSmbQueryResultSchema,
  SharingSmbUpdateParams2504Schema,
} from '../schemas.js';

const legacyUpdate = (method: string): MethodEntry => ({
  method,
  present_in: ['25.04'],
  job: false,
  private: false,
  schema_style: 'legacy middlewared.schema (@accepts/@returns)',
  params: [
    { name: 'id', type: 'integer', required: false },
    {
      name: 'data',
      type: 'object',
      required: false,
      fields: [
        { name: 'name', type: 'string', required: true },
        {
          name: 'topology',
          type: 'object',
          required: true,
          fields: [{ name: 'data', type: 'string', required: true }],
        },
      ],
    },
  ],
  result: null,
});

describe('update models', () => {
  test('default: a 25.04 legacy update takes any subset of the create fields', () => {
    expect(SharingSmbUpdateParams2504Schema.safeParse([1, { comment: 'x' }]).success).toBe(true);
    expect(DiskUpdateParams2504Schema.safeParse(['{serial}1', { description: 'boot' }]).success).toBe(true);
    // the create model still requires them
    expect(SharingSmbCreateParams2504Schema.safeParse([{ comment: 'x' }]).success).toBe(false);
  });

  test('behavior: partial, not loose: unknown keys and wrong types are still refused', () => {
    expect(SharingSmbUpdateParams2504Schema.safeParse([1, { comment: 'x', bogus: 1 }]).success).toBe(false);
    expect(SharingSmbUpdateParams2504Schema.safeParse([1, { ro: 'yes' }]).success).toBe(false);
  });

  test('behavior: pool.update (25.04) is not an update dict: topology stays required, its members are optional', () => {
    expect(PoolUpdateParams2504Schema.safeParse([1, { autotrim: 'ON' }]).success).toBe(false);
    expect(PoolUpdateParams2504Schema.safeParse([1, { topology: { spares: ['sdd'] } }]).success).toBe(true);
  });

  test('behavior: pydantic update models keep the catalogue flags', () => {
    expect(SharingNfsUpdateParamsSchema.safeParse([1, { ro: true }]).success).toBe(true);
    expect(SharingNfsCreateParamsSchema.safeParse([{ ro: true }]).success).toBe(false);
  });

  test('behavior: patchMethods applies the rule and the exceptions to copies', () => {
    const input = [legacyUpdate('x.update'), legacyUpdate('pool.update'), legacyUpdate('x.create')];
    const [general, pool, create] = patchMethods(input);
    expect(general?.params?.[1]?.partial).toBe(true);
    expect(pool?.params?.[1]?.partial).toBeUndefined();
    expect(pool?.params?.[1]?.fields?.find((f) => f.name === 'topology')?.partial).toBe(true);
    expect(create?.params?.[1]?.partial).toBeUndefined();
    expect(input[0]?.params?.[1]?.partial).toBeUndefined();
  });
});

describe('serialization-excluded fields', () => {
  const base = { id: 1, name: 's', path: '/mnt/tank/s', locked: false, purpose: 'DEFAULT_SHARE' };

  test('default: 25.10 SMB options come without their purpose tag and still parse', () => {
    const row = { ...base, options: { aapl_name_mangling: false, hostsallow: [], hostsdeny: [] } };
    expect(SharingSmbQueryResultSchema.parse([row])).toEqual([row]);
  });

  test('error: a known tag with a broken shape is still refused', () => {
    const row = { ...base, options: { purpose: 'EXTERNAL_SHARE', remote_path: 'not-a-list' } };
    expect(SharingSmbQueryResultSchema.safeParse([row]).success).toBe(false);
  });
});

describe('supplementary methods', () => {
  test('default: service.query/start/stop are plain methods on both versions', () => {
    for (const method of ['service.query', 'service.start', 'service.stop'] as const) {
      expect(methodTable[method].job).toBe(false);
      expect(methodTable[method].versions).toEqual(['25.04', '25.10']);
    }
    const start2504 = methodSpec('service.start', '25.04');
    const start2510 = methodSpec('service.start', '25.10');
    expect(start2510.supported && start2510.params.safeParse(['nfs', { timeout: 30 }]).success).toBe(true);
    // 25.04's legacy options have no timeout
    expect(start2504.supported && start2504.params.safeParse(['nfs', { timeout: 30 }]).success).toBe(false);
    expect(start2504.supported && start2504.params.safeParse(['nfs', { silent: false }]).success).toBe(true);
  });

  test('error: a method in both the catalogue and the supplement is refused', () => {
    const entry = legacyUpdate('service.query');
    expect(mergeSupplementary([entry], [legacyUpdate('service.start')]).map((e) => e.method)).toEqual([
      'service.query',
      'service.start',
    ]);
    expect(() => mergeSupplementary([entry], [entry])).toThrow(/service\.query is in methods\.json now/);
  });
});
