import { describe, expect, test } from 'vitest';
import { ownershipProblem } from './ownedObject.js';

const V = 'tank/k8s/pvc-1';

describe('ownershipProblem', () => {
  test('default: objects that still point at the volume are its own', () => {
    expect(ownershipProblem(V, { kind: 'iscsi.extent', id: 1 }, { id: 1, disk: `zvol/${V}` })).toBeUndefined();
    expect(ownershipProblem(V, { kind: 'iscsi.target', id: 2, name: 't' }, { id: 2, name: 't' })).toBeUndefined();
    const link = { kind: 'iscsi.targetextent', id: 3, target: 2, extent: 1 } as const;
    expect(ownershipProblem(V, link, { id: 3, target: 2, extent: 1, lunid: 0 })).toBeUndefined();
    const ns = { kind: 'nvmet.namespace', id: 4, subsysId: 5 } as const;
    expect(ownershipProblem(V, ns, { id: 4, device_path: `/dev/zvol/${V}`, subsys: { id: 5 } })).toBeUndefined();
    const port = { kind: 'nvmet.port_subsys', id: 6, subsysId: 5 } as const;
    expect(ownershipProblem(V, port, { id: 6, port: { id: 1 }, subsys: { id: 5 } })).toBeUndefined();
    const host = { kind: 'nvmet.host', id: 7, hostnqns: ['nqn.a'] } as const;
    expect(ownershipProblem(V, host, { id: 7, hostnqn: 'nqn.a', dhchap_key: 'secret' })).toBeUndefined();
    expect(ownershipProblem(V, { kind: 'sharing.nfs', id: 8 }, { id: 8, path: `/mnt/${V}` })).toBeUndefined();
  });

  test('behavior: a re-used id is described by name and path, never by secrets', () => {
    expect(ownershipProblem(V, { kind: 'iscsi.extent', id: 1 }, { id: 1, name: 'x', disk: 'zvol/tank/x' })).toEqual({
      expected: `an extent on zvol/${V}`,
      found: 'extent "x" on zvol/tank/x',
    });
    const host = { kind: 'nvmet.host', id: 7, hostnqns: ['nqn.a'] } as const;
    const problem = ownershipProblem(V, host, { id: 7, hostnqn: 'nqn.b', dhchap_key: 'DHHC-1:00:secret' });
    expect(problem).toEqual({ expected: 'one of "nqn.a"', found: 'host "nqn.b"' });
    const ns = { kind: 'nvmet.namespace', id: 4, subsysId: 5 } as const;
    expect(ownershipProblem(V, ns, { id: 4, device_path: `zvol/${V}`, subsys: { id: 9 } })?.found).toBe(
      `zvol/${V} in subsystem 9`,
    );
    const smb = ownershipProblem(V, { kind: 'sharing.smb', id: 2 }, { id: 2, name: 'media', path: '/mnt/tank/media' });
    expect(smb?.found).toBe('share "media" of /mnt/tank/media');
  });

  test('edge: a nested volume path is not the volume', () => {
    expect(ownershipProblem(V, { kind: 'iscsi.extent', id: 1 }, { id: 1, disk: `zvol/${V}/child` })).toBeDefined();
    expect(ownershipProblem(V, { kind: 'sharing.nfs', id: 1 }, { id: 1, path: `/mnt/${V}/sub` })).toBeDefined();
  });
});
