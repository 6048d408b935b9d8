import { describe, expect, test } from 'vitest';
import { detachedClone, NotFoundError, snapshotVolume, WorkflowStepError } from '../src/index.js';
import { useMockApi } from './apiHarness.js';
import { auditSink, parsedProp, refusal } from './workflowHarness.js';

const GiB = 1024 ** 3;

describe.each(['25.04', '25.10'] as const)('detachedClone on %s', (version) => {
  const mock = useMockApi({ version });

  const parsed = (dataset: string, property: string) => parsedProp(mock.server, dataset, property);

  test('default: an independent copy survives its origin snapshot and volume', async () => {
    mock.server.storage.addDataset({
      name: 'tank/vms/src',
      type: 'VOLUME',
      volsize: 4 * GiB,
      used: GiB,
      properties: { 'tn:owner': 'csi/a', 'tn:iscsi-extent': 4, 'org.example:app': 'db' },
    });
    await snapshotVolume(mock.api, { volume: 'tank/vms/src', name: 'golden' });
    const { records, sink } = auditSink();
    const result = await detachedClone(
      mock.api,
      { snapshot: 'tank/vms/src@golden', target: 'tank/vms/copy' },
      { audit: sink },
    );
    expect(result).toMatchObject({ target: 'tank/vms/copy', targetSnapshot: 'tank/vms/copy@golden' });
    expect(records).toEqual([
      expect.objectContaining({ step: 'copy snapshot', method: 'replication.run_onetime', result: 'done' }),
    ]);
    const copy = mock.server.storage.dataset('tank/vms/copy');
    expect(copy?.type).toBe('VOLUME');
    expect(parsed('tank/vms/copy', 'volsize')).toBe(4 * GiB);
    expect(parsed('tank/vms/copy', 'origin')).toBe(parsed('tank/vms/src', 'origin'));
    const props = copy?.user_properties as Record<string, unknown>;
    expect(Object.keys(props)).toContain('org.example:app');
    expect(Object.keys(props).filter((k) => k.startsWith('tn:'))).toEqual([]);

    await mock.api.snapshots.delete('tank/vms/src@golden');
    await mock.api.datasets.delete('tank/vms/src', { recursive: true });
    expect(mock.server.storage.dataset('tank/vms/copy')).toBeDefined();
    expect(mock.server.storage.snapshot('tank/vms/copy@golden')).toBeDefined();
    expect(parsed('tank/vms/copy', 'used')).toBeGreaterThanOrEqual(GiB);
  });

  test('behavior: a dry run plans one LOCAL replication and sends nothing', async () => {
    await snapshotVolume(mock.api, { volume: 'tank/media', name: 'v1.0' });
    const before = mock.server.executions('replication.run_onetime');
    const result = await detachedClone(
      mock.api,
      { snapshot: 'tank/media@v1.0', target: 'tank/media2' },
      { dryRun: true },
    );
    expect(result.calls).toHaveLength(1);
    expect(result.calls[0]).toMatchObject({
      method: 'replication.run_onetime',
      target: 'tank/media2',
      params: [
        expect.objectContaining({
          direction: 'PUSH',
          transport: 'LOCAL',
          source_datasets: ['tank/media'],
          target_dataset: 'tank/media2',
          name_regex: 'v1\\.0',
          retention_policy: 'NONE',
          readonly: 'IGNORE',
        }),
      ],
    });
    expect(result.calls[0]?.params[0]).not.toHaveProperty('mount');
    expect(mock.server.executions('replication.run_onetime')).toBe(before);
    expect(mock.server.storage.dataset('tank/media2')).toBeUndefined();
  });

  test('error: existing target, missing parent, no space, job failure', async () => {
    await snapshotVolume(mock.api, { volume: 'tank/media', name: 's' });
    expect((await refusal(detachedClone(mock.api, { snapshot: 'tank/media@s', target: 'tank/vms' }))).reason).toBe(
      'exists',
    );
    await expect(detachedClone(mock.api, { snapshot: 'tank/media@s', target: 'tank/no/copy' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(detachedClone(mock.api, { snapshot: 'tank/media@nope', target: 'tank/c' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    mock.server.storage.fillPool('tank', 97);
    const full = await refusal(detachedClone(mock.api, { snapshot: 'tank/media@s', target: 'tank/copy' }));
    expect(full.reason).toBe('insufficientSpace');
    expect(full.shortMessage).toMatch(
      /^Not enough free space to copy tank\/media@s into tank\/copy: 24 GiB needed \(20 GiB \+ 20% headroom\)/,
    );
    mock.server.storage.fillPool('tank', 0);
    mock.server.faults.failOnce('replication.run_onetime');
    await expect(detachedClone(mock.api, { snapshot: 'tank/media@s', target: 'tank/copy' })).rejects.toBeInstanceOf(
      WorkflowStepError,
    );
  });
});
