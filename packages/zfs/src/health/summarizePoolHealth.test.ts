import { describe, expect, it } from 'vitest';
import type { ZpoolStatusPool } from '../model/zpoolStatus.js';
import type { ZpoolVdev } from '../model/zpoolStatusParts.js';
import { readCorpus } from '../parsers/__fixtures__/readCorpus.js';
import { parseZpoolStatus } from '../parsers/parseZpoolStatus.js';
import { summarizePoolHealth } from './summarizePoolHealth.js';

const zero = { value: 0, text: '0', exact: true };
const leaf = (name: string, state?: string, extra: Partial<ZpoolVdev> = {}): ZpoolVdev => ({
  name,
  type: 'disk',
  ...(state === undefined ? {} : { state }),
  read: zero,
  write: zero,
  cksum: zero,
  ...extra,
  children: [],
});
const pool = (
  state: string | undefined,
  vdevs: ZpoolVdev[] = [],
  extra: Partial<ZpoolStatusPool> = {},
): ZpoolStatusPool => ({
  name: 'tank',
  ...(state === undefined ? {} : { state }),
  root: { ...leaf('tank', state), type: 'root', children: vdevs },
  logs: [],
  cache: [],
  spares: [],
  special: [],
  dedup: [],
  notes: [],
  ...extra,
});

describe('summarizePoolHealth', () => {
  it('default', () => {
    expect(summarizePoolHealth(pool('ONLINE', [leaf('sda', 'ONLINE')]))).toEqual({ level: 'healthy', reasons: [] });
  });

  it.each([
    ['ONLINE', 'healthy'],
    ['DEGRADED', 'degraded'],
    ['FAULTED', 'critical'],
    ['OFFLINE', 'critical'],
    ['REMOVED', 'critical'],
    ['UNAVAIL', 'critical'],
    ['SUSPENDED', 'critical'],
    ['SOMETHING_NEW', 'unknown'],
  ])('behavior: pool state %s is %s', (state, level) => {
    const summary = summarizePoolHealth(pool(state));
    expect(summary.level).toBe(level);
    expect(summary.reasons).toEqual(level === 'healthy' ? [] : [`tank: pool state ${state}`]);
  });

  it('behavior: inherited object keys are not states', () => {
    expect(summarizePoolHealth(pool('constructor')).level).toBe('unknown');
    expect(summarizePoolHealth(pool('ONLINE', [leaf('sda', 'toString')])).level).toBe('unknown');
  });

  it('behavior: missing pool state is unknown', () => {
    expect(summarizePoolHealth(pool(undefined))).toEqual({ level: 'unknown', reasons: ['tank: pool state unknown'] });
  });

  it.each([
    ['ONLINE', 'healthy'],
    ['AVAIL', 'healthy'],
    ['INUSE', 'healthy'],
    ['HEALTHY', 'healthy'],
    ['DEGRADED', 'degraded'],
    ['FAULTED', 'degraded'],
    ['OFFLINE', 'degraded'],
    ['REMOVED', 'degraded'],
    ['UNAVAIL', 'degraded'],
    ['SUSPENDED', 'critical'],
    ['SOMETHING_NEW', 'unknown'],
  ])('behavior: vdev state %s is %s (in every section)', (state, level) => {
    for (const section of ['root', 'logs', 'cache', 'spares', 'special', 'dedup'] as const) {
      const nested = { ...leaf('mirror-0', 'ONLINE'), type: 'mirror', children: [leaf('sdb', state)] };
      const input =
        section === 'root'
          ? pool('ONLINE', [nested])
          : pool('ONLINE', [], { [section]: [nested] } as Partial<ZpoolStatusPool>);
      const summary = summarizePoolHealth(input);
      expect(summary.level).toBe(level);
      expect(summary.reasons).toEqual(level === 'healthy' ? [] : [`tank: vdev sdb is ${state}`]);
    }
  });

  it('behavior: a vdev without a state (cut output) is unknown', () => {
    expect(summarizePoolHealth(pool('ONLINE', [leaf('sdc')]))).toEqual({
      level: 'unknown',
      reasons: ['tank: vdev sdc state unknown'],
    });
  });

  it('behavior: error counts, scan errors and data errors', () => {
    const counts = leaf('sda', 'ONLINE', {
      read: { value: 1, text: '1', exact: true },
      cksum: { value: 1720, text: '1.68K', exact: false },
    });
    expect(summarizePoolHealth(pool('ONLINE', [counts]))).toEqual({
      level: 'degraded',
      reasons: ['tank: sda has 1 read, 1.68K checksum errors'],
    });
    expect(
      summarizePoolHealth(pool('ONLINE', [], { scan: { function: 'scrub', state: 'finished', errors: 3 } })),
    ).toEqual({
      level: 'degraded',
      reasons: ['tank: scrub found 3 errors'],
    });
    expect(summarizePoolHealth(pool('ONLINE', [], { errors: { count: 2, files: ['/a'] } }))).toEqual({
      level: 'critical',
      reasons: ['tank: 2 data errors', 'tank: permanent errors in 1 files'],
    });
    expect(
      summarizePoolHealth(pool('ONLINE', [], { errors: { text: 'No known data errors', count: 0, files: [] } })).level,
    ).toBe('healthy');
  });

  it('behavior: several pools take the most severe level, reasons in order', () => {
    const summary = summarizePoolHealth({
      pools: [pool('DEGRADED', [leaf('sdb', 'FAULTED')]), { ...pool(undefined), name: '' }, pool('ONLINE')],
    });
    expect(summary).toEqual({
      level: 'degraded',
      reasons: ['tank: pool state DEGRADED', 'tank: vdev sdb is FAULTED', '(unnamed pool): pool state unknown'],
    });
  });

  it('behavior: outputs without pools', () => {
    expect(summarizePoolHealth({ pools: [], message: 'all pools are healthy' })).toEqual({
      level: 'healthy',
      reasons: [],
    });
    expect(summarizePoolHealth({ pools: [], message: "pool 'tank' is healthy" }).level).toBe('healthy');
    expect(summarizePoolHealth({ pools: [], message: 'no pools available' })).toEqual({
      level: 'unknown',
      reasons: ['no pools: no pools available'],
    });
    expect(summarizePoolHealth({ pools: [] })).toEqual({ level: 'unknown', reasons: ['no pools in the output'] });
  });

  it('behavior: real outputs', () => {
    const level = (file: string) => summarizePoolHealth(parseZpoolStatus(readCorpus('zpool-status', file))).level;
    expect(level('danjl-03-resilvered.txt')).toBe('healthy');
    expect(level('danjl-06-removed.txt')).toBe('degraded');
    expect(level('ozdocs-ZFS-8000-72-status-metadata-corrupt-recovery.txt')).toBe('critical');
    expect(level('zfsfuse-093-permanent-errors-paths.txt')).toBe('critical');
    expect(level('zfsfuse-004-status-x-all-healthy.txt')).toBe('healthy');
    expect(level('checkzpools-status-j-json-int-ok-draid.json')).toBe('healthy');
    expect(
      summarizePoolHealth(parseZpoolStatus(readCorpus('zpool-status', 'zfsfuse-080-cksum-repaired-9P.txt'))),
    ).toEqual({
      level: 'degraded',
      reasons: ['rz: /var/lib/zfs-fuse/pool/f4 has 417 checksum errors'],
    });
  });
});
