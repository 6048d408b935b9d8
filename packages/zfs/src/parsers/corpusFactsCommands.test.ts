import { describe, expect, it } from 'vitest';
import { readCorpus } from './__fixtures__/readCorpus.js';
import { find } from './__fixtures__/vdevOutline.js';
import { parseArcstats } from './parseArcstats.js';
import { parseKstat } from './parseKstat.js';
import { parseZfsDiff } from './parseZfsDiff.js';
import { parseZfsGet } from './parseZfsGet.js';
import { parseZfsList } from './parseZfsList.js';
import { parseZfsReceive } from './parseZfsReceive.js';
import { parseZfsSend } from './parseZfsSend.js';
import { parseZpoolEvents } from './parseZpoolEvents.js';
import { parseZpoolGet } from './parseZpoolGet.js';
import { parseZpoolHistory } from './parseZpoolHistory.js';
import { parseZpoolImport } from './parseZpoolImport.js';
import { parseZpoolIostat } from './parseZpoolIostat.js';
import { parseZpoolList } from './parseZpoolList.js';

describe('corpus facts: other commands', () => {
  it('zpool import: ids, DESTROYED, missing-device notes', () => {
    const pools = parseZpoolImport(
      readCorpus('zpool-import', 'zfsfuse-109-import-listing-degraded-cannot-open.txt'),
    ).pools;
    expect(pools.map((p) => [p.name, p.id, p.state])).toEqual([
      ['dmg', '9893101846246536005', 'ONLINE'],
      ['tpool', '14541392493938501160', 'DEGRADED'],
    ]);
    expect(find(pools[1]?.root, '/var/lib/zfs-fuse/pool/f2.hidden')?.note).toBe('cannot open');
    const destroyed = parseZpoolImport(readCorpus('zpool-import', 'zfsfuse-117-import-D-destroyed.txt')).pools[0];
    expect([destroyed?.state, destroyed?.stateDetail]).toEqual(['ONLINE', 'DESTROYED']);
    const missing = parseZpoolImport(
      readCorpus('zpool-import', 'ozdocs-ZFS-8000-6X-import-missing-device-additional.txt'),
    );
    expect(missing.pools[0]?.notes).toEqual([
      'Additional devices are known to be part of this pool, though their exact configuration cannot be determined.',
    ]);
  });

  it('zpool list: -p exact values, -v vdevs, overflowing HEALTH', () => {
    expect(parseZpoolList(readCorpus('zpool-list', 'netdata18359-list-p.txt')).pools[0]?.properties).toMatchObject({
      size: '9981503995904',
      fragmentation: '9',
      health: 'DEGRADED',
    });
    const verbose = parseZpoolList(readCorpus('zpool-list', 'truenas8746-list-v-partuuid-PARTIAL.txt')).pools;
    expect(verbose.map((p) => [p.name, p.vdevs.length, p.properties.altroot])).toEqual([
      ['boot-pool', 1, '-'],
      ['tes', 1, '/mnt'],
      ['new', 2, '/mnt'],
    ]);
    expect(verbose[0]?.vdevs[0]?.properties.capacity).toBe('52.3%');
    const three = parseZpoolList(readCorpus('zpool-list', 'zfsfuse-100-list-three.txt')).pools;
    expect(three[1]?.properties).toMatchObject({ health: 'DEGRADED', altroot: '-' });
  });

  it('zpool get / zfs get: overflowing value, inherited source, double-space dates', () => {
    const guid = parseZpoolGet(readCorpus('zpool-get', 'zfsfuse-009-get-all.txt')).properties.find(
      (p) => p.property === 'guid',
    );
    expect(guid).toMatchObject({ value: '14541392493938501160', source: 'default' });
    const all = parseZfsGet(readCorpus('zfs-get', 'zfsfuse-024-zfs-get-all.txt')).properties;
    expect(all.find((p) => p.property === 'mountpoint')).toMatchObject({
      sourceType: 'inherited',
      inheritedFrom: 'tpool',
    });
    expect(all.find((p) => p.property === 'creation')?.value).toBe('Sun Nov 22  1:57 2026');
  });

  it('zfs list: aligned headers map to property names', () => {
    const space = parseZfsList(readCorpus('zfs-list', 'zfsfuse-139-zfs-list-o-space.txt'));
    expect(space.columns).toEqual([
      'name',
      'available',
      'used',
      'usedbysnapshots',
      'usedbydataset',
      'usedbyrefreservation',
      'usedbychildren',
    ]);
    const snaps = parseZfsList(readCorpus('zfs-list', 'zfsfuse-023-zfs-list-t-snapshot.txt')).datasets;
    expect(snaps[0]?.properties).toEqual({
      name: 'tpool@rsnap',
      used: '0',
      referenced: '120K',
      creation: 'Sun Nov 22  1:57 2026',
    });
  });

  it('zpool iostat: timestamps, nesting, groups', () => {
    const interval = parseZpoolIostat(readCorpus('zpool-iostat', 'zfsfuse-059-iostat-T-u-interval.txt'));
    expect(interval.samples.map((s) => [s.timestamp?.text, s.rows.length])).toEqual([
      ['1795312645', 1],
      ['1795312646', 1],
    ]);
    const rows = parseZpoolIostat(readCorpus('zpool-iostat', 'zfsfuse-088-iostat-v-spare.txt')).samples[0]?.rows ?? [];
    expect(rows.find((r) => r.name === 'spare')?.depth).toBe(2);
    expect(rows.find((r) => r.name === 'loop0')).toMatchObject({ depth: 1, group: 'cache', pool: 'rz' });
  });

  it('zpool events -v nests embedded nvlists; history -il splits internal events and users', () => {
    const events = parseZpoolEvents(readCorpus('zpool-events', 'gh3285-events-v-PARTIAL.txt')).events;
    expect(events[1]?.payload?.detector).toEqual({ version: '0x0', scheme: 'zfs', pool: '0x721ced5ecb0e6352' });
    expect(events[0]?.payload?.time).toEqual(['0x551237b8', '0x2be6d613']);
    const history =
      parseZpoolHistory(readCorpus('zpool-history', 'zfsfuse-061-history-il.txt')).pools[0]?.entries ?? [];
    expect(history[1]).toMatchObject({ internal: { event: 'property set', txg: 6 }, user: 'root', host: 'vm' });
    expect(history[0]).toMatchObject({ user: 'root', host: 'vm', zone: 'global' });
    expect(parseZpoolHistory(readCorpus('zpool-history', 'zfsfuse-146-history-four-pools.txt')).pools).toHaveLength(4);
  });

  it('zfs diff, send, receive, arcstats', () => {
    expect(parseZfsDiff(readCorpus('zfs-diff', 'gh5427-diff-run2-rename.txt')).entries[0]).toEqual({
      change: 'renamed',
      code: 'R',
      path: '/rpool/misc/src/A',
      newPath: '/rpool/misc/src/B',
    });
    const send = parseZfsSend(readCorpus('zfs-send', 'gh10215-send-Pev-run1-full-progress.txt'));
    expect([send.streams[0]?.size?.value, send.progress.length, send.totalSize?.value]).toEqual([
      39223560952, 7, 39223560952,
    ]);
    const recv = parseZfsReceive(readCorpus('zfs-send', 'zfsfuse-035-recv-v-replication-stream.txt')).streams;
    expect(recv.map((s) => s.kind)).toEqual(['full', 'incremental', 'full']);
    expect(recv[1]?.bytes).toEqual({ value: 312, text: '312B', exact: true });
    const arc = parseArcstats(readCorpus('kstat', 'node-exporter-arcstats.txt'));
    expect(arc.hitRatio).toBeCloseTo(arc.hits / (arc.hits + arc.misses), 12);
    expect([arc.size > 0, arc.targetSize, arc.maxSize]).toEqual([true, 1643208777, 8367976448]);
    expect(parseKstat(readCorpus('kstat', 'node-exporter-pool1-io.txt')).values.nread).toBe('1884160');
  });
});
