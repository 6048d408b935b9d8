import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../errors.js';
import { createFakeRunner } from '../exec/createFakeRunner.js';
import { watchZpoolIostat } from './watchZpoolIostat.js';

const corpus = (name: string) => readFileSync(`/work/shared/zfs-corpus/zpool-iostat/${name}`, 'utf8');

describe('watchZpoolIostat', () => {
  test('default: one update per interval, header repeated for headerless blocks', async () => {
    const text = corpus('zfsfuse-059-iostat-T-u-interval.txt');
    const cut = text.indexOf('1795312646');
    const runner = createFakeRunner(() => ({ chunks: [text.slice(0, cut), text.slice(cut)], chunkDelayMs: 100 }));
    const updates = [];
    for await (const update of watchZpoolIostat(runner, { pools: ['tpool'], interval: 1, count: 2, parsable: false })) {
      updates.push(update);
    }
    expect(runner.calls[0]?.argv).toEqual(['zpool', 'iostat', '-T', 'u', 'tpool', '1', '2']);
    expect(updates).toHaveLength(2);
    expect(updates.map((u) => u.rows[0]?.name)).toEqual(['tpool', 'tpool']);
    expect(updates[1]?.columns).toEqual(updates[0]?.columns);
  });

  test('behavior: verbose blocks', async () => {
    const block = corpus('zfsfuse-057-iostat-v.txt');
    const runner = createFakeRunner(() => ({
      chunks: [`1700000000\n${block}`, `1700000001\n${block}`],
      chunkDelayMs: 80,
      keepAlive: true,
    }));
    const iterator = watchZpoolIostat(runner, { interval: 1, verbose: true });
    const first = await iterator.next();
    const second = await iterator.next();
    await iterator.return?.();
    expect(first.value?.rows.length).toBeGreaterThan(1);
    expect(second.value?.rows.length).toBe(first.value?.rows.length);
    expect(runner.calls[0]?.killed).toBe(true);
  });

  test('error: invalid interval is thrown at once', () => {
    expect(() => watchZpoolIostat(createFakeRunner(), { interval: -1 })).toThrow(ZfsUsageError);
  });
});
