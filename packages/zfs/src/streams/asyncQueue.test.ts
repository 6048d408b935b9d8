import { describe, expect, test } from 'vitest';
import { AsyncQueue } from './asyncQueue.js';

describe('AsyncQueue', () => {
  test('default: buffers pushes and ends', async () => {
    const queue = new AsyncQueue<number>();
    queue.push(1);
    queue.push(2);
    queue.end();
    queue.push(3);
    const values: number[] = [];
    for await (const value of queue) values.push(value);
    expect(values).toEqual([1, 2]);
  });

  test('behavior: a pending next is resolved by push, end and fail', async () => {
    const queue = new AsyncQueue<string>();
    const first = queue.next();
    queue.push('a');
    await expect(first).resolves.toEqual({ value: 'a', done: false });
    const second = queue.next();
    queue.fail(new Error('x'));
    await expect(second).rejects.toThrow('x');
    await expect(queue.next()).rejects.toThrow('x');
  });

  test('behavior: discard drops buffered values', async () => {
    const queue = new AsyncQueue<number>();
    queue.push(1);
    expect(queue.size).toBe(1);
    queue.discard();
    await expect(queue.next()).resolves.toEqual({ value: undefined, done: true });
  });
});
