import { describe, expect, it } from 'vitest';
import { ZfsParseError } from '../errors.js';
import { parseZpoolHistory } from './parseZpoolHistory.js';

describe('parseZpoolHistory', () => {
  it('default', () => {
    const { pools } = parseZpoolHistory("History for 'tank':\n2026-11-22.01:57:07 zfs create tank/data\n\n");
    expect(pools).toEqual([
      {
        pool: 'tank',
        entries: [
          {
            time: { text: '2026-11-22.01:57:07', date: new Date('2026-11-22T01:57:07Z') },
            command: 'zfs create tank/data',
          },
        ],
      },
    ]);
  });

  it('behavior: newer -il records and indented details', () => {
    const entries = parseZpoolHistory(
      [
        "History for 'tank':",
        '2023-01-01.00:00:00 [txg:5] create tank/fs (77)  [on host]',
        '2023-01-01.00:00:01 zfs snapshot tank/fs@a [user 0 (root) on host:linux]',
        '2023-01-01.00:00:02 ioctl snapshot',
        '    input:',
        '        snaps:',
      ].join('\n'),
    ).pools[0]?.entries;
    expect(entries?.[0]).toMatchObject({ internal: { event: 'create', txg: 5, detail: 'tank/fs (77)  [on host]' } });
    expect(entries?.[1]).toMatchObject({
      command: 'zfs snapshot tank/fs@a',
      user: '0 (root)',
      host: 'host',
      zone: 'linux',
    });
    expect(entries?.[2]?.details).toEqual(['input:', 'snaps:']);
  });

  it('error: foreign lines; an indented line before any record', () => {
    expect(() => parseZpoolHistory('cannot open pool\n')).toThrow(ZfsParseError);
    expect(() => parseZpoolHistory('   input:\n')).toThrow(expect.objectContaining({ line: 1 }));
  });
});
