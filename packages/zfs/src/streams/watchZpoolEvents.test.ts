import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ZfsTimeoutError } from '../errors.js';
import { createFakeRunner } from '../exec/createFakeRunner.js';
import { watchZpoolEvents } from './watchZpoolEvents.js';

const corpus = (name: string) => readFileSync(`/work/shared/zfs-corpus/zpool-events/${name}`, 'utf8');

describe('watchZpoolEvents', () => {
  test('default: one value per event line', async () => {
    const text = corpus('gh6425-events-default-PARTIAL.txt');
    const runner = createFakeRunner(() => ({ stdout: text }));
    const events = [];
    for await (const event of watchZpoolEvents(runner)) events.push(event);
    expect(runner.calls[0]?.argv).toEqual(['zpool', 'events', '-f']);
    const expected = text.split('\n').filter((line) => /^\w{3} \d/.test(line)).length;
    expect(events).toHaveLength(expected);
    expect(events[0]?.class).toBe('sysevent.fs.zfs.history_event');
  });

  test('behavior: verbose payloads, split across chunks', async () => {
    const text = corpus('gh3285-events-v-PARTIAL.txt');
    const runner = createFakeRunner(() => ({ chunks: [text.slice(0, 200), text.slice(200)], keepAlive: true }));
    const iterator = watchZpoolEvents(runner, { pool: 'replicator', verbose: true });
    const first = await iterator.next();
    const second = await iterator.next();
    await iterator.return?.();
    expect(runner.calls[0]?.argv).toEqual(['zpool', 'events', '-v', '-f', 'replicator']);
    expect(first.value?.class).toBe('resource.fs.zfs.statechange');
    expect(first.value?.payload?.vdev_state).toBe('0x7');
    expect(second.value?.class).toBe('ereport.fs.zfs.config.sync');
  });

  test('error: aborting stops the follow and throws ZfsTimeoutError', async () => {
    const runner = createFakeRunner(() => ({ keepAlive: true }));
    const controller = new AbortController();
    const iterator = watchZpoolEvents(runner, { signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    await expect(iterator.next()).rejects.toBeInstanceOf(ZfsTimeoutError);
    expect(runner.calls[0]?.killed).toBe(true);
  });
});
