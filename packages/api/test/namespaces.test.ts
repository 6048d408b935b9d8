import type { MockServer } from '@tn/mock';
import { CallError, Errno, MatchNotFound, ValidationErrors } from '@tn/mock';
import type { RpcClient } from '@tn/rpc';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
  type ApiClient,
  MethodNotSupportedError,
  NotFoundError,
  ParamsValidationError,
  ResultValidationError,
  VersionFieldError,
  where,
} from '../src/index.js';
import { connect, startServer } from './apiHarness.js';

describe.each(['25.04', '25.10'] as const)('against a %s mock', (version) => {
  let server: MockServer;
  let rpc: RpcClient;
  let api: ApiClient;
  beforeAll(async () => {
    server = await startServer({ version });
    ({ rpc, api } = connect(server));
  });
  afterEach(() => server.reset());
  afterAll(async () => {
    await rpc.close();
    await server.stop();
  });

  test('default: detects the version once from system.version', async () => {
    expect(await api.version()).toBe(version);
    expect(await api.version()).toBe(version);
    expect(server.executions('system.version')).toBe(1);
  });

  test('behavior: snapshots use the version-specific namespace', async () => {
    const before = server.executions();
    const snap = await api.snapshots.create({ dataset: 'tank', name: 'api-test', recursive: true });
    expect(snap.name).toBe('tank@api-test');
    const rows = await api.snapshots.query([['id', '=', 'tank@api-test']]);
    expect(rows.map((r) => r.id)).toEqual(['tank@api-test']);
    const prefix = version === '25.10' ? 'pool.snapshot' : 'zfs.snapshot';
    const after = server.executions();
    expect((after[`${prefix}.create`] ?? 0) - (before[`${prefix}.create`] ?? 0)).toBe(1);
    expect((after[`${prefix}.query`] ?? 0) - (before[`${prefix}.query`] ?? 0)).toBe(1);
    await api.snapshots.delete('tank@api-test');
    await expect(api.snapshots.get('tank@api-test')).rejects.toBeInstanceOf(NotFoundError);
  });

  test('behavior: nvmet is not supported on 25.04, nothing sent', async () => {
    if (version === '25.10') return;
    await api.version();
    const before = server.executions();
    const error = await api.nvmet.hosts.query().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MethodNotSupportedError);
    expect((error as MethodNotSupportedError).method).toBe('nvmet.host.query');
    await expect(api.snapshots.rename('tank@a', { new_name: 'tank@b' })).rejects.toBeInstanceOf(
      MethodNotSupportedError,
    );
    await expect(api.datasets.rename('tank/a', { new_name: 'tank/b' })).rejects.toBeInstanceOf(MethodNotSupportedError);
    expect(server.executions()).toEqual(before);
  });

  test('error: a 25.10-only SMB field against the other model is refused locally', async () => {
    await api.version();
    const before = server.executions();
    const share =
      version === '25.04'
        ? { name: 'x', path: '/mnt/tank/x', purpose: 'LEGACY_SHARE' as const, readonly: true }
        : { name: 'x', path: '/mnt/tank/x', guestok: true };
    const error = await api.sharing.smb.create(share).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersionFieldError);
    expect(server.executions()).toEqual(before);
  });
});

describe('25.10 wrappers', () => {
  let server: MockServer;
  let rpc: RpcClient;
  let api: ApiClient;
  beforeAll(async () => {
    server = await startServer({ version: '25.10' });
    ({ rpc, api } = connect(server));
  });
  afterEach(() => server.reset());
  afterAll(async () => {
    await rpc.close();
    await server.stop();
  });

  test('error: strict params are rejected locally, nothing sent', async () => {
    await api.version();
    const before = server.executions();
    // @ts-expect-error: unknown key
    const error = await api.datasets.create({ name: 'tank/x', bogus: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParamsValidationError);
    expect((error as ParamsValidationError).shortMessage).toContain('pool.dataset.create');
    expect(server.executions()).toEqual(before);
  });

  test('error: a bad result names method and path; validation can be turned off', async () => {
    server.use({ 'pool.query': () => [{ id: 'one', name: 'tank' }] });
    const error = await api.pools.query().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResultValidationError);
    expect((error as ResultValidationError).method).toBe('pool.query');
    expect((error as ResultValidationError).message).toMatch(/\[0\]\.id: .*got "one"/);
    expect(await api.pools.query([], {}, { validateResult: false })).toEqual([{ id: 'one', name: 'tank' }]);
    const loose = connect(server, { validateResults: false, version: '25.10' });
    expect(await loose.api.pools.query()).toEqual([{ id: 'one', name: 'tank' }]);
    await loose.rpc.close();
  });

  test('behavior: unknown extra result fields are kept', async () => {
    const [pool] = await api.pools.query();
    server.use({ 'pool.query': () => [{ ...pool, brand_new_field: { x: 1 } }] });
    const [again] = await api.pools.query();
    expect((again as Record<string, unknown>).brand_new_field).toEqual({ x: 1 });
  });

  test('error: both "not found" shapes become NotFoundError', async () => {
    const byId = await api.pools.get(999).catch((e: unknown) => e);
    expect(byId).toBeInstanceOf(NotFoundError);
    expect(byId).toMatchObject({ code: 'NOT_FOUND', method: 'pool.get_instance', target: 999 });
    const q = where<{ name: string }>();
    const byFilter = await api.pools.find(q.and(q.eq('name', 'nope'))).catch((e: unknown) => e);
    expect(byFilter).toBeInstanceOf(NotFoundError);
    expect(byFilter).toMatchObject({ method: 'pool.query', target: [['name', '=', 'nope']] });
  });

  test('error: not-found overrides of both wire shapes', async () => {
    server.use({
      'iscsi.portal.get_instance': () => {
        throw new ValidationErrors([[null, 'Portal 5 does not exist', Errno.ENOENT]]);
      },
      'iscsi.portal.query': () => {
        throw new MatchNotFound();
      },
      'iscsi.target.query': () => {
        throw new CallError('boom', Errno.EINVAL);
      },
    });
    await expect(api.iscsi.portals.get(5)).rejects.toBeInstanceOf(NotFoundError);
    await expect(api.iscsi.portals.find([['id', '=', 5]])).rejects.toBeInstanceOf(NotFoundError);
    await expect(api.iscsi.targets.query()).rejects.not.toBeInstanceOf(NotFoundError);
  });

  test('behavior: job progress reaches onProgress through a wrapper', async () => {
    const [pool] = await api.pools.query();
    if (!pool) throw new Error('the seed has a pool');
    const progress: (number | null)[] = [];
    await api.pools.scrub(pool.id, 'START', { onProgress: (p) => progress.push(p.percent) });
    expect(progress.length).toBeGreaterThan(0);
  });

  test('behavior: iterate pages with offset/limit and a stable order', async () => {
    for (let i = 0; i < 7; i++) await api.datasets.create({ name: `tank/page${i}` });
    const all = await api.datasets.query();
    const before = server.executions('pool.dataset.query');
    const paged = await api.datasets.queryAll([], { pageSize: 3 });
    expect(paged.map((d) => d.id)).toEqual(all.map((d) => d.id).sort());
    expect(server.executions('pool.dataset.query') - before).toBe(Math.floor(all.length / 3) + 1);
    expect(await api.datasets.count()).toBe(all.length);
  });
});
