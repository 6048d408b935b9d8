import { TnErrorCode } from '@tn/rpc';
import { describe, expect, test } from 'vitest';
import {
  cloneVolume,
  NotFoundError,
  resizeVolume,
  rollbackVolume,
  snapshotVolume,
  WorkflowStepError,
} from '../src/index.js';
import { useMockApi } from './apiHarness.js';
import { auditSink, parsedProp, refusal } from './workflowHarness.js';

const GiB = 1024 ** 3;

describe.each(['25.04', '25.10'] as const)('volume operations on %s', (version) => {
  const mock = useMockApi({ version });
  const snap = version === '25.10' ? 'pool.snapshot' : 'zfs.snapshot';

  const parsed = (dataset: string, property: string) => parsedProp(mock.server, dataset, property);
  const audit = auditSink;

  describe('resizeVolume', () => {
    test('default: grows a zvol, rounded up to its volblocksize, with an audit record', async () => {
      const { records, sink } = audit();
      const result = await resizeVolume(mock.api, { volume: 'tank/vms/vm0', sizeBytes: 12 * GiB + 1 }, { audit: sink });
      const rounded = 12 * GiB + 16 * 1024;
      expect(result).toMatchObject({
        volume: 'tank/vms/vm0',
        kind: 'VOLUME',
        property: 'volsize',
        previousBytes: 10 * GiB,
        sizeBytes: rounded,
        changed: true,
        dryRun: false,
      });
      expect(parsed('tank/vms/vm0', 'volsize')).toBe(rounded);
      expect(records).toEqual([
        expect.objectContaining({
          workflow: 'resizeVolume',
          step: 'grow zvol',
          method: 'pool.dataset.update',
          target: 'tank/vms/vm0',
          result: 'done',
          params: ['tank/vms/vm0', { volsize: rounded }],
        }),
      ]);
    });

    test('behavior: the same size is a no-op (nothing sent)', async () => {
      const before = mock.server.executions('pool.dataset.update');
      const result = await resizeVolume(mock.api, { volume: 'tank/vms/vm0', sizeBytes: 10 * GiB - 100 });
      expect(result).toMatchObject({ changed: false, previousBytes: 10 * GiB, sizeBytes: 10 * GiB, calls: [] });
      expect(mock.server.executions('pool.dataset.update')).toBe(before);
    });

    test('error: shrinking is refused with both sizes and the reason', async () => {
      const before = mock.server.executions('pool.dataset.update');
      const error = await refusal(resizeVolume(mock.api, { volume: 'tank/vms/vm0', sizeBytes: 5 * GiB }));
      expect(error).toMatchObject({ reason: 'shrink', code: TnErrorCode.InvalidRequest, target: 'tank/vms/vm0' });
      expect(error.shortMessage).toBe(
        'Refusing to shrink tank/vms/vm0 from 10 GiB to 5 GiB (volsize): a smaller zvol loses the data stored past its new end, breaking the file system on it',
      );
      expect(error.message).toContain('create a new, smaller volume and copy the data instead');
      expect(mock.server.executions('pool.dataset.update')).toBe(before);
      expect(parsed('tank/vms/vm0', 'volsize')).toBe(10 * GiB);
    });

    test('error: growing beyond the free space (+20% headroom) is refused', async () => {
      const free = parsed('tank/vms', 'available') as number;
      const fits = 10 * GiB + Math.floor(free / 1.2 / (16 * 1024)) * 16 * 1024;
      const error = await refusal(resizeVolume(mock.api, { volume: 'tank/vms/vm0', sizeBytes: fits + 64 * 1024 }));
      expect(error.reason).toBe('insufficientSpace');
      expect(error.shortMessage).toMatch(
        /^Not enough free space to grow tank\/vms\/vm0 from 10 GiB to .* needed \(growth \+ 20% headroom\)/,
      );
      // just under the limit passes our check (the server's own 80% rule is skipped with force)
      const grown = await resizeVolume(mock.api, { volume: 'tank/vms/vm0', sizeBytes: fits, force: true });
      expect(grown.sizeBytes).toBe(fits);
    });

    test('behavior: grows a filesystem refquota; refuses one without a quota', async () => {
      mock.server.storage.addDataset({ name: 'tank/nfs1', properties: { refquota: 10 * GiB } });
      const result = await resizeVolume(mock.api, { volume: 'tank/nfs1', sizeBytes: 20 * GiB + 1 });
      expect(result).toMatchObject({
        kind: 'FILESYSTEM',
        property: 'refquota',
        previousBytes: 10 * GiB,
        sizeBytes: 20 * GiB + 1,
      });
      expect(parsed('tank/nfs1', 'refquota')).toBe(20 * GiB + 1);
      expect((await refusal(resizeVolume(mock.api, { volume: 'tank/media', sizeBytes: GiB }))).reason).toBe('shrink');
    });

    test('behavior: a dry run plans the update and sends nothing', async () => {
      const { records, sink } = audit();
      const before = mock.server.executions('pool.dataset.update');
      const result = await resizeVolume(
        mock.api,
        { volume: 'tank/vms/vm0', sizeBytes: 11 * GiB },
        { dryRun: true, audit: sink },
      );
      expect(result).toMatchObject({ dryRun: true, changed: true, sizeBytes: 11 * GiB });
      expect(result.calls).toEqual([
        {
          step: 'grow zvol',
          method: 'pool.dataset.update',
          target: 'tank/vms/vm0',
          params: ['tank/vms/vm0', { volsize: 11 * GiB }],
        },
      ]);
      expect(records.map((r) => r.result)).toEqual(['planned']);
      expect(mock.server.executions('pool.dataset.update')).toBe(before);
      expect(parsed('tank/vms/vm0', 'volsize')).toBe(10 * GiB);
    });

    test('error: unknown volume, invalid request, server refusal', async () => {
      await expect(resizeVolume(mock.api, { volume: 'tank/nope', sizeBytes: GiB })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(resizeVolume(mock.api, { volume: 'tank/vms/vm0', sizeBytes: 0 })).rejects.toMatchObject({
        name: 'VolumeRequestError',
        reason: 'invalid',
      });
      mock.server.faults.failOnce('pool.dataset.update');
      await expect(resizeVolume(mock.api, { volume: 'tank/vms/vm0', sizeBytes: 11 * GiB })).rejects.toBeInstanceOf(
        WorkflowStepError,
      );
    });
  });

  describe('snapshotVolume and cloneVolume', () => {
    test('default: snapshot then clone; the clone depends on its snapshot', async () => {
      const { records, sink } = audit();
      const taken = await snapshotVolume(mock.api, { volume: 'tank/vms/vm0', name: 'golden' }, { audit: sink });
      expect(taken.snapshot).toBe('tank/vms/vm0@golden');
      expect(mock.server.storage.snapshot('tank/vms/vm0@golden')).toBeDefined();
      const clone = await cloneVolume(
        mock.api,
        { snapshot: 'tank/vms/vm0@golden', target: 'tank/vms/vm1' },
        { audit: sink },
      );
      expect(clone).toMatchObject({ snapshot: 'tank/vms/vm0@golden', target: 'tank/vms/vm1' });
      expect(parsed('tank/vms/vm1', 'origin')).toBe('tank/vms/vm0@golden');
      expect(records.map((r) => [r.method, r.result])).toEqual([
        [`${snap}.create`, 'done'],
        [`${snap}.clone`, 'done'],
      ]);
      await expect(mock.api.snapshots.delete('tank/vms/vm0@golden')).rejects.toThrow();
    });

    test('error: existing snapshot, existing target, other pool, missing snapshot', async () => {
      await snapshotVolume(mock.api, { volume: 'tank/media', name: 's1' });
      const again = await refusal(snapshotVolume(mock.api, { volume: 'tank/media', name: 's1' }));
      expect(again).toMatchObject({ reason: 'exists', code: TnErrorCode.Conflict });
      expect((await refusal(cloneVolume(mock.api, { snapshot: 'tank/media@s1', target: 'tank/vms' }))).reason).toBe(
        'exists',
      );
      const other = await refusal(cloneVolume(mock.api, { snapshot: 'tank/media@s1', target: 'backup/media' }));
      expect(other.message).toContain('Use detachedClone()');
      await expect(cloneVolume(mock.api, { snapshot: 'tank/media@nope', target: 'tank/c' })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(snapshotVolume(mock.api, { volume: 'tank/nope', name: 's' })).rejects.toBeInstanceOf(NotFoundError);
    });

    test('behavior: dry runs send nothing', async () => {
      const before = mock.server.executions(`${snap}.create`);
      const planned = await snapshotVolume(mock.api, { volume: 'tank/media', name: 'dry' }, { dryRun: true });
      expect(planned.calls.map((c) => c.method)).toEqual([`${snap}.create`]);
      expect(mock.server.executions(`${snap}.create`)).toBe(before);
      expect(mock.server.storage.snapshot('tank/media@dry')).toBeUndefined();
    });
  });

  describe('rollbackVolume', () => {
    test('default: rolls back to the latest snapshot', async () => {
      await snapshotVolume(mock.api, { volume: 'tank/vms/vm0', name: 's1' });
      mock.server.storage.writeData('tank/vms/vm0', GiB);
      const result = await rollbackVolume(mock.api, { volume: 'tank/vms/vm0', snapshot: 's1' });
      expect(result).toMatchObject({ snapshot: 'tank/vms/vm0@s1', destroyedSnapshots: [] });
      expect(result.calls[0]?.params).toEqual(['tank/vms/vm0@s1', { recursive: false, force: false }]);
      expect(mock.server.storage.snapshot('tank/vms/vm0@s1')).toBeDefined();
    });

    test('error: a non-latest snapshot is refused without destroyNewer; allowed with it', async () => {
      for (const name of ['s1', 's2', 's3']) await snapshotVolume(mock.api, { volume: 'tank/media', name });
      const before = mock.server.executions(`${snap}.rollback`);
      const error = await refusal(rollbackVolume(mock.api, { volume: 'tank/media', snapshot: 'tank/media@s1' }));
      expect(error).toMatchObject({ reason: 'notLatestSnapshot', code: TnErrorCode.InvalidRequest });
      expect(error.shortMessage).toBe(
        'Refusing to roll tank/media back to @s1: it is not the latest snapshot, and rolling back would destroy 2 newer snapshots (@s2, @s3)',
      );
      expect(error.message).toContain('destroyNewer: true');
      expect(mock.server.executions(`${snap}.rollback`)).toBe(before);
      expect(mock.server.storage.snapshot('tank/media@s3')).toBeDefined();

      const { records, sink } = audit();
      const result = await rollbackVolume(
        mock.api,
        { volume: 'tank/media', snapshot: 's1', destroyNewer: true },
        { audit: sink },
      );
      expect(result.destroyedSnapshots).toEqual(['tank/media@s2', 'tank/media@s3']);
      expect(result.calls[0]?.params).toEqual(['tank/media@s1', { recursive: true, force: false }]);
      expect(mock.server.storage.snapshot('tank/media@s3')).toBeUndefined();
      expect(records).toEqual([
        expect.objectContaining({ step: 'roll back', result: 'done', target: 'tank/media@s1' }),
      ]);
    });

    test('error: clones of newer snapshots make the server refuse (never destroyed)', async () => {
      for (const name of ['s1', 's2']) await snapshotVolume(mock.api, { volume: 'tank/media', name });
      await cloneVolume(mock.api, { snapshot: 'tank/media@s2', target: 'tank/media-s2' });
      await expect(
        rollbackVolume(mock.api, { volume: 'tank/media', snapshot: 's1', destroyNewer: true }),
      ).rejects.toBeInstanceOf(WorkflowStepError);
      expect(mock.server.storage.dataset('tank/media-s2')).toBeDefined();
    });

    test('error: missing snapshot, snapshot of another volume', async () => {
      await expect(rollbackVolume(mock.api, { volume: 'tank/media', snapshot: 'nope' })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      const error = await refusal(rollbackVolume(mock.api, { volume: 'tank/media', snapshot: 'tank/home@x' }));
      expect(error.reason).toBe('invalid');
    });
  });
});
