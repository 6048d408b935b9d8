import { CallError, Errno, MatchNotFound, ValidationErrors } from '@tn/mock';
import { describe, expect, test } from 'vitest';
import {
  MethodNotSupportedError,
  NotFoundError,
  ParamsValidationError,
  ResultValidationError,
  VersionFieldError,
  where,
} from '../src/index.js';
import { connect, useMockApi } from './apiHarness.js';

describe.each(['25.04', '25.10'] as const)('against a %s mock', (version) => {
  const mock = useMockApi({ version });

  test('default: detects the version once from system.version', async () => {
    expect(await mock.api.version()).toBe(version);
    expect(await mock.api.version()).toBe(version);
    expect(mock.server.executions('system.version')).toBe(1);
  });

  test('behavior: snapshots use the version-specific namespace', async () => {
    const before = mock.server.executions();
    const snap = await mock.api.snapshots.create({ dataset: 'tank', name: 'api-test', recursive: true });
    expect(snap.name).toBe('tank@api-test');
    const rows = await mock.api.snapshots.query([['id', '=', 'tank@api-test']]);
    expect(rows.map((r) => r.id)).toEqual(['tank@api-test']);
    const prefix = version === '25.10' ? 'pool.snapshot' : 'zfs.snapshot';
    const after = mock.server.executions();
    expect((after[`${prefix}.create`] ?? 0) - (before[`${prefix}.create`] ?? 0)).toBe(1);
    expect((after[`${prefix}.query`] ?? 0) - (before[`${prefix}.query`] ?? 0)).toBe(1);
    await mock.api.snapshots.delete('tank@api-test');
    await expect(mock.api.snapshots.get('tank@api-test')).rejects.toBeInstanceOf(NotFoundError);
  });

  test('behavior: nvmet is not supported on 25.04, nothing sent', async () => {
    if (version === '25.10') return;
    await mock.api.version();
    const before = mock.server.executions();
    const error = await mock.api.nvmet.hosts.query().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MethodNotSupportedError);
    expect((error as MethodNotSupportedError).method).toBe('nvmet.host.query');
    await expect(mock.api.snapshots.rename('tank@a', { new_name: 'tank@b' })).rejects.toBeInstanceOf(
      MethodNotSupportedError,
    );
    await expect(mock.api.datasets.rename('tank/a', { new_name: 'tank/b' })).rejects.toBeInstanceOf(
      MethodNotSupportedError,
    );
    expect(mock.server.executions()).toEqual(before);
  });

  test('error: a 25.10-only SMB field against the other model is refused locally', async () => {
    await mock.api.version();
    const before = mock.server.executions();
    const share =
      version === '25.04'
        ? { name: 'x', path: '/mnt/tank/x', purpose: 'LEGACY_SHARE' as const, readonly: true }
        : { name: 'x', path: '/mnt/tank/x', guestok: true };
    const error = await mock.api.sharing.smb.create(share).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersionFieldError);
    expect(mock.server.executions()).toEqual(before);
  });
});

describe('25.10 wrappers', () => {
  const mock = useMockApi({ version: '25.10' });

  test('error: strict params are rejected locally, nothing sent', async () => {
    await mock.api.version();
    const before = mock.server.executions();
    // @ts-expect-error: unknown key
    const error = await mock.api.datasets.create({ name: 'tank/x', bogus: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParamsValidationError);
    expect((error as ParamsValidationError).shortMessage).toContain('pool.dataset.create');
    expect(mock.server.executions()).toEqual(before);
  });

  test('error: a bad result names method and path; validation can be turned off', async () => {
    mock.server.use({ 'pool.query': () => [{ id: 'one', name: 'tank' }] });
    const error = await mock.api.pools.query().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResultValidationError);
    expect((error as ResultValidationError).method).toBe('pool.query');
    expect((error as ResultValidationError).message).toMatch(/\[0\]\.id: .*got "one"/);
    expect(await mock.api.pools.query([], {}, { validateResult: false })).toEqual([{ id: 'one', name: 'tank' }]);
    const loose = connect(mock.server, { validateResults: false, version: '25.10' });
    expect(await loose.api.pools.query()).toEqual([{ id: 'one', name: 'tank' }]);
    await loose.rpc.close();
  });

  test('behavior: unknown extra result fields are kept', async () => {
    const [pool] = await mock.api.pools.query();
    mock.server.use({ 'pool.query': () => [{ ...pool, brand_new_field: { x: 1 } }] });
    const [again] = await mock.api.pools.query();
    expect((again as Record<string, unknown>).brand_new_field).toEqual({ x: 1 });
  });

  test('error: both "not found" shapes become NotFoundError', async () => {
    const byId = await mock.api.pools.get(999).catch((e: unknown) => e);
    expect(byId).toBeInstanceOf(NotFoundError);
    expect(byId).toMatchObject({ code: 'NOT_FOUND', method: 'pool.get_instance', target: 999 });
    const q = where<{ name: string }>();
    const byFilter = await mock.api.pools.find(q.and(q.eq('name', 'nope'))).catch((e: unknown) => e);
    expect(byFilter).toBeInstanceOf(NotFoundError);
    expect(byFilter).toMatchObject({ method: 'pool.query', target: [['name', '=', 'nope']] });
  });

  test('error: not-found overrides of both wire shapes', async () => {
    mock.server.use({
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
    await expect(mock.api.iscsi.portals.get(5)).rejects.toBeInstanceOf(NotFoundError);
    await expect(mock.api.iscsi.portals.find([['id', '=', 5]])).rejects.toBeInstanceOf(NotFoundError);
    await expect(mock.api.iscsi.targets.query()).rejects.not.toBeInstanceOf(NotFoundError);
  });

  test('behavior: job progress reaches onProgress through a wrapper', async () => {
    const [pool] = await mock.api.pools.query();
    if (!pool) throw new Error('the seed has a pool');
    const progress: (number | null)[] = [];
    await mock.api.pools.scrub(pool.id, 'START', { onProgress: (p) => progress.push(p.percent) });
    expect(progress.length).toBeGreaterThan(0);
  });

  test('behavior: iterate pages with offset/limit and a stable order', async () => {
    for (let i = 0; i < 7; i++) await mock.api.datasets.create({ name: `tank/page${i}` });
    const all = await mock.api.datasets.query();
    const before = mock.server.executions('pool.dataset.query');
    const paged = await mock.api.datasets.queryAll([], { pageSize: 3 });
    expect(paged.map((d) => d.id)).toEqual(all.map((d) => d.id).sort());
    expect(mock.server.executions('pool.dataset.query') - before).toBe(Math.floor(all.length / 3) + 1);
    expect(await mock.api.datasets.count()).toBe(all.length);
  });
});
