import { describe, expect, it } from 'vitest';
import { ZfsParseError } from '../errors.js';
import { parseZpoolIostat } from './parseZpoolIostat.js';

describe('parseZpoolIostat', () => {
  it('default', () => {
    const io = parseZpoolIostat(
      [
        '              capacity     operations     bandwidth',
        'pool        alloc   free   read  write   read  write',
        '----------  -----  -----  -----  -----  -----  -----',
        'tank         230G  24.0G      0      9   112K   318K',
        '----------  -----  -----  -----  -----  -----  -----',
      ].join('\n'),
    );
    expect(io.columns).toEqual([
      'capacity.alloc',
      'capacity.free',
      'operations.read',
      'operations.write',
      'bandwidth.read',
      'bandwidth.write',
    ]);
    expect(io.samples[0]?.rows[0]?.values['operations.write']).toEqual({ value: 9, text: '9', exact: true });
  });

  it('behavior: -H -p rows, repeated reports and latency columns', () => {
    const io = parseZpoolIostat('tank\t1024\t2048\t1\t2\t3\t4\ntank\t1024\t2048\t5\t6\t7\t8\n');
    expect(io.samples.map((s) => s.rows[0]?.values['operations.read']?.value)).toEqual([1, 5]);
    const latency = parseZpoolIostat('tank  10ms  2us\n', { columns: ['total_wait.read', 'total_wait.write'] });
    expect(latency.samples[0]?.rows[0]?.values).toEqual({
      'total_wait.read': { value: 10_000_000, text: '10ms', exact: false },
      'total_wait.write': { value: 2000, text: '2us', exact: false },
    });
  });

  it('error: rows without values or with too many', () => {
    expect(() => parseZpoolIostat('garbage\n')).toThrow(ZfsParseError);
    expect(() => parseZpoolIostat('tank 1 2 3 4 5 6 7 8\n')).toThrow(expect.objectContaining({ line: 1 }));
  });
});
