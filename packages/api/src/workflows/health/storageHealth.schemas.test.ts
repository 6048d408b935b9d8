import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Alert, PoolEntry, PoolQuery2504Entry } from '../../schemas.js';
import {
  AssessStorageHealthParametersSchema,
  type StorageHealthAlert,
  StorageHealthAlertSchema,
  StorageHealthConnectionSchema,
  type StorageHealthPool,
  StorageHealthPoolSchema,
  StorageHealthSchema,
  StorageHealthVdevSchema,
} from './storageHealth.schemas.js';

describe('storageHealth schemas', () => {
  it('default', () => {
    const row = { id: 1, name: 'tank', status: 'ONLINE', healthy: true, scan: null, topology: null, guid: '1' };
    expect(StorageHealthPoolSchema.parse(row)).toEqual(row);
  });

  it('behavior: API rows and alerts are accepted as they are (types)', () => {
    expectTypeOf<PoolEntry>().toExtend<StorageHealthPool>();
    expectTypeOf<PoolQuery2504Entry>().toExtend<StorageHealthPool>();
    expectTypeOf<Alert>().toExtend<StorageHealthAlert>();
  });

  it('behavior: loose inputs keep unknown keys', () => {
    const vdev = { name: 'sda', status: 'ONLINE', guid: '42', stats: { read_errors: 0, size: 1 }, children: [] };
    expect(StorageHealthVdevSchema.parse(vdev)).toEqual(vdev);
    const alert = { klass: 'VolumeStatus', level: 'CRITICAL', uuid: 'u' };
    expect(StorageHealthAlertSchema.parse(alert)).toEqual(alert);
  });

  it('error: wrong shapes are rejected', () => {
    expect(StorageHealthPoolSchema.safeParse({ status: 'ONLINE' }).success).toBe(false);
    expect(StorageHealthVdevSchema.safeParse({ status: 1 }).success).toBe(false);
    expect(StorageHealthConnectionSchema.safeParse({ now: new Date(), staleAfterMs: -1 }).success).toBe(false);
    expect(AssessStorageHealthParametersSchema.safeParse({ alerts: [] }).success).toBe(false);
    expect(StorageHealthSchema.safeParse({ level: 'fine', reasons: [], pools: {} }).success).toBe(false);
  });
});
