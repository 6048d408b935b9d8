import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { eventsArgv, zpoolEventsCommand } from './zpoolEventsCommand.js';

describe('zpoolEventsCommand', () => {
  test('default: parses the corpus', () => {
    const command = zpoolEventsCommand();
    expect(command.argv).toEqual(['zpool', 'events']);
    const text = readFileSync('/work/shared/zfs-corpus/zpool-events/gh6425-events-default-PARTIAL.txt', 'utf8');
    expect(command.parse(text, '').events.length).toBeGreaterThan(0);
  });

  test('behavior: verbose, pool, follow', () => {
    expect(zpoolEventsCommand({ pool: 'tank', verbose: true }).argv).toEqual(['zpool', 'events', '-v', 'tank']);
    expect(eventsArgv({}, true)).toEqual(['zpool', 'events', '-f']);
  });

  test('error', () => {
    expect(() => zpoolEventsCommand({ pool: '-c' })).toThrow(ZfsUsageError);
  });
});
