import { describe, expect, it } from 'vitest';
import { ZfsParseError } from '../errors.js';
import { parseZfsSend } from './parseZfsSend.js';

describe('parseZfsSend', () => {
  it('default', () => {
    const send = parseZfsSend('full\ttank/fs@a\t1024\nincremental\t@a\ttank/fs@b\t2048\nsize\t3072\n');
    expect(send.streams).toEqual([
      { kind: 'full', snapshot: 'tank/fs@a', size: { value: 1024, text: '1024', exact: true } },
      { kind: 'incremental', from: '@a', snapshot: 'tank/fs@b', size: { value: 2048, text: '2048', exact: true } },
    ]);
    expect(send.totalSize?.value).toBe(3072);
  });

  it('behavior: -v estimates and the progress table', () => {
    const send = parseZfsSend(
      [
        'send from @snap1 to tank/fs@snap2 estimated size is 624B',
        'total estimated size is 624B',
        'TIME        SENT   SNAPSHOT tank/fs@snap2',
        '10:00:01   1.50K   tank/fs@snap2',
      ].join('\n'),
    );
    expect(send.streams[0]).toMatchObject({ kind: 'incremental', from: '@snap1', size: { value: 624 } });
    expect(send.progress).toEqual([
      { time: '10:00:01', sent: { value: 1536, text: '1.50K', exact: false }, snapshot: 'tank/fs@snap2' },
    ]);
  });

  it('error: a foreign line', () => {
    expect(() => parseZfsSend('full\ttank@a\t1\ncannot send: x\n')).toThrow(ZfsParseError);
    expect(parseZfsSend('junk\n', { strict: false }).unrecognized).toHaveLength(1);
  });
});
