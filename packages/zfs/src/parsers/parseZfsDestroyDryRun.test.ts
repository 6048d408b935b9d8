import { describe, expect, it } from 'vitest';
import { ZfsParseError } from '../errors.js';
import { parseZfsDestroyDryRun } from './parseZfsDestroyDryRun.js';

describe('parseZfsDestroyDryRun', () => {
  it('default', () => {
    expect(parseZfsDestroyDryRun('would destroy tank/fs@a\nwould destroy tank/fs@b\nwould reclaim 1.23M\n')).toEqual({
      dryRun: true,
      datasets: ['tank/fs@a', 'tank/fs@b'],
      reclaim: { value: 1289748, text: '1.23M', exact: false },
    });
  });

  it('behavior: -p and non-dry-run output', () => {
    expect(parseZfsDestroyDryRun('destroy\ttank/fs@a\nreclaim\t12345\n').reclaim).toEqual({
      value: 12345,
      text: '12345',
      exact: true,
    });
    expect(parseZfsDestroyDryRun('will destroy tank/fs\nwill reclaim 0B\n').dryRun).toBe(false);
    expect(parseZfsDestroyDryRun('').datasets).toEqual([]);
  });

  it('error: a foreign line', () => {
    expect(() => parseZfsDestroyDryRun('could not find any snapshots to destroy\n')).toThrow(ZfsParseError);
  });
});
