import { describe, expect, test } from 'vitest';
import { ProvisionVolumeRequestSchema } from './provisionVolumeRequest.js';

const base = { name: 'pvc-1', parent: 'tank/k8s', owner: 'csi/a', sizeBytes: 1024 ** 3 };
const issues = (input: unknown) => {
  const parsed = ProvisionVolumeRequestSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('ProvisionVolumeRequestSchema', () => {
  test('default: each protocol with its defaults is accepted', () => {
    for (const expose of [
      { protocol: 'iscsi' },
      { protocol: 'iscsi', sharedTarget: 'k8s', lun: 3 },
      { protocol: 'nvmet', hosts: [{ nqn: 'nqn.2014-08.org.nvmexpress:uuid:1', dhchapKey: 'k', dhchapCtrlKey: 'c' }] },
      { protocol: 'nfs', networks: ['10.0.0.0/8'] },
      { protocol: 'smb', shareName: 'media' },
      { protocol: 'none' },
    ]) {
      expect(issues({ ...base, expose }), JSON.stringify(expose)).toEqual([]);
    }
    expect(issues({ ...base, kind: 'zvol', sparse: true, volblocksize: '16K', expose: { protocol: 'none' } })).toEqual(
      [],
    );
  });

  test('behavior: kind must fit the protocol, and zvol options need a zvol', () => {
    expect(issues({ ...base, kind: 'filesystem', expose: { protocol: 'nvmet' } })).toEqual([
      'kind: nvmet exposes block devices: use kind "zvol"',
    ]);
    expect(issues({ ...base, kind: 'zvol', expose: { protocol: 'smb' } })).toEqual([
      'kind: smb shares files: use kind "filesystem"',
    ]);
    expect(issues({ ...base, sparse: true, expose: { protocol: 'nfs' } })).toEqual(['sparse: applies to zvols only']);
    expect(issues({ ...base, volblocksize: '8K', expose: { protocol: 'none' } })).toEqual([
      'volblocksize: applies to zvols only',
    ]);
  });

  test('behavior: protocol rules are checked before anything is sent', () => {
    expect(issues({ ...base, expose: { protocol: 'iscsi', sharedTarget: 'k8s', portal: 1 } })).toEqual([
      'expose.portal: a shared target keeps its own groups',
    ]);
    expect(issues({ ...base, expose: { protocol: 'iscsi', sharedTarget: 'K8S' } })[0]).toContain('expose.sharedTarget');
    expect(issues({ ...base, expose: { protocol: 'iscsi', authGroup: 1 } })).toEqual([
      'expose.authMethod: authGroup needs CHAP or CHAP_MUTUAL',
    ]);
    const nqn = 'nqn.2014-08.org.nvmexpress:uuid:1';
    expect(issues({ ...base, expose: { protocol: 'nvmet', hosts: [{ nqn }, { nqn }] } })).toEqual([
      'expose.hosts.1.nqn: listed twice',
    ]);
    expect(issues({ ...base, expose: { protocol: 'nvmet', hosts: [{ nqn, dhchapCtrlKey: 'c' }] } })).toEqual([
      'expose.hosts.0.dhchapCtrlKey: bidirectional DH-CHAP needs dhchapKey too',
    ]);
    expect(issues({ ...base, expose: { protocol: 'nvmet', portIds: [1, 1] } })).toEqual([
      'expose.portIds: contains duplicates',
    ]);
    expect(issues({ ...base, expose: { protocol: 'nfs', maprootUser: 'a', mapallUser: 'b' } })).toEqual([
      'expose.mapallUser: maprootUser and mapallUser are mutually exclusive',
    ]);
    expect(issues({ ...base, expose: { protocol: 'smb', shareName: 'Homes' } })).toEqual([
      'expose.shareName: a reserved SMB share name',
    ]);
  });

  test('edge: strict keys and dataset name rules', () => {
    expect(issues({ ...base, extra: 1, expose: { protocol: 'none' } })[0]).toContain('extra');
    expect(issues({ ...base, expose: { protocol: 'none', lun: 1 } })[0]).toContain('lun');
    expect(issues({ ...base, name: 'a/b', expose: { protocol: 'none' } })[0]).toContain('name: a dataset name part');
    expect(issues({ ...base, parent: '/tank', expose: { protocol: 'none' } })[0]).toContain('parent: a dataset name');
    expect(issues({ ...base, sizeBytes: 0, expose: { protocol: 'none' } })[0]).toContain('sizeBytes');
    expect(
      issues({ ...base, name: 'x'.repeat(200), parent: `tank/${'y'.repeat(60)}`, expose: { protocol: 'none' } }),
    ).toEqual(['name: the full dataset name exceeds 255 characters']);
  });
});
