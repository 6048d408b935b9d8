import { createClient, TnErrorCode } from '@tn/rpc';
import { describe, expect, test } from 'vitest';
import { createApiClient, preflightVolume, runPreflightChecks, VolumeRequestError } from '../src/index.js';
import { connect, startServer, useMockApi } from './apiHarness.js';
import { parsedProp, preflightError, statusOf } from './workflowHarness.js';

const GiB = 1024 ** 3;
/** The checks of an iSCSI preflight on a shared target, in the order they run. */
const ISCSI_CHECKS = ['reachable', 'authenticated', 'version', 'service', 'parent', 'space', 'target'];

describe.each(['25.04', '25.10'] as const)('preflight on %s', (version) => {
  const mock = useMockApi({ version });

  /** The parent's `available` in bytes, as the mock computes it. */
  const available = (name: string) => parsedProp(mock.server, name, 'available') as number;

  async function createTarget(name: string): Promise<void> {
    const portal = await mock.api.iscsi.portals.create({ listen: [{ ip: '0.0.0.0' }] });
    const initiator = await mock.api.iscsi.initiators.create({ initiators: [], comment: 'any' });
    await mock.api.iscsi.targets.create({ name, groups: [{ portal: portal.id, initiator: initiator.id }] });
  }

  test('default: every check passes (iSCSI with a shared target)', async () => {
    await createTarget('shared0');
    const result = await preflightVolume(mock.api, {
      parent: 'tank/vms',
      sizeBytes: GiB,
      protocol: 'iscsi',
      sharedTarget: 'shared0',
    });
    expect(result.ok).toBe(true);
    expect(result.checks.map((c) => c.name)).toEqual(ISCSI_CHECKS);
    expect(result.checks.every((c) => c.status === 'passed')).toBe(true);
    expect(result.checks.find((c) => c.name === 'authenticated')?.message).toBe('Logged in as root');
  });

  test.each([
    ['nfs', 'NFS'],
    ['smb', 'SMB'],
  ] as const)('default: %s checks its service', async (protocol, label) => {
    const report = await runPreflightChecks(mock.api, { parent: 'tank/home', sizeBytes: GiB, protocol });
    expect(report.ok).toBe(true);
    expect(report.checks.find((c) => c.name === 'service')?.message).toBe(`${label} service is RUNNING`);
  });

  test('behavior: protocol none runs no service check', async () => {
    const report = await runPreflightChecks(mock.api, { parent: 'tank/vms', sizeBytes: GiB, protocol: 'none' });
    expect(report.checks.map((c) => c.name)).toEqual(['reachable', 'authenticated', 'version', 'parent', 'space']);
  });

  test.each([
    ['iscsi', 'iscsitarget', 'iSCSI'],
    ['nfs', 'nfs', 'NFS'],
    ['smb', 'cifs', 'SMB'],
  ] as const)('error: %s service stopped', async (protocol, service, label) => {
    mock.server.storage.setServiceState(service, 'STOPPED');
    const error = await preflightError(preflightVolume(mock.api, { parent: 'tank/vms', sizeBytes: GiB, protocol }));
    expect(error.code).toBe(TnErrorCode.PreflightFailed);
    expect(error.failed.map((c) => c.name)).toEqual(['service']);
    expect(error.message).toContain(
      `- ${label} service is STOPPED: start it with api.services.start('${service}') or in the UI`,
    );
    await mock.api.services.start(service);
    expect((await preflightVolume(mock.api, { parent: 'tank/vms', sizeBytes: GiB, protocol })).ok).toBe(true);
  });

  test('error: parent missing (the space check is skipped)', async () => {
    const report = await runPreflightChecks(mock.api, { parent: 'tank/nope', sizeBytes: GiB, protocol: 'none' });
    expect(report.ok).toBe(false);
    expect(statusOf(report.checks)).toMatchObject({ parent: 'failed', space: 'skipped' });
    const error = await preflightError(
      preflightVolume(mock.api, { parent: 'tank/nope', sizeBytes: GiB, protocol: 'none' }),
    );
    expect(error.message).toContain(
      "- Parent dataset tank/nope does not exist: create it (api.datasets.create({ name: 'tank/nope' }))",
    );
    expect(error.message).toContain('Skipped: space.');
  });

  test('error: a zvol is no parent', async () => {
    const report = await runPreflightChecks(mock.api, { parent: 'tank/vms/vm0', sizeBytes: GiB, protocol: 'none' });
    expect(report.checks.find((c) => c.name === 'parent')?.message).toContain('is a zvol');
  });

  test('behavior: free space must cover the size plus 20% headroom', async () => {
    const free = available('tank/vms');
    const fits = Math.floor(free / 1.2);
    const ok = await runPreflightChecks(mock.api, { parent: 'tank/vms', sizeBytes: fits, protocol: 'none' });
    expect(statusOf(ok.checks).space).toBe('passed');
    const tight = await runPreflightChecks(mock.api, { parent: 'tank/vms', sizeBytes: fits + 1024, protocol: 'none' });
    expect(statusOf(tight.checks).space).toBe('failed');
    const noHeadroom = await runPreflightChecks(mock.api, {
      parent: 'tank/vms',
      sizeBytes: fits + 1024,
      protocol: 'none',
      headroom: 0,
    });
    expect(statusOf(noHeadroom.checks).space).toBe('passed');
  });

  test('behavior: a quota on the parent limits its free space', async () => {
    const report = await runPreflightChecks(mock.api, {
      parent: 'tank/home/alice',
      sizeBytes: 90 * GiB,
      protocol: 'nfs',
    });
    expect(statusOf(report.checks).space).toBe('failed');
    expect(report.checks.find((c) => c.name === 'space')?.message).toMatch(/^Not enough free space: 95 GiB free/);
  });

  test('error: shared iSCSI target missing', async () => {
    const error = await preflightError(
      preflightVolume(mock.api, { parent: 'tank/vms', sizeBytes: GiB, protocol: 'iscsi', sharedTarget: 'ghost' }),
    );
    expect(error.failed.map((c) => c.name)).toEqual(['target']);
    expect(error.message).toContain('- iSCSI target ghost does not exist: create it first');
  });

  test('error: every independent check fails at once, one error lists them all', async () => {
    mock.server.storage.setServiceState('iscsitarget', 'STOPPED');
    const error = await preflightError(
      preflightVolume(mock.api, {
        parent: 'tank/vms',
        sizeBytes: available('tank/vms'),
        protocol: 'iscsi',
        sharedTarget: 'ghost',
      }),
    );
    expect(error.failed.map((c) => c.name)).toEqual(['service', 'space', 'target']);
    expect(error.shortMessage).toBe('Preflight for tank/vms failed (3 checks: service, space, target)');
    const lines = error.message.split('\n').filter((line) => line.startsWith('- '));
    expect(lines).toHaveLength(3);
    expect(lines.every((line) => /: .+/.test(line))).toBe(true);
    expect(error.checks).toHaveLength(7);
  });

  test('error: a failing read becomes a failed check, not an exception', async () => {
    mock.server.faults.failOnce('pool.dataset.query');
    const report = await runPreflightChecks(mock.api, { parent: 'tank/vms', sizeBytes: GiB, protocol: 'none' });
    expect(statusOf(report.checks)).toMatchObject({ parent: 'failed', space: 'skipped', version: 'passed' });
    expect(report.checks.find((c) => c.name === 'parent')?.message).toContain('Injected failure');
  });

  test('error: a login refused fails the authenticated check', async () => {
    const bad = createClient({ url: mock.server.url, credentials: { apiKey: '1-wrong' }, reconnect: false });
    try {
      const report = await runPreflightChecks(createApiClient(bad), {
        parent: 'tank/vms',
        sizeBytes: 1,
        protocol: 'nfs',
      });
      expect(statusOf(report.checks)).toEqual({
        reachable: 'passed',
        authenticated: 'failed',
        version: 'skipped',
        service: 'skipped',
        parent: 'skipped',
        space: 'skipped',
      });
      expect(report.checks[1]?.remedy).toContain('API key');
    } finally {
      await bad.close();
    }
  });

  test('error: a session without credentials is not logged in', async () => {
    const anonymous = createClient({ url: mock.server.url, reconnect: false });
    try {
      const error = await preflightError(
        preflightVolume(createApiClient(anonymous), { parent: 'tank/vms', sizeBytes: 1, protocol: 'none' }),
      );
      expect(error.failed.map((c) => c.name)).toEqual(['authenticated']);
      expect(error.message).toContain('- The session is not logged in: pass credentials');
    } finally {
      await anonymous.close();
    }
  });

  test('error: invalid requests are refused before any call', async () => {
    const before = mock.server.executions('core.ping');
    await expect(
      runPreflightChecks(mock.api, { parent: 'tank/vms', sizeBytes: -1, protocol: 'nfs', sharedTarget: 'x' }),
    ).rejects.toMatchObject({ name: 'VolumeRequestError', code: TnErrorCode.InvalidRequest });
    await expect(
      runPreflightChecks(mock.api, { parent: 'tank/vms', sizeBytes: 1, protocol: 'iscsi', nvmetPortIds: [1] }),
    ).rejects.toBeInstanceOf(VolumeRequestError);
    expect(mock.server.executions('core.ping')).toBe(before);
  });
});

describe('preflight: NVMe-oF', () => {
  test('error: 25.04 has no NVMe-oF (version fails, NVMe-oF checks skipped)', async () => {
    const server = await startServer({ version: '25.04' });
    const { rpc, api } = connect(server);
    try {
      const error = await preflightError(
        preflightVolume(api, {
          parent: 'tank/vms',
          sizeBytes: GiB,
          protocol: 'nvmet',
          sharedTarget: 'sub0',
          nvmetPortIds: [1],
        }),
      );
      expect(error.failed.map((c) => c.name)).toEqual(['version']);
      expect(error.message).toContain('- NVMe-oF needs TrueNAS 25.10 (this server runs 25.04)');
      expect(statusOf(error.checks)).toMatchObject({ service: 'skipped', subsystem: 'skipped', ports: 'skipped' });
    } finally {
      await rpc.close();
      await server.stop();
    }
  });

  test('default and errors on 25.10: service, subsystem and ports', async () => {
    const server = await startServer({ version: '25.10' });
    const { rpc, api } = connect(server);
    try {
      const subsys = await api.nvmet.subsystems.create({ name: 'sub0' });
      const port = await api.nvmet.ports.create({ addr_trtype: 'TCP', addr_traddr: '0.0.0.0' });
      const request = { parent: 'tank/vms', sizeBytes: GiB, protocol: 'nvmet' as const, nvmetPortIds: [port.id] };
      expect((await preflightVolume(api, { ...request, sharedTarget: 'sub0' })).ok).toBe(true);
      expect((await preflightVolume(api, { ...request, sharedTarget: subsys.subnqn as string })).ok).toBe(true);

      server.storage.setServiceState('nvmet', 'STOPPED');
      const error = await preflightError(
        preflightVolume(api, { ...request, sharedTarget: 'nope', nvmetPortIds: [port.id, 99, 98] }),
      );
      expect(error.failed.map((c) => c.name)).toEqual(['service', 'subsystem', 'ports']);
      expect(error.message).toContain("- NVMe-oF service is STOPPED: start it with api.services.start('nvmet')");
      expect(error.message).toContain('- NVMe-oF subsystem nope does not exist');
      expect(error.message).toContain('- NVMe-oF ports 99, 98 do not exist');
    } finally {
      await rpc.close();
      await server.stop();
    }
  });
});

describe('preflight: unreachable server', () => {
  test('error: the reachable check fails and every other check is skipped', async () => {
    const server = await startServer();
    const url = server.url;
    await server.stop();
    const rpc = createClient({ url, reconnect: false });
    try {
      const report = await runPreflightChecks(
        createApiClient(rpc, { version: '25.10' }),
        { parent: 'tank/vms', sizeBytes: GiB, protocol: 'iscsi', sharedTarget: 't' },
        { timeoutMs: 2_000 },
      );
      expect(report.ok).toBe(false);
      expect(report.checks[0]).toMatchObject({ name: 'reachable', status: 'failed' });
      expect(report.checks[0]?.remedy).toContain('check the URL');
      expect(report.checks.slice(1).every((c) => c.status === 'skipped')).toBe(true);
      expect(report.checks.map((c) => c.name)).toEqual(ISCSI_CHECKS);
    } finally {
      await rpc.close();
    }
  });
});
