import { expect, test } from 'vitest';
import { RateLimiter } from './rateLimiter.js';

test('behavior: maxCalls per method and IP per window', () => {
  const limiter = new RateLimiter({ maxCalls: 2, period: 1000 });
  expect(limiter.hit('m', 'ip', 0)).toBe(false);
  expect(limiter.hit('m', 'ip', 10)).toBe(false);
  expect(limiter.hit('m', 'ip', 20)).toBe(true);
  expect(limiter.hit('other', 'ip', 20)).toBe(false);
  expect(limiter.hit('m', 'ip2', 20)).toBe(false);
  expect(limiter.hit('m', 'ip', 1000)).toBe(false);
  limiter.clear();
  expect(limiter.hit('m', 'ip', 1001)).toBe(false);
});

test('default: 20 calls per 60 s', () => {
  const limiter = new RateLimiter();
  expect([limiter.maxCalls, limiter.period]).toEqual([20, 60_000]);
});
