import { describe, expect, it } from 'vitest';
import { parseScanText } from './parseScanText.js';

describe('parseScanText', () => {
  it('default', () => {
    expect(parseScanText(['scrub repaired 0B in 00:15:42 with 0 errors on Sun Feb 11 04:00:01 2024'])).toEqual({
      text: 'scrub repaired 0B in 00:15:42 with 0 errors on Sun Feb 11 04:00:01 2024',
      function: 'scrub',
      state: 'finished',
      endedAt: { text: 'Sun Feb 11 04:00:01 2024', date: new Date('2024-02-11T04:00:01Z') },
      duration: '00:15:42',
      durationSeconds: 942,
      errors: 0,
      repaired: { value: 0, text: '0B', exact: true },
    });
  });

  it('behavior: 2.x paused scrub', () => {
    const scan = parseScanText([
      'scrub paused since Mon Jan  1 00:00:00 2024',
      '\tscrub started on Sun Dec 31 00:00:00 2023',
      '\t1.20G / 5.00G scanned, 1.00G / 5.00G issued, 0B repaired, 20.00% done',
    ]);
    expect(scan).toMatchObject({
      state: 'paused',
      percentDone: 20,
      issued: { text: '1.00G' },
      total: { text: '5.00G' },
    });
    expect(scan.pausedAt?.date?.toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(scan.startedAt?.date?.toISOString()).toBe('2023-12-31T00:00:00.000Z');
  });

  it('behavior: sequential rebuild finished, canceled resilver, error scrub, zfs-fuse forms', () => {
    expect(
      parseScanText(['resilvered (draid1:4d:11c:1s-0) 326G in 00:03:21 with 0 errors on Tue Nov 24 14:37:46 2020']),
    ).toMatchObject({
      function: 'rebuild',
      vdev: 'draid1:4d:11c:1s-0',
      state: 'finished',
      resilvered: { text: '326G' },
    });
    expect(parseScanText(['resilver canceled on Mon Jan  1 00:00:00 2024'])).toMatchObject({
      function: 'resilver',
      state: 'canceled',
    });
    expect(parseScanText(['error scrub in progress since Mon Jan  1 00:00:00 2024'])).toMatchObject({
      function: 'errorscrub',
    });
    expect(parseScanText(['scrub stopped after 0h1m with 0 errors on Mon Jan  1 00:00:00 2024']).state).toBe(
      'canceled',
    );
    expect(parseScanText(['none requested'])).toEqual({ text: 'none requested', function: 'none', state: 'none' });
    expect(parseScanText(['something new'])).toMatchObject({ function: 'unknown', state: 'unknown' });
  });

  it('behavior: 0.8 format without a total slash', () => {
    expect(
      parseScanText([
        'scrub in progress since Mon Jan  1 00:00:00 2024',
        '\t1.5T scanned at 1.2G/s, 500G issued at 400M/s, 3T total',
      ]),
    ).toMatchObject({
      scanned: { text: '1.5T' },
      scanRate: { text: '1.2G/s' },
      issued: { text: '500G' },
      issueRate: { text: '400M/s' },
      total: { text: '3T' },
    });
  });
});
