import { describe, expect, it } from 'vitest';
import { ZfsParseError } from '../errors.js';
import { ZpoolStatusSchema } from '../model/zpoolStatus.js';
import { readFixture } from './__fixtures__/readCorpus.js';
import { parseZpoolStatus } from './parseZpoolStatus.js';

const fixture = (name: string) => parseZpoolStatus(readFixture('zpool-status', name)).pools[0];

describe('parseZpoolStatus', () => {
  it('default', () => {
    const status = parseZpoolStatus(
      [
        '  pool: tank',
        ' state: ONLINE',
        '  scan: scrub repaired 0B in 00:00:01 with 0 errors on Sun Feb 11 04:00:01 2024',
        'config:',
        '',
        '\tNAME        STATE     READ WRITE CKSUM',
        '\ttank        ONLINE       0     0     0',
        '\t  mirror-0  ONLINE       0     0     0',
        '\t    sda     ONLINE       0     0     0',
        '\t    sdb     ONLINE       0     0     0',
        '',
        'errors: No known data errors',
      ].join('\n'),
    );
    expect(ZpoolStatusSchema.parse(status)).toBeTruthy();
    const pool = status.pools[0];
    expect(pool?.name).toBe('tank');
    expect(pool?.root?.children[0]?.children.map((v) => v.name)).toEqual(['sda', 'sdb']);
    expect(pool?.errors).toEqual({ text: 'No known data errors', count: 0, files: [] });
  });

  it('behavior: remove: in progress (hand-written fixture)', () => {
    expect(fixture('remove-in-progress.txt')?.remove).toMatchObject({
      state: 'in-progress',
      vdev: '/dev/sdb',
      startedAt: { date: new Date('2024-03-04T10:11:12Z') },
      copied: { text: '1.21G' },
      total: { text: '4.56G' },
      rate: { text: '12.3M/s' },
      percentDone: 26.54,
      timeToGoSeconds: 240,
      mappingMemory: { text: '12.3K' },
    });
  });

  it('behavior: remove: finished and canceled (hand-written fixtures)', () => {
    expect(fixture('remove-finished.txt')?.remove).toMatchObject({
      state: 'finished',
      vdev: 'vdev 1',
      copied: { text: '4.56G' },
      durationSeconds: 360,
      endedAt: { date: new Date('2024-03-04T10:17:30Z') },
    });
    expect(fixture('remove-canceled.txt')?.remove).toMatchObject({ state: 'canceled', vdev: '/dev/sdb' });
  });

  it('behavior: checkpoint: exists and discarding (hand-written fixtures)', () => {
    expect(fixture('checkpoint-exists.txt')?.checkpoint).toMatchObject({
      state: 'exists',
      createdAt: { date: new Date('2021-06-08T08:08:45Z') },
      space: { value: 468 * 1024, exact: false },
    });
    expect(fixture('checkpoint-discarding.txt')?.checkpoint).toEqual({ text: 'discarding', state: 'discarding' });
  });

  it('behavior: expand: in progress, paused and finished (hand-written fixtures)', () => {
    expect(fixture('expand-in-progress.txt')?.expand).toMatchObject({
      state: 'in-progress',
      vdev: 'raidz2-0',
      percentDone: 0.06,
      timeToGo: '16:36:03',
    });
    const paused = fixture('expand-paused.txt');
    expect(paused?.expand).toMatchObject({ state: 'paused', percentDone: 4.21 });
    expect(paused?.root?.children[0]?.children[4]).toMatchObject({ state: 'FAULTED', note: 'too many errors' });
    expect(fixture('expand-finished.txt')?.expand).toMatchObject({
      state: 'finished',
      vdev: 'raidz1-0',
      durationSeconds: 117,
    });
  });

  it('behavior: JSON is detected and parsed into the same model', () => {
    const status = parseZpoolStatus('{"pools":{"tank":{"name":"tank","state":"ONLINE"}}}');
    expect(status.pools[0]).toMatchObject({ name: 'tank', state: 'ONLINE' });
  });

  it('behavior: empty output and messages', () => {
    expect(parseZpoolStatus('')).toEqual({ pools: [] });
    expect(parseZpoolStatus('no pools available\n')).toEqual({ pools: [], message: 'no pools available' });
    expect(parseZpoolStatus("pool 'tank' is healthy\n").message).toBe("pool 'tank' is healthy");
  });

  it('behavior: -T timestamps are recorded, not mistaken for pools', () => {
    const status = parseZpoolStatus('1795312645\n  pool: tank\n state: ONLINE\n1795312650\n');
    expect(status.timestamp?.date?.toISOString()).toBe('2026-11-22T01:57:25.000Z');
    expect(status.pools.map((p) => [p.name, p.notes])).toEqual([['tank', []]]);
  });

  it('behavior: locale thousands separators and CRLF line ends', () => {
    const text = '  pool: t\r\n state: ONLINE\r\nconfig:\r\n\r\n\tt   ONLINE  1,234 0 0\r\n';
    expect(parseZpoolStatus(text).pools[0]?.root?.read).toEqual({ value: 1234, text: '1,234', exact: true });
  });

  it('behavior: unknown keys are kept in extra; __proto__-like names stay data', () => {
    const pool = parseZpoolStatus('  pool: __proto__\n state: ONLINE\nfuture: something new\n').pools[0];
    expect(pool?.name).toBe('__proto__');
    expect(pool?.extra).toEqual({ future: 'something new' });
    const odd = parseZpoolStatus('  pool: t\nconstructor: x\nnotes: y\nroot: z\n').pools;
    expect(odd.map((p) => [p.name, p.extra])).toEqual([['t', { constructor: 'x', notes: 'y', root: 'z' }]]);
    expect(Object.getPrototypeOf(pool)).toBe(Object.prototype);
  });

  it('error: text that is not zpool status names the first line', () => {
    expect(() => parseZpoolStatus('hello world\n')).toThrow(ZfsParseError);
    expect(() => parseZpoolStatus('\n\ncannot open pool\n')).toThrow(expect.objectContaining({ line: 3 }));
  });
});
