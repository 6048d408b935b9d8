import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zpoolScrubCommand } from './zpoolScrubCommand.js';

describe('zpoolScrubCommand', () => {
  test('default: start', () => {
    expect(zpoolScrubCommand({ pools: ['tank'] }).argv).toEqual(['zpool', 'scrub', 'tank']);
    expect(zpoolScrubCommand({ pools: ['tank'], wait: true }).argv).toEqual(['zpool', 'scrub', '-w', 'tank']);
  });

  test('behavior: pause and stop', () => {
    expect(zpoolScrubCommand({ pools: ['tank'], action: 'pause' }).argv).toEqual(['zpool', 'scrub', '-p', 'tank']);
    expect(zpoolScrubCommand({ pools: ['a', 'b'], action: 'stop' }).argv).toEqual(['zpool', 'scrub', '-s', 'a', 'b']);
  });

  test('error', () => {
    expect(() => zpoolScrubCommand({ pools: [] })).toThrow(ZfsUsageError);
    expect(() => zpoolScrubCommand({ pools: ['tank'], action: 'stop', wait: true })).toThrow(ZfsUsageError);
  });
});
