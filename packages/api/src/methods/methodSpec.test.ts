import { describe, expect, test } from 'vitest';
import {
  NvmetHostQueryParamsSchema,
  PoolDatasetCreateParams2504Schema,
  PoolDatasetCreateParamsSchema,
  SharingSmbCreateParams2504Schema,
  SharingSmbCreateParamsSchema,
  ZfsSnapshotQueryResultSchema,
} from '../schemas.js';
import { MethodNotSupportedError } from './methodNotSupportedError.js';
import { isMethodName, type MethodName, methodSpec, requireMethodSpec } from './methodSpec.js';
import { methodTable } from './methodTable.js';
import { SERVER_VERSIONS } from './serverVersion.js';

describe('methodTable', () => {
  test('default: covers the namespaces of the schema layer', () => {
    const namespaces = new Set(Object.keys(methodTable).map((m) => m.slice(0, m.lastIndexOf('.'))));
    for (const ns of ['system', 'pool', 'pool.dataset', 'pool.snapshot', 'zfs.snapshot', 'pool.scrub', 'sharing.nfs']) {
      expect(namespaces).toContain(ns);
    }
    for (const ns of ['sharing.smb', 'alert', 'disk', 'iscsi.targetextent', 'nvmet.port_subsys', 'nvmet.host_subsys']) {
      expect(namespaces).toContain(ns);
    }
    expect(Object.keys(methodTable).filter((m) => m.startsWith('core.'))).toEqual([
      'core.get_jobs',
      'core.job_abort',
      'core.job_wait',
    ]);
    // of replication, only the one-time run (detachedClone's LOCAL copy) is covered
    expect(Object.keys(methodTable).filter((m) => m.startsWith('replication.'))).toEqual(['replication.run_onetime']);
  });

  test('behavior: every entry is consistent (versions, per-version maps, job flags)', () => {
    for (const [method, entry] of Object.entries(methodTable) as [string, Record<string, unknown>][]) {
      const versions = entry.versions as string[];
      expect(versions.length, method).toBeGreaterThan(0);
      expect(
        versions.every((v) => (SERVER_VERSIONS as readonly string[]).includes(v)),
        method,
      ).toBe(true);
      for (const key of ['paramsByVersion', 'resultByVersion']) {
        const map = entry[key] as Record<string, unknown> | undefined;
        if (map) expect(Object.keys(map).sort(), method).toEqual([...versions].sort());
      }
      expect(typeof entry.job, method).toBe('boolean');
    }
    expect(methodTable['pool.scrub.scrub'].job).toBe(true);
    expect(methodTable['pool.dataset.create'].job).toBe(false);
    expect(methodTable['core.job_wait'].job).toBe(true);
  });
});

describe('methodSpec', () => {
  test('default: the schemas of a method on a version', () => {
    expect(methodSpec('pool.dataset.create', '25.10')).toEqual({
      supported: true,
      method: 'pool.dataset.create',
      version: '25.10',
      job: false,
      params: PoolDatasetCreateParamsSchema,
      result: methodTable['pool.dataset.create'].result,
      paramNames: ['data'],
    });
    expect(methodSpec('pool.dataset.create', '25.04')).toMatchObject({ params: PoolDatasetCreateParams2504Schema });
    expect(methodSpec('sharing.smb.create', '25.04')).toMatchObject({ params: SharingSmbCreateParams2504Schema });
    expect(methodSpec('sharing.smb.create', '25.10')).toMatchObject({ params: SharingSmbCreateParamsSchema });
    expect(methodSpec('nvmet.host.query', '25.10')).toMatchObject({ params: NvmetHostQueryParamsSchema });
    expect(methodSpec('zfs.snapshot.query', '25.04')).toMatchObject({ result: ZfsSnapshotQueryResultSchema });
  });

  test('behavior: param names follow the version (the server prefixes error paths with them)', () => {
    expect(methodSpec('pool.dataset.create', '25.04')).toMatchObject({ paramNames: ['pool_dataset_create'] });
    expect(methodSpec('pool.dataset.create', '25.10')).toMatchObject({ paramNames: ['data'] });
    expect(methodSpec('pool.query', '25.04')).toMatchObject({ paramNames: ['query-filters', 'query-options'] });
  });

  test('behavior: absent methods give a typed "not supported" signal (nvmet.* and pool.snapshot.* on 25.04)', () => {
    expect(methodSpec('nvmet.host.query', '25.04')).toEqual({
      supported: false,
      method: 'nvmet.host.query',
      version: '25.04',
      reason: 'absent',
      replacement: undefined,
    });
    expect(methodSpec('pool.snapshot.query', '25.04')).toMatchObject({
      supported: false,
      reason: 'absent',
      replacement: 'zfs.snapshot.query',
    });
    expect(methodSpec('pool.dataset.rename', '25.04')).toMatchObject({ supported: false, reason: 'absent' });
    expect(methodSpec('disk.smart_attributes', '25.10')).toMatchObject({ supported: false, reason: 'absent' });
  });

  test('behavior: zfs.snapshot.* is public on 25.04 only (private on 25.10, renamed pool.snapshot.*)', () => {
    expect(methodSpec('zfs.snapshot.create', '25.10')).toMatchObject({
      supported: false,
      reason: 'private',
      replacement: 'pool.snapshot.create',
    });
    expect(methodSpec('sharing.smb.share_precheck', '25.04')).toMatchObject({ supported: false, reason: 'private' });
    expect(methodSpec('sharing.smb.share_precheck', '25.10').supported).toBe(true);
    expect(isMethodName('zfs.snapshot.count')).toBe(false); // private everywhere, no schema: not in the table
  });

  test('error: an unknown method (from untyped callers) is reported, not thrown', () => {
    expect(methodSpec('pool.nope' as MethodName, '25.10')).toMatchObject({ supported: false, reason: 'unknown' });
    expect(isMethodName('pool.query')).toBe(true);
    expect(isMethodName('toString')).toBe(false);
  });

  test('error: requireMethodSpec throws MethodNotSupportedError', () => {
    expect(requireMethodSpec('pool.query', '25.04').supported).toBe(true);
    const err = (() => {
      try {
        requireMethodSpec('zfs.snapshot.query', '25.10');
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(MethodNotSupportedError);
    expect(err).toMatchObject({
      code: 'NOT_SUPPORTED',
      method: 'zfs.snapshot.query',
      serverVersion: '25.10',
      reason: 'private',
      replacement: 'pool.snapshot.query',
    });
  });
});
