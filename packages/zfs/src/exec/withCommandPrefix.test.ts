import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../errors.js';
import { createFakeRunner } from './createFakeRunner.js';
import { SUDO_PREFIX, withCommandPrefix } from './withCommandPrefix.js';

describe('withCommandPrefix', () => {
  test('default: prefixes run and spawn argv with sudo -n', async () => {
    const fake = createFakeRunner();
    const runner = withCommandPrefix(fake, SUDO_PREFIX);
    const result = await runner.run(['zpool', 'list']);
    expect(result.argv).toEqual(['sudo', '-n', 'zpool', 'list']);
    const proc = runner.spawn(['zpool', 'events', '-f']);
    await proc.exit;
    expect(fake.calls.map((call) => call.argv)).toEqual([
      ['sudo', '-n', 'zpool', 'list'],
      ['sudo', '-n', 'zpool', 'events', '-f'],
    ]);
  });

  test('behavior: readFile is passed through without the prefix', async () => {
    const fake = createFakeRunner(() => ({ stdout: 'data' }));
    const runner = withCommandPrefix(fake, ['doas']);
    await expect(runner.readFile?.('/proc/x')).resolves.toBe('data');
    expect(fake.calls[0]?.argv).toEqual(['readFile', '/proc/x']);
  });

  test('behavior: an empty prefix returns the runner itself', () => {
    const fake = createFakeRunner();
    expect(withCommandPrefix(fake, [])).toBe(fake);
  });

  test('error: invalid prefix entries', () => {
    expect(() => withCommandPrefix(createFakeRunner(), ['sudo', ''])).toThrow(ZfsUsageError);
    expect(() => withCommandPrefix(createFakeRunner(), ['sudo\n'])).toThrow(ZfsUsageError);
  });
});
