import { describe, expect, test } from 'vitest';
import {
  ConflictError,
  exposureNames,
  type ProvisionVolumeRequest,
  provisionVolume,
  VolumeRequestError,
} from '../src/index.js';
import { useMockApi } from './apiHarness.js';
import { rejection } from './workflowHarness.js';
import { failEveryStep, inventory, mutations } from './workflowProvisioningFixtures.js';

const nfs: ProvisionVolumeRequest = {
  name: 'exports',
  parent: 'tank',
  owner: 'ops',
  sizeBytes: 50 * 1024 ** 3,
  expose: { protocol: 'nfs', networks: ['10.0.0.0/24'], maprootUser: 'root', readOnly: true },
};
const smb = (expose: Partial<Extract<ProvisionVolumeRequest['expose'], { protocol: 'smb' }>> = {}) =>
  ({
    name: 'projects',
    parent: 'tank',
    owner: 'ops',
    sizeBytes: 10 * 1024 ** 3,
    expose: { protocol: 'smb', ...expose },
  }) satisfies ProvisionVolumeRequest;

for (const version of ['25.10', '25.04'] as const) {
  describe(`provisionVolume over NFS and SMB (${version})`, () => {
    const mock = useMockApi({ version });

    test('default: NFS export of a filesystem with a refquota, marked', async () => {
      const result = await provisionVolume(mock.api, nfs);
      expect(result).toMatchObject({ volume: 'tank/exports', kind: 'filesystem', created: true });
      expect(result.share).toMatchObject({ protocol: 'nfs', path: '/mnt/tank/exports' });
      const dataset = await mock.api.datasets.get('tank/exports');
      expect(dataset.type).toBe('FILESYSTEM');
      expect(dataset.refquota?.parsed).toBe(50 * 1024 ** 3);
      const share = await mock.api.sharing.nfs.get(result.share?.id as number);
      expect(share).toMatchObject({
        path: '/mnt/tank/exports',
        networks: ['10.0.0.0/24'],
        ro: true,
        maproot_user: 'root',
      });
      expect(result.markers).toMatchObject({ owner: 'ops', protocol: 'nfs', nfsShare: share.id });
      const again = await provisionVolume(mock.api, { ...nfs, comments: 'not part of the identity' });
      expect(again.calls).toEqual([]);
      expect(again.share).toEqual(result.share);
    });

    test('default: SMB share named after the volume (or as asked), marked', async () => {
      const result = await provisionVolume(mock.api, { ...smb(), comments: 'team data' });
      expect((await mock.api.datasets.get('tank/projects')).comments?.value).toBe('team data');
      const share = await mock.api.sharing.smb.get(result.share?.id as number);
      expect(share).toMatchObject({ name: exposureNames('tank/projects').smbShare, path: '/mnt/tank/projects' });
      expect(result.markers.smbShare).toBe(share.id);
      const named = await provisionVolume(mock.api, { ...smb({ shareName: 'Team Projects' }), name: 'team' });
      expect(named.share?.name).toBe('Team Projects');
    });

    test('behavior: an SMB name held by another path is a ConflictError before anything is created', async () => {
      await mock.api.datasets.create({ name: 'tank/elsewhere' });
      await mock.api.sharing.smb.create({ name: 'projects', path: '/mnt/tank/elsewhere' });
      const before = mutations(mock.server);
      const err = await rejection(provisionVolume(mock.api, smb({ shareName: 'PROJECTS' })));
      expect(err).toBeInstanceOf(ConflictError);
      expect((err as ConflictError).shortMessage).toContain('it is taken by the share of /mnt/tank/elsewhere');
      expect(mutations(mock.server)).toEqual(before);
    });

    test('behavior: a zvol over NFS, sparse on a filesystem or a purpose the version lacks are refused', async () => {
      const before = await inventory(mock.api, version);
      const zvol = await rejection(provisionVolume(mock.api, { ...nfs, kind: 'zvol' }));
      expect((zvol as VolumeRequestError).shortMessage).toContain('kind: nfs shares files');
      const sparse = await rejection(provisionVolume(mock.api, { ...nfs, sparse: true }));
      expect((sparse as VolumeRequestError).shortMessage).toContain('sparse: applies to zvols only');
      const purpose = version === '25.10' ? 'NO_PRESET' : 'LEGACY_SHARE';
      const wrong = await rejection(provisionVolume(mock.api, smb({ purpose })));
      expect(wrong).toBeInstanceOf(VolumeRequestError);
      expect((wrong as VolumeRequestError).shortMessage).toContain('sharing.smb.create purpose');
      expect(await inventory(mock.api, version)).toEqual(before);
    });

    test('edge: a failure at every step of NFS and SMB rolls back', async () => {
      expect(await failEveryStep(mock.server, mock.api, nfs, version)).toEqual([
        'create filesystem',
        'create NFS share',
        'record NFS share on volume',
      ]);
      expect(await failEveryStep(mock.server, mock.api, smb(), version)).toEqual([
        'create filesystem',
        'create SMB share',
        'record SMB share on volume',
      ]);
    });
  });
}
