import { beforeEach, describe, expect, test } from 'vitest';
import {
  type AuditRecord,
  exposureNames,
  MethodNotSupportedError,
  type ProvisionVolumeRequest,
  provisionVolume,
  VolumeRequestError,
  WorkflowStepError,
} from '../src/index.js';
import { useMockApi } from './apiHarness.js';
import { rejection } from './workflowHarness.js';
import { failEveryStep, inventory, mutations, userProperties } from './workflowProvisioningFixtures.js';

const VOLUME = 'tank/vms/ns-1';
const HOST_A = 'nqn.2014-08.org.nvmexpress:uuid:aaaa';
const HOST_B = 'nqn.2014-08.org.nvmexpress:uuid:bbbb';
const KEY = 'DHHC-1:01:kH8p2dO0zV3rB7mQyT6sW9xA1cE4gJ5n:';
const CTRL_KEY = 'DHHC-1:01:Zq3Lw8Rt5Yp2Ks7Nm4Hv9Bx6Cf1Gd0Je:';

const request = (expose: Partial<Extract<ProvisionVolumeRequest['expose'], { protocol: 'nvmet' }>> = {}) =>
  ({
    name: 'ns-1',
    parent: 'tank/vms',
    owner: 'proxmox/pve1',
    sizeBytes: 4 * 1024 ** 3,
    expose: { protocol: 'nvmet', ...expose },
  }) satisfies ProvisionVolumeRequest;

describe('provisionVolume over NVMe-oF (25.10)', () => {
  const mock = useMockApi({ version: '25.10' });
  beforeEach(async () => {
    await mock.api.nvmet.ports.create({ addr_trtype: 'TCP', addr_traddr: '0.0.0.0' });
    await mock.api.nvmet.ports.create({ addr_trtype: 'TCP', addr_traddr: '::' });
  });

  const withHosts = () =>
    request({
      hosts: [{ nqn: HOST_A, dhchapKey: KEY, dhchapCtrlKey: CTRL_KEY, dhchapHash: 'SHA-384' }, { nqn: HOST_B }],
    });

  test('default: one subsystem per volume, namespace on the zvol, hosts with DH-CHAP, every port linked', async () => {
    const result = await provisionVolume(mock.api, withHosts());
    const names = exposureNames(VOLUME);
    expect(result.nvmet).toMatchObject({
      subnqn: `nqn.2011-06.com.truenas:${names.subsystem}`,
      allowAnyHost: false,
      nsid: 1,
    });
    const subsys = await mock.api.nvmet.subsystems.get(result.nvmet?.subsystemId as number);
    expect(subsys).toMatchObject({ name: names.subsystem, allow_any_host: false });
    const namespace = await mock.api.nvmet.namespaces.get(result.nvmet?.namespaceId as number);
    expect(namespace).toMatchObject({ device_type: 'ZVOL', device_path: `zvol/${VOLUME}` });
    expect(namespace.subsys.id).toBe(subsys.id);
    const hosts = await mock.api.nvmet.hosts.query();
    expect(hosts.map((h) => h.hostnqn).sort()).toEqual([HOST_A, HOST_B]);
    const hostA = hosts.find((h) => h.hostnqn === HOST_A);
    expect(hostA).toMatchObject({ dhchap_key: KEY, dhchap_ctrl_key: CTRL_KEY, dhchap_hash: 'SHA-384' });
    const hostLinks = await mock.api.nvmet.hostSubsystems.query();
    expect(hostLinks.map((l) => [l.host.id, l.subsys.id]).sort()).toEqual(hosts.map((h) => [h.id, subsys.id]).sort());
    const portLinks = await mock.api.nvmet.portSubsystems.query();
    expect(portLinks.map((l) => l.port.id).sort()).toEqual([1, 2]);
    expect(result.markers).toMatchObject({
      protocol: 'nvmet',
      nvmetSubsystem: subsys.id,
      nvmetNamespace: namespace.id,
      nvmetHosts: hosts.map((h) => h.id).sort(),
      nvmetHostLinks: hostLinks.map((l) => l.id).sort(),
      nvmetPortLinks: portLinks.map((l) => l.id).sort(),
    });
    // the port links come last: the subsystem is reachable only once its allow-list is in place
    const methods = result.calls.map((c) => c.method).filter((m) => m !== 'pool.dataset.update');
    expect(methods.indexOf('nvmet.port_subsys.create')).toBeGreaterThan(
      methods.lastIndexOf('nvmet.host_subsys.create'),
    );
  });

  test('behavior: without hosts the subsystem allows any host and no host entry is made', async () => {
    const result = await provisionVolume(mock.api, request({ portIds: [2] }));
    expect(result.nvmet).toMatchObject({ allowAnyHost: true, hostIds: [] });
    expect((await mock.api.nvmet.subsystems.get(result.nvmet?.subsystemId as number)).allow_any_host).toBe(true);
    expect(await mock.api.nvmet.hosts.query()).toEqual([]);
    expect(await mock.api.nvmet.hostSubsystems.query()).toEqual([]);
    expect((await mock.api.nvmet.portSubsystems.query()).map((l) => l.port.id)).toEqual([2]);
  });

  test('behavior: idempotent, and an existing host is reused, not recorded as created', async () => {
    const existing = await mock.api.nvmet.hosts.create({ hostnqn: HOST_B });
    const first = await provisionVolume(mock.api, withHosts());
    expect(first.nvmet?.hostIds).toContain(existing.id);
    expect(first.markers.nvmetHosts).not.toContain(existing.id);
    const before = mutations(mock.server);
    const second = await provisionVolume(mock.api, withHosts());
    expect(second.calls).toEqual([]);
    expect(mutations(mock.server)).toEqual(before);
    expect({ ...second, created: true }).toEqual({ ...first, calls: [] });
  });

  test('behavior: secrets never reach audit records, errors, markers or the result', async () => {
    const records: AuditRecord[] = [];
    const audit = (record: AuditRecord) => void records.push(record);
    const ok = await provisionVolume(mock.api, withHosts(), { audit });
    mock.server.reset();
    await mock.api.nvmet.ports.create({ addr_trtype: 'TCP', addr_traddr: '0.0.0.0' });
    mock.server.faults.failOnce('nvmet.host_subsys.create');
    const err = await rejection(provisionVolume(mock.api, withHosts(), { audit }));
    expect(err).toBeInstanceOf(WorkflowStepError);
    const hostCreate = records.find((r) => r.method === 'nvmet.host.create' && r.result === 'done');
    expect(hostCreate?.params).toEqual([
      expect.objectContaining({ dhchap_key: '[REDACTED]', dhchap_ctrl_key: '[REDACTED]' }),
    ]);
    const texts = [
      JSON.stringify(records),
      JSON.stringify(ok),
      (err as Error).message,
      JSON.stringify(err),
      JSON.stringify(await provisionVolume(mock.api, withHosts(), { dryRun: true })),
    ];
    await provisionVolume(mock.api, withHosts());
    texts.push(JSON.stringify(await userProperties(mock.api, VOLUME)));
    for (const text of texts) {
      expect(text).not.toContain(KEY);
      expect(text).not.toContain(CTRL_KEY);
    }
  });

  test('behavior: unknown ports, or no port at all, are refused before anything is sent', async () => {
    const baseline = mutations(mock.server);
    const unknown = await rejection(provisionVolume(mock.api, request({ portIds: [7] })));
    expect(unknown).toBeInstanceOf(VolumeRequestError);
    expect((unknown as VolumeRequestError).shortMessage).toContain('NVMe-oF port 7 does not exist');
    expect(mutations(mock.server)).toEqual(baseline);
    mock.server.reset();
    const none = await rejection(provisionVolume(mock.api, request()));
    expect((none as VolumeRequestError).shortMessage).toContain('no NVMe-oF port exists');
    const unlinked = await provisionVolume(mock.api, request({ portIds: [] }));
    expect(unlinked.nvmet?.portLinkIds).toEqual([]);
    expect(await mock.api.nvmet.portSubsystems.query()).toEqual([]);
  });

  test('behavior: dry run plans the calls with placeholder ids and creates nothing', async () => {
    const before = await inventory(mock.api);
    const result = await provisionVolume(mock.api, withHosts(), { dryRun: true });
    expect(result.calls.map((c) => c.step)).toEqual([
      'create zvol',
      'create NVMe-oF subsystem',
      'record NVMe-oF subsystem on volume',
      'create NVMe-oF namespace',
      'record NVMe-oF namespace on volume',
      `create NVMe-oF host ${HOST_A}`,
      `record NVMe-oF host ${HOST_A} on volume`,
      `create NVMe-oF host ${HOST_B}`,
      `record NVMe-oF host ${HOST_B} on volume`,
      `allow host ${HOST_A} into subsystem`,
      `record host link ${HOST_A} on volume`,
      `allow host ${HOST_B} into subsystem`,
      `record host link ${HOST_B} on volume`,
      'expose subsystem on port 1',
      'record port link 1 on volume',
      'expose subsystem on port 2',
      'record port link 2 on volume',
    ]);
    expect(result.calls[3]?.params).toEqual([{ device_type: 'ZVOL', device_path: `zvol/${VOLUME}`, subsys_id: -1 }]);
    expect(await inventory(mock.api)).toEqual(before);
  });

  test('edge: a failure at every step rolls back subsystem, namespace, hosts and links', async () => {
    const steps = await failEveryStep(mock.server, mock.api, withHosts());
    expect(steps).toHaveLength(17);
    expect(await mock.api.nvmet.hosts.query()).toEqual([]);
  });
});

describe('provisionVolume over NVMe-oF (25.04)', () => {
  const mock = useMockApi({ version: '25.04' });

  test('edge: NVMe-oF is not supported on 25.04, refused before anything is sent', async () => {
    const before = await inventory(mock.api, '25.04');
    const err = await rejection(provisionVolume(mock.api, request()));
    expect(err).toBeInstanceOf(MethodNotSupportedError);
    expect((err as MethodNotSupportedError).code).toBe('NOT_SUPPORTED');
    expect((err as MethodNotSupportedError).serverVersion).toBe('25.04');
    expect(mutations(mock.server)).toEqual({});
    expect(Object.keys(mock.server.executions()).filter((m) => m.startsWith('nvmet.'))).toEqual([]);
    expect(await inventory(mock.api, '25.04')).toEqual(before);
  });
});
