import { describe, expect, it } from 'vitest';
import type { ZpoolStatusPool } from '../model/zpoolStatus.js';
import { readCorpus } from './__fixtures__/readCorpus.js';
import { find, outline } from './__fixtures__/vdevOutline.js';
import { parseZpoolStatus } from './parseZpoolStatus.js';

const status = (file: string) => parseZpoolStatus(readCorpus('zpool-status', file));
const firstPool = (file: string) => status(file).pools[0] as ZpoolStatusPool;

describe('corpus facts: zpool status', () => {
  it('2.2 scrub in progress without estimate', () => {
    const { scan } = firstPool('danjl-04-scrub-progress.txt');
    expect(scan).toMatchObject({ function: 'scrub', state: 'in-progress', percentDone: 0 });
    expect(scan?.scanned).toEqual({ value: 704 * 1024 ** 3, text: '704G', exact: false });
    expect(scan?.total?.text).toBe('1.66T');
    expect(scan?.issued?.value).toBe(0);
    expect(scan?.timeToGo).toBeUndefined();
    expect(scan?.startedAt?.date?.toISOString()).toBe('2024-02-11T11:54:20.000Z');
  });

  it('2.2 healing resilver with P suffix and an inexact WRITE count', () => {
    const pool = firstPool('gh16979-draid-53c-resilver-spare-PARTIAL.txt');
    expect(pool.scan).toMatchObject({ function: 'resilver', state: 'in-progress', percentDone: 81.21 });
    expect(pool.scan?.timeToGoSeconds).toBe(7 * 3600 + 21 * 60 + 15);
    expect(pool.scan?.resilvered?.text).toBe('43.4T');
    const spare = find(pool.root, 'spare-0');
    expect(spare?.write).toEqual({ value: 1720, text: '1.68K', exact: false });
    expect(spare?.cksum).toBeUndefined();
  });

  it('0.7 and 0.6 in-progress formats', () => {
    expect(firstPool('gh6038-scrub-in-progress-zol07-format.txt').scan).toMatchObject({
      state: 'in-progress',
      scanned: { text: '80MB', value: 80 * 1024 ** 2 },
      total: { text: '447MB' },
      scanRate: { text: '6.1MB/s' },
      percentDone: 17.81,
      timeToGo: '0h0m',
    });
    const cut = firstPool('gh840-resilver-2016-format-PARTIAL.txt');
    expect(cut.name).toBe('');
    expect(cut.scan).toMatchObject({ function: 'resilver', percentDone: 14.17, timeToGoSeconds: 60 * 3600 + 43 * 60 });
    expect(outline(cut.root)).toEqual([
      'fshh7 DEGRADED 0/0/0',
      '  raidz2-0 ONLINE 0/0/0',
      '    sdau ONLINE 0/0/0',
      '    sdav ONLINE 0/0/0',
    ]);
  });

  it('finished and canceled scans across versions', () => {
    expect(firstPool('gh1079-scrub-repaired-0-zol06.txt').scan).toMatchObject({
      state: 'finished',
      repaired: { value: 0, exact: true },
      durationSeconds: 4680,
      errors: 0,
    });
    expect(firstPool('gh10301-offline-was-guid.txt').scan?.durationSeconds).toBe(4549);
    expect(firstPool('danjl-09-scrub-cancel.txt').scan).toMatchObject({ function: 'scrub', state: 'canceled' });
    expect(firstPool('danjl-10-new-pool.txt').scan).toBeUndefined();
    expect(firstPool('gh10612-special-file-vdev.txt').scan).toMatchObject({ function: 'none', state: 'none' });
    expect(firstPool('zfsfuse-054-scrub-completed.txt').scan).toMatchObject({ state: 'finished', errors: 0 });
    expect(firstPool('zfsfuse-125-scrub-in-progress-old.txt').scan).toMatchObject({
      state: 'in-progress',
      percentDone: 0.05,
    });
    expect(firstPool('ozdocs-draid-howto-1.txt').scan).toMatchObject({
      function: 'rebuild',
      vdev: 'draid1:4d:11c:1s-0',
      issueRate: { text: '6.07G/s' },
      total: { text: '6.13T' },
    });
  });

  it('wrapped paragraphs, see URL and message id', () => {
    const pool = firstPool('danjl-11-degraded-no-scan.txt');
    expect(pool.status).toBe(
      'One or more devices could not be used because the label is missing or invalid.  Sufficient replicas exist for the pool to continue functioning in a degraded state.',
    );
    expect(pool.msgid).toBe('ZFS-8000-4J');
    expect(firstPool('ozdocs-ZFS-8000-ER-status-errata4.txt').action).toMatch(/^To correct .* bookmark_v2 feature\.$/);
  });

  it('several pools in one output', () => {
    expect(status('danjl-05-features.txt').pools.map((p) => p.name)).toEqual(['rpool', 'wilbur']);
    const three = status('zfsfuse-099-multi-pool-3.txt').pools;
    expect(three.map((p) => [p.name, p.state, p.errors?.count])).toEqual([
      ['dmg', 'ONLINE', 149],
      ['rz', 'DEGRADED', 0],
      ['tpool', 'ONLINE', 0],
    ]);
    const cut = status('gh14433-multi-pool-bpool-rpool-PARTIAL.txt').pools;
    expect(cut[1]?.scan?.errors).toBe(3);
    expect(cut[1]?.root?.children[0]?.cksum?.value).toBe(24);
  });

  it('groups, spares without counts, spare-N and replacing-N nesting', () => {
    const rz = firstPool('zfsfuse-086-spare-inuse-spare-2.txt');
    expect(outline(find(rz.root, 'spare-2'))).toEqual([
      'spare-2 DEGRADED 0/0/0',
      '  /var/lib/zfs-fuse/pool/f5 OFFLINE 0/0/0',
      '  /var/lib/zfs-fuse/pool/f9 ONLINE 0/0/0',
    ]);
    expect(rz.spares.map((v) => [v.name, v.state, v.note, v.read])).toEqual([
      ['/var/lib/zfs-fuse/pool/f9', 'INUSE', 'currently in use', undefined],
      ['/var/lib/zfs-fuse/pool/f10', 'AVAIL', undefined, undefined],
    ]);
    expect([rz.logs.length, rz.cache.length]).toEqual([1, 1]);
    const draid = firstPool('ozdocs-draid-howto-2.txt');
    expect(outline(find(draid.root, 'spare-6'))).toEqual([
      'spare-6 DEGRADED 0/0/0',
      '  replacing-0 DEGRADED 0/0/0',
      '    sdg UNAVAIL 0/0/0',
      '    sdl ONLINE 0/0/0',
      '  draid1-0-0 ONLINE 0/0/0',
    ]);
    expect(find(draid.root, 'sdl')?.resilvering).toBe(true);
    // The doc mis-indents the last spare row: it still lands in `spares`.
    expect(draid.spares.map((v) => [v.name, v.type, v.state])).toEqual([['draid1-0-0', 'dspare', 'INUSE']]);
    const deep = firstPool('fragment-gh16547-draid-nested-spare-replacing-config.txt');
    expect(find(deep.root, 'spare-0')?.children.map((c) => c.name)).toEqual(['L6/old', 'draid2-0-1']);
    expect(find(deep.root, 'spare-6')?.cksum).toEqual({ value: 13517, text: '13.2K', exact: false });
    expect(find(deep.root, 'L6/old')?.note).toBe('external device fault');
  });

  it('class headers with trailing TABs, special/dedup/logs sections', () => {
    const pool = firstPool('gh-pr16217-dedup-special-logs-headers-PARTIAL.txt');
    expect(pool.root?.read?.value).toBe(2);
    expect(pool.dedup.map((v) => v.name)).toEqual(['/home/hutter/zfs/file6']);
    expect(outline(pool.special[0])).toEqual([
      'mirror-1 ONLINE 0/0/0',
      '  /home/hutter/zfs/file4 ONLINE 0/0/0',
      '  /home/hutter/zfs/file5 ONLINE 0/0/0',
    ]);
    expect(pool.logs[0]?.cksum).toBeUndefined();
  });

  it('notes: was <path> on GUID rows, trim annotations, aux text', () => {
    const guid = find(firstPool('gh10301-offline-was-guid.txt').root, '12186307818742867296');
    expect(guid).toMatchObject({ state: 'OFFLINE', was: '/dev/sde2', guid: '12186307818742867296' });
    const trimmed = firstPool('gh-pr8419-status-t-trimmed-PARTIAL.txt');
    expect(find(trimmed.root, 'vdd')?.trim).toBe('trim unsupported');
    expect(trimmed.logs[0]?.trim).toMatch(/^100% trimmed, completed at/);
    expect(firstPool('ozdocs-ZFS-8000-A5-status-incompatible-version.txt').root?.note).toBe('incompatible version');
    expect(
      find(firstPool('fragment-gh18555-slow-column.txt').root, '7319fb47-d7d0-5642-b575-e9e8e5351adb')?.extraCounts,
    ).toEqual({ slow: { value: 758, text: '758', exact: true } });
  });

  it('errors: summary, counts and damaged files', () => {
    expect(firstPool('zfsfuse-093-permanent-errors-paths.txt').errors?.files).toEqual([
      '/var/lib/zfs-fuse/mnt/dmg/fs/file2.bin',
      '/var/lib/zfs-fuse/mnt/dmg/fs/file3.bin',
      '/var/lib/zfs-fuse/mnt/dmg/fs/file4.bin',
    ]);
    expect(firstPool('zfsfuse-097-errors-snapshot-paths.txt').errors?.files[0]).toBe('dmg/fs@before-rm:/file2.bin');
    expect(firstPool('zfsfuse-094-data-errors-use-v.txt').errors).toMatchObject({ count: 211, files: [] });
    expect(firstPool('ozdocs-ZFS-8000-A5-status-incompatible-version.txt').errors?.count).toBe(0);
  });

  it('indentation decides nesting: TABs, 4 spaces, 5 spaces and 8 spaces give the same trees', () => {
    expect(outline(firstPool('gh4653-two-mirrors-nbd-4space.txt').root)).toEqual([
      'test ONLINE 0/0/0',
      '  mirror-0 ONLINE 0/0/0',
      '    nbd0 ONLINE 0/0/0',
      '    nbd1 ONLINE 0/0/0',
      '  mirror-1 ONLINE 0/0/0',
      '    nbd2 ONLINE 0/0/0',
      '    nbd3 ONLINE 0/0/0',
    ]);
    const tabbed = readCorpus('zpool-status', 'zfsfuse-099-multi-pool-3.txt');
    const spaced = tabbed.replaceAll('\t', '        ');
    expect(parseZpoolStatus(spaced)).toEqual(parseZpoolStatus(tabbed));
    expect(outline(firstPool('fragment-gh-pr7756-delay-column-dev.txt').root).length).toBe(4);
  });

  it('-D dedup table, -x message, checkpoint and expand fragments', () => {
    const ddt = firstPool('ddt-status-D-refcnt128.txt').ddt;
    expect(ddt?.summary).toBe('DDT entries 20387, size 502B on disk, 161B in core');
    expect(ddt?.lines).toHaveLength(13);
    expect(status('zfsfuse-004-status-x-all-healthy.txt')).toEqual({ pools: [], message: 'all pools are healthy' });
    expect(firstPool('fragment-gh-zfswatcher16-checkpoint-line.txt').checkpoint).toMatchObject({
      state: 'exists',
      space: { text: '468K' },
    });
    const expands = status('fragment-mtlynch-expand-lines.txt').pools.map((p) => p.expand);
    expect(expands.map((e) => [e?.state, e?.vdev, e?.percentDone])).toEqual([
      ['in-progress', 'raidz2-0', 95.75],
      ['in-progress', 'raidz2-0', 120.25],
      ['finished', 'raidz2-0', undefined],
      ['finished', 'raidz1-0', undefined],
      ['in-progress', 'raidz2-0', 0.06],
    ]);
    expect(firstPool('fragment-manpage-zpool-condense.txt').condense).toMatch(/^log_spacemap: condensing/);
  });

  it('JSON: GUIDs above 2^53 stay exact, same model as text', () => {
    const json = status('checkzpools-status-j-json-int-ok-draid.json').pools;
    expect(json.map((p) => p.id)).toEqual([
      '17068583395379267683',
      '13321006569551940811',
      '17744074474903330142',
      '7050059699569218323',
    ]);
    expect(json[0]?.root?.children[0]?.guid).toBe('15490259959190695572');
    expect(json[0]?.scan).toMatchObject({ function: 'resilver', state: 'finished', errors: 0 });
    expect(outline(json[1]?.root).slice(0, 2)).toEqual(['zpool-hdd ONLINE 0/0/0', '  draid1:7d:8c:0s-0 ONLINE 0/0/0']);
    const strings = status('checkzpools-status-j-string-values.json').pools[0];
    expect(strings?.id).toBe('9142134393397012115');
    expect(strings?.scan?.startedAt?.date?.toISOString()).toBe('2025-11-16T07:00:01.000Z');
    expect(strings?.scan?.total?.text).toBe('8.29G');
    const classes = status('manpage-zpool-status-j-c-classes.json').pools[0];
    expect([classes?.special.length, classes?.dedup[0]?.children.length]).toEqual([1, 2]);
  });
});
