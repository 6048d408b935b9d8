import { expect, test } from 'vitest';
import { SoftHardSemaphore } from './semaphore.js';

test('behavior: runs soft tasks, queues up to hard, refuses beyond', () => {
  const sem = new SoftHardSemaphore(2, 3);
  const ran: number[] = [];
  expect(sem.enter(() => ran.push(1))).toBe(true);
  expect(sem.enter(() => ran.push(2))).toBe(true);
  expect(sem.enter(() => ran.push(3))).toBe(true);
  expect(ran).toEqual([1, 2]);
  expect(sem.enter(() => ran.push(4))).toBe(false);
  sem.leave();
  expect(ran).toEqual([1, 2, 3]);
  expect(sem.inFlight).toBe(2);
  expect(sem.running).toBe(2);
  sem.leave();
  sem.leave();
  expect(sem.inFlight).toBe(0);
  expect(sem.running).toBe(0);
});
