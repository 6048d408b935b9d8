import { describe, expect, test } from 'vitest';
import { readVolumeMarkers, volumeMarkerUpdates } from './volumeMarkers.js';

const prop = (value: string) => ({ parsed: value, rawvalue: value, value, source: 'LOCAL', source_info: null });

describe('readVolumeMarkers', () => {
  test('default: reads the markers from property objects', () => {
    const markers = readVolumeMarkers({
      'tn:owner': prop('csi/a'),
      'tn:protocol': prop('nvmet'),
      'tn:spec': prop('abc'),
      'tn:nvmet-subsys': prop('3'),
      'tn:nvmet-port-subsys': prop('1,2'),
      'other:prop': prop('x'),
    });
    expect(markers).toEqual({
      owner: 'csi/a',
      protocol: 'nvmet',
      spec: 'abc',
      nvmetSubsystem: 3,
      nvmetPortLinks: [1, 2],
    });
  });

  test('behavior: no owner means not ours', () => {
    expect(readVolumeMarkers({ 'tn:iscsi-extent': prop('4') })).toBeUndefined();
    expect(readVolumeMarkers({ 'tn:owner': prop('') })).toBeUndefined();
    expect(readVolumeMarkers(undefined)).toBeUndefined();
    expect(readVolumeMarkers(null)).toBeUndefined();
  });

  test('edge: malformed values are ignored, plain strings accepted, unknown protocol reads as none', () => {
    const markers = readVolumeMarkers({
      'tn:owner': 'me',
      'tn:protocol': 'carrier-pigeon',
      'tn:iscsi-extent': 'four',
      'tn:iscsi-target': '-1',
      'tn:iscsi-target-shared': 'true',
      'tn:nvmet-host-subsys': '',
    });
    expect(markers).toEqual({ owner: 'me', protocol: 'none', iscsiTargetShared: true, nvmetHostLinks: [] });
  });
});

describe('volumeMarkerUpdates', () => {
  test('default: writes set fields, removes null ones, skips undefined', () => {
    expect(
      volumeMarkerUpdates({ owner: 'me', iscsiExtent: 4, nvmetPortLinks: [1, 2], smbShare: null, nfsShare: undefined }),
    ).toEqual([
      { key: 'tn:owner', value: 'me' },
      { key: 'tn:iscsi-extent', value: '4' },
      { key: 'tn:nvmet-port-subsys', value: '1,2' },
      { key: 'tn:smb-share', remove: true },
    ]);
  });

  test('behavior: what is written reads back the same', () => {
    const markers = {
      owner: 'o',
      protocol: 'iscsi' as const,
      iscsiExtent: 1,
      iscsiTarget: 2,
      iscsiTargetShared: false,
    };
    const props = Object.fromEntries(volumeMarkerUpdates(markers).map((u) => [u.key, u.value]));
    expect(readVolumeMarkers(props)).toEqual(markers);
  });
});

describe('readVolumeMarkers (inheritance and created hosts)', () => {
  test('behavior: values a child inherits from its parent are not its markers', () => {
    const inherited = (value: string) => ({ ...prop(value), source: 'INHERITED', source_info: 'tank/parent' });
    expect(readVolumeMarkers({ 'tn:owner': inherited('csi/a'), 'tn:protocol': inherited('nfs') })).toBeUndefined();
    expect(readVolumeMarkers({ 'tn:owner': prop('csi/a'), 'tn:nfs-share': inherited('3') })).toEqual({
      owner: 'csi/a',
      protocol: 'none',
    });
  });

  test('default: the hosts a volume created round-trip as a list', () => {
    const updates = volumeMarkerUpdates({ owner: 'o', nvmetHosts: [4, 7] });
    expect(updates).toContainEqual({ key: 'tn:nvmet-hosts', value: '4,7' });
    const props = Object.fromEntries(updates.map((u) => [u.key, u.value]));
    expect(readVolumeMarkers(props)?.nvmetHosts).toEqual([4, 7]);
  });
});
