import { describe, expect, it } from 'vitest';
import { ZfsParseError } from '../errors.js';
import { ZpoolStatusSchema } from '../model/zpoolStatus.js';
import { outline } from './__fixtures__/vdevOutline.js';
import { parseZpoolStatus } from './parseZpoolStatus.js';
import { parseZpoolStatusJson } from './parseZpoolStatusJson.js';

const doc = (pool: Record<string, unknown>) =>
  JSON.stringify({ output_version: { command: 'zpool status', vers_major: 0, vers_minor: 1 }, pools: { tank: pool } });

describe('parseZpoolStatusJson', () => {
  it('default', () => {
    const text =
      '{"pools":{"tank":{"name":"tank","state":"DEGRADED","pool_guid":17068583395379267683,"txg":12,' +
      '"vdevs":{"tank":{"name":"tank","vdev_type":"root","guid":17068583395379267683,"state":"DEGRADED",' +
      '"read_errors":0,"write_errors":0,"checksum_errors":0,"vdevs":{"mirror-0":{"name":"mirror-0",' +
      '"vdev_type":"mirror","state":"DEGRADED","read_errors":0,"write_errors":0,"checksum_errors":3,' +
      '"vdevs":{"sda":{"name":"sda","vdev_type":"disk","guid":505366783851632355,"path":"/dev/sda1",' +
      '"state":"FAULTED","read_errors":"1.68K","write_errors":0,"checksum_errors":0}}}}}},' +
      '"logs":{"sdc":{"name":"sdc","vdev_type":"disk","state":"ONLINE"}},"error_count":"2"}}}';
    const status = parseZpoolStatusJson(text);
    expect(ZpoolStatusSchema.parse(status)).toBeTruthy();
    const pool = status.pools[0];
    expect(pool).toMatchObject({ name: 'tank', id: '17068583395379267683', state: 'DEGRADED', txg: 12 });
    expect(pool?.root?.type).toBe('root');
    const sda = pool?.root?.children[0]?.children[0];
    expect(sda).toMatchObject({ guid: '505366783851632355', path: '/dev/sda1', read: { value: 1720, exact: false } });
    expect(pool?.logs.map((v) => v.name)).toEqual(['sdc']);
    expect(pool?.errors).toEqual({ files: [], count: 2 });
  });

  it('behavior: scan, removal, checkpoint and expansion stats', () => {
    const pool = parseZpoolStatusJson(
      doc({
        name: 'tank',
        state: 'ONLINE',
        scan_stats: {
          function: 'SCRUB',
          state: 'SCANNING',
          start_time: 1700000000,
          to_examine: 1000,
          issued: 250,
          examined: 400,
          errors: 0,
          scrub_pause: 0,
          processed: 0,
        },
        removal_stats: {
          name: 'sdb',
          state: 'SCANNING',
          start_time: 1700000100,
          to_copy: 200,
          copied: 50,
          mapping_memory: 4096,
        },
        checkpoint_stats: { state: 'EXISTS', start_time: 1700000200, space: 479232 },
        raidz_expand_stats: {
          name: 'raidz1-0',
          state: 'FINISHED',
          start_time: 1,
          end_time: 1700000300,
          to_reflow: 10,
          reflowed: 10,
        },
      }),
    ).pools[0];
    expect(pool?.scan).toMatchObject({
      function: 'scrub',
      state: 'in-progress',
      percentDone: 25,
      scanned: { value: 400 },
    });
    expect(pool?.scan?.startedAt?.date?.toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(pool?.remove).toMatchObject({
      state: 'in-progress',
      vdev: 'sdb',
      percentDone: 25,
      mappingMemory: { value: 4096 },
    });
    expect(pool?.checkpoint).toMatchObject({ state: 'exists', space: { value: 479232 } });
    expect(pool?.expand).toMatchObject({ state: 'finished', vdev: 'raidz1-0', copied: { value: 10 } });
  });

  it('behavior: a paused scrub and string-valued (-j) stats', () => {
    const pool = parseZpoolStatusJson(
      doc({
        name: 'tank',
        scan_stats: {
          function: 'SCRUB',
          state: 'SCANNING',
          scrub_pause: '1700000000',
          to_examine: '1.00T',
          issued: '512G',
        },
      }),
    ).pools[0];
    expect(pool?.scan).toMatchObject({ state: 'paused', percentDone: 50, total: { text: '1.00T' } });
  });

  it('behavior: --json-flat-vdevs keeps every vdev below the root', () => {
    const pool = parseZpoolStatusJson(
      doc({
        name: 'tank',
        vdevs: { tank: { name: 'tank', vdev_type: 'root' }, sda: { name: 'sda', vdev_type: 'disk' } },
      }),
    ).pools[0];
    expect(pool?.root?.children.map((v) => v.name)).toEqual(['sda']);
  });

  it('behavior: text and JSON of the same pool give the same tree', () => {
    const text = parseZpoolStatus(
      [
        '  pool: tank',
        ' state: DEGRADED',
        'config:',
        '',
        '\tNAME        STATE     READ WRITE CKSUM',
        '\ttank        DEGRADED     0     0     0',
        '\t  mirror-0  DEGRADED     0     0     0',
        '\t    sda     ONLINE       0     0     0',
        '\t    sdb     FAULTED      3     0     1',
        '\tlogs',
        '\t  sdc       ONLINE       0     0     0',
        '',
        'errors: No known data errors',
      ].join('\n'),
    ).pools[0];
    const vdev = (name: string, type: string, state: string, r = 0, c = 0, vdevs?: object) => ({
      name,
      vdev_type: type,
      state,
      read_errors: r,
      write_errors: 0,
      checksum_errors: c,
      ...(vdevs === undefined ? {} : { vdevs }),
    });
    const json = parseZpoolStatusJson(
      doc({
        name: 'tank',
        state: 'DEGRADED',
        vdevs: {
          tank: vdev('tank', 'root', 'DEGRADED', 0, 0, {
            'mirror-0': vdev('mirror-0', 'mirror', 'DEGRADED', 0, 0, {
              sda: vdev('sda', 'disk', 'ONLINE'),
              sdb: vdev('sdb', 'disk', 'FAULTED', 3, 1),
            }),
          }),
        },
        logs: { sdc: vdev('sdc', 'disk', 'ONLINE') },
        error_count: 0,
      }),
    ).pools[0];
    expect(outline(json?.root)).toEqual(outline(text?.root));
    expect(json?.logs.map((v) => outline(v))).toEqual(text?.logs.map((v) => outline(v)));
    expect([json?.state, json?.errors?.count]).toEqual([text?.state, text?.errors?.count]);
  });

  it('error: invalid JSON and the wrong shape', () => {
    expect(() => parseZpoolStatusJson('{"pools": ')).toThrow(ZfsParseError);
    expect(() => parseZpoolStatusJson('{"pools": {"tank": 3}}')).toThrow(ZfsParseError);
    expect(() => parseZpoolStatusJson('[]')).toThrow(ZfsParseError);
  });
});
