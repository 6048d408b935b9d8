// Params schemas are strict, like the server's pydantic models (`extra="forbid", strict=True, str_max_length=1024`).
import { describe, expect, test } from 'vitest';
import {
  IscsiExtentCreateParams2504Schema,
  IscsiExtentCreateParamsSchema,
  NvmetHostCreateParamsSchema,
  NvmetPortCreateParamsSchema,
  PoolDatasetCreateParams2504Schema,
  PoolDatasetCreateParamsSchema,
  PoolDatasetQueryParams2504Schema,
  PoolDatasetQueryParamsSchema,
  PoolScrubRunParamsSchema,
  SharingSmbCreateParams2504Schema,
  SharingSmbCreateParamsSchema,
  ZfsSnapshotQueryParamsSchema,
} from '../schemas.js';

type Issue = { code: string; path: PropertyKey[]; keys?: string[] };
const issues = (result: { success: boolean; error?: { issues: Issue[] } }) =>
  (result.error?.issues ?? []).map((i) => ({ code: i.code, path: i.path, ...(i.keys ? { keys: i.keys } : {}) }));

describe('params schemas', () => {
  test('default: valid positional params parse unchanged', () => {
    const params = [{ name: 'tank/data', comments: 'x', compression: 'LZ4' }];
    expect(PoolDatasetCreateParamsSchema.parse(params)).toEqual(params);
    expect(PoolDatasetQueryParamsSchema.parse([[['name', '=', 'tank']], { get: true }])).toEqual([
      [['name', '=', 'tank']],
      { get: true },
    ]);
  });

  test('behavior: trailing params with defaults may be omitted; too many arguments are refused', () => {
    expect(PoolDatasetQueryParamsSchema.safeParse([]).success).toBe(true);
    expect(PoolDatasetQueryParamsSchema.safeParse([[]]).success).toBe(true);
    expect(issues(PoolDatasetQueryParamsSchema.safeParse([[], {}, {}]))).toEqual([{ code: 'too_big', path: [] }]);
    expect(PoolScrubRunParamsSchema.safeParse([]).success).toBe(false); // the pool name is required
  });

  test('error: unknown keys are refused, with their path', () => {
    expect(issues(PoolDatasetCreateParamsSchema.safeParse([{ name: 'tank/a', bogus: 1 }]))).toEqual([
      { code: 'unrecognized_keys', path: [0], keys: ['bogus'] },
    ]);
    expect(issues(PoolDatasetQueryParamsSchema.safeParse([[], { extend: 'x' }]))).toEqual([
      { code: 'unrecognized_keys', path: [1], keys: ['extend'] },
    ]);
    // 25.04 still accepted the legacy query options
    expect(PoolDatasetQueryParams2504Schema.safeParse([[], { extend: 'x', prefix: 'p' }]).success).toBe(true);
  });

  test('error: no coercion: "1" is not 1 and 1 is not "1"', () => {
    expect(issues(PoolDatasetQueryParamsSchema.safeParse([[], { limit: '1' }]))).toEqual([
      { code: 'invalid_type', path: [1, 'limit'] },
    ]);
    expect(issues(NvmetHostCreateParamsSchema.safeParse([{ hostnqn: 12345678901 }]))).toEqual([
      { code: 'invalid_type', path: [0, 'hostnqn'] },
    ]);
    expect(PoolDatasetQueryParamsSchema.safeParse([[], { limit: 1.5 }]).success).toBe(false);
    expect(PoolDatasetQueryParamsSchema.safeParse([[], { count: 'true' }]).success).toBe(false);
  });

  test('error: constraints (lengths, ranges, enums) are enforced', () => {
    const nqn = 'nqn.2014-08.org.nvmexpress:uuid:1';
    expect(NvmetHostCreateParamsSchema.safeParse([{ hostnqn: nqn }]).success).toBe(true);
    expect(issues(NvmetHostCreateParamsSchema.safeParse([{ hostnqn: 'nqn.short' }]))).toEqual([
      { code: 'too_small', path: [0, 'hostnqn'] },
    ]);
    expect(issues(NvmetHostCreateParamsSchema.safeParse([{ hostnqn: nqn, dhchap_hash: 'MD5' }]))).toEqual([
      { code: 'invalid_value', path: [0, 'dhchap_hash'] },
    ]);
    const port = { addr_trtype: 'TCP', addr_traddr: '0.0.0.0' };
    expect(NvmetPortCreateParamsSchema.safeParse([{ ...port, addr_trsvcid: 4420 }]).success).toBe(true);
    expect(issues(NvmetPortCreateParamsSchema.safeParse([{ ...port, addr_trsvcid: 80 }]))).toEqual([
      { code: 'too_small', path: [0, 'addr_trsvcid'] },
    ]);
    expect(IscsiExtentCreateParamsSchema.safeParse([{ name: 'e', blocksize: 4096 }]).success).toBe(true);
    expect(IscsiExtentCreateParamsSchema.safeParse([{ name: 'e', blocksize: 4000 }]).success).toBe(false);
    expect(IscsiExtentCreateParamsSchema.safeParse([{ name: '' }]).success).toBe(false);
    expect(IscsiExtentCreateParamsSchema.safeParse([{ name: 'e'.repeat(65) }]).success).toBe(false);
  });

  test('behavior: pydantic params refuse strings over 1024 characters, 25.04 legacy schemas do not', () => {
    const long = 'x'.repeat(1025);
    expect(issues(PoolDatasetCreateParamsSchema.safeParse([{ name: long }]))).toEqual([
      { code: 'too_big', path: [0, 'name'] },
    ]);
    expect(PoolDatasetCreateParamsSchema.safeParse([{ name: 'x'.repeat(1024) }]).success).toBe(true);
    expect(PoolDatasetCreateParams2504Schema.safeParse([{ name: long }]).success).toBe(true);
    expect(ZfsSnapshotQueryParamsSchema.safeParse([[['name', '=', long]]]).success).toBe(true);
  });

  test('behavior: pool.dataset.create is a filesystem or a volume (25.10), one flat model (25.04)', () => {
    expect(
      PoolDatasetCreateParamsSchema.safeParse([{ name: 'tank/v', type: 'VOLUME', volsize: 1 << 30 }]).success,
    ).toBe(true);
    expect(PoolDatasetCreateParamsSchema.safeParse([{ name: 'tank/v', type: 'VOLUME' }]).success).toBe(false);
    expect(PoolDatasetCreateParamsSchema.safeParse([{ name: 'tank/f', type: 'FILESYSTEM', volsize: 1 }]).success).toBe(
      false,
    );
    // a plain (smart) union like pydantic's: without `type`, volume fields select the volume member
    expect(PoolDatasetCreateParamsSchema.safeParse([{ name: 'tank/v', volsize: 1 }]).success).toBe(true);
    expect(PoolDatasetCreateParams2504Schema.safeParse([{ name: 'tank/v', type: 'VOLUME' }]).success).toBe(true);
    // quota_warning is an integer or "INHERIT"
    expect(PoolDatasetCreateParamsSchema.safeParse([{ name: 'a', quota_warning: 80 }]).success).toBe(true);
    expect(PoolDatasetCreateParamsSchema.safeParse([{ name: 'a', quota_warning: 'INHERIT' }]).success).toBe(true);
    expect(PoolDatasetCreateParamsSchema.safeParse([{ name: 'a', quota_warning: 'NONE' }]).success).toBe(false);
  });

  test('behavior: sharing.smb.create: 25.04 flat model vs 25.10 purpose/options model', () => {
    const flat = { name: 'share', path: '/mnt/tank/share', guestok: true, ro: false, abe: true };
    expect(SharingSmbCreateParams2504Schema.safeParse([flat]).success).toBe(true);
    expect(issues(SharingSmbCreateParamsSchema.safeParse([flat]))).toEqual([
      { code: 'unrecognized_keys', path: [0], keys: ['guestok', 'ro', 'abe'] },
    ]);
    const modern = {
      name: 'share',
      path: '/mnt/tank/share',
      purpose: 'LEGACY_SHARE',
      readonly: false,
      access_based_share_enumeration: true,
      options: { purpose: 'LEGACY_SHARE', guestok: true },
    };
    expect(SharingSmbCreateParamsSchema.safeParse([modern]).success).toBe(true);
    expect(SharingSmbCreateParams2504Schema.safeParse([modern]).success).toBe(false);
    // options are discriminated by purpose: fields of another purpose are refused
    expect(
      issues(
        SharingSmbCreateParamsSchema.safeParse([{ ...modern, options: { purpose: 'DEFAULT_SHARE', guestok: true } }]),
      ),
    ).toEqual([{ code: 'unrecognized_keys', path: [0, 'options'], keys: ['guestok'] }]);
    expect(SharingSmbCreateParamsSchema.safeParse([{ ...modern, options: { purpose: 'NOT_A_PURPOSE' } }]).success).toBe(
      false,
    );
    expect(SharingSmbCreateParams2504Schema.safeParse([{ ...flat, purpose: 'LEGACY_SHARE' }]).success).toBe(false);
  });

  test('behavior: 25.04 and 25.10 differ where the catalogue says so (iscsi.extent product_id)', () => {
    expect(IscsiExtentCreateParamsSchema.safeParse([{ name: 'e', product_id: 'X' }]).success).toBe(true);
    expect(IscsiExtentCreateParams2504Schema.safeParse([{ name: 'e', product_id: 'X' }]).success).toBe(false);
  });
});
