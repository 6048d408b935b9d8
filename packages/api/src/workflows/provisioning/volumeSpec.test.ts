import { describe, expect, test } from 'vitest';
import type { ProvisionVolumeRequest } from './provisionVolumeRequest.js';
import { parseVolumeSpec, specDifferences, specText, volumeSpec } from './volumeSpec.js';

const nqnA = 'nqn.2014-08.org.nvmexpress:uuid:a';
const nqnB = 'nqn.2014-08.org.nvmexpress:uuid:b';
const request = (expose: ProvisionVolumeRequest['expose'], extra: Partial<ProvisionVolumeRequest> = {}) =>
  ({ name: 'v', parent: 'tank', owner: 'o', sizeBytes: 10, expose, ...extra }) as ProvisionVolumeRequest;

describe('volumeSpec', () => {
  test('default: defaults resolved, so an explicit default gives the same spec', () => {
    const implicit = specText(volumeSpec(request({ protocol: 'iscsi' })));
    const explicit = specText(
      volumeSpec(request({ protocol: 'iscsi', authMethod: 'NONE' }, { kind: 'zvol', sparse: false })),
    );
    expect(explicit).toBe(implicit);
    expect(volumeSpec(request({ protocol: 'nfs' }))).not.toHaveProperty('sparse');
  });

  test('behavior: list order does not matter, secrets are reduced to set/none, comments ignored', () => {
    const a = volumeSpec(
      request({ protocol: 'nvmet', portIds: [2, 1], hosts: [{ nqn: nqnB }, { nqn: nqnA, dhchapKey: 'SECRET' }] }),
    );
    const b = volumeSpec(
      request(
        { protocol: 'nvmet', portIds: [1, 2], hosts: [{ nqn: nqnA, dhchapKey: 'OTHER' }, { nqn: nqnB }] },
        { comments: 'x' },
      ),
    );
    expect(specText(a)).toBe(specText(b));
    expect(specText(a)).not.toContain('SECRET');
    expect(specText(a)).toContain('"dhchapKey":"set"');
    expect(specText(volumeSpec(request({ protocol: 'nvmet' })))).toContain('"ports":"all"');
  });

  test('behavior: differences are listed field by field', () => {
    const stored = specText(volumeSpec(request({ protocol: 'smb', shareName: 'a' })));
    expect(specDifferences(stored, volumeSpec(request({ protocol: 'smb', shareName: 'a' })))).toEqual([]);
    expect(
      specDifferences(stored, volumeSpec(request({ protocol: 'smb', shareName: 'b' }, { sizeBytes: 20 }))),
    ).toEqual(['expose.shareName: existing "a", requested "b"', 'sizeBytes: existing 10, requested 20']);
    expect(specDifferences(stored, volumeSpec(request({ protocol: 'none' })))).toEqual([
      'expose.protocol: existing "smb", requested "none"',
      'expose.purpose: existing "DEFAULT_SHARE", requested (unset)',
      'expose.shareName: existing "a", requested (unset)',
    ]);
  });

  test('edge: unreadable stored specs and stable text', () => {
    expect(specDifferences('not json', volumeSpec(request({ protocol: 'none' })))[0]).toContain(
      'tn:spec: the stored value',
    );
    expect(parseVolumeSpec('[1]')).toBeUndefined();
    expect(specText({ b: [{ d: 1, c: null }], a: 'x' })).toBe('{"a":"x","b":[{"c":null,"d":1}]}');
  });
});
