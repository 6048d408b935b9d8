import { describe, expect, test, vi } from 'vitest';
import { FaultController } from './faultController.js';
import { createPrng } from './prng.js';

function controller() {
  const hooks = { dropAll: vi.fn(), killSessions: vi.fn(), restart: vi.fn(), unstalled: vi.fn() };
  return { faults: new FaultController(hooks), hooks };
}

describe('FaultController', () => {
  test('default: inactive until something is configured', () => {
    const { faults } = controller();
    expect(faults.active).toBe(false);
    faults.busy(1);
    expect(faults.active).toBe(true);
    expect(faults.onRequest('x')).toBe('busy');
    expect(faults.active).toBe(false);
  });

  test('behavior: dropAfter counts matching requests only, then fires once', () => {
    const { faults } = controller();
    faults.dropAfter(1, { method: 'a', afterExecute: true });
    expect(faults.onRequest('b')).toBeUndefined();
    expect(faults.onRequest('a')).toBeUndefined();
    expect(faults.onRequest('a')).toBe('dropAfterExecute');
    expect(faults.onRequest('a')).toBeUndefined();
  });

  test('behavior: per-method busy/rateLimit and the largest matching delay', () => {
    const { faults } = controller();
    faults.rateLimit(2, { method: 'm' });
    faults.delay(10);
    faults.delay(50, { method: 'm' });
    expect(faults.onRequest('other')).toBeUndefined();
    expect(faults.onRequest('m')).toBe('rateLimit');
    expect(faults.replyDelay('m')).toBe(50);
    expect(faults.replyDelay('other')).toBe(10);
    faults.clear();
    expect(faults.replyDelay('m')).toBe(0);
  });

  test('behavior: stall/unstall and hooks', () => {
    const { faults, hooks } = controller();
    faults.stall();
    expect(faults.stalled).toBe(true);
    faults.unstall();
    expect(hooks.unstalled).toHaveBeenCalledOnce();
    faults.unstall();
    expect(hooks.unstalled).toHaveBeenCalledOnce();
    faults.drop();
    faults.killSessions();
    faults.restart({ downtime: 5 });
    expect(hooks.dropAll).toHaveBeenCalledOnce();
    expect(hooks.killSessions).toHaveBeenCalledOnce();
    expect(hooks.restart).toHaveBeenCalledWith(5);
  });

  test('behavior: random drops follow the seed', () => {
    const run = () => {
      const { faults } = controller();
      faults.dropRandomly(0.5, { seed: 7 });
      return Array.from({ length: 20 }, () => faults.onRequest('x'));
    };
    expect(run()).toEqual(run());
    expect(run()).toContain('drop');
  });

  test('behavior: failOnce injects one failure per registration, for that method only', () => {
    const { faults } = controller();
    const error = new Error('boom');
    faults.failOnce('a', error);
    faults.failOnce('a');
    expect(faults.active).toBe(true);
    expect(faults.takeFailure('b')).toBeUndefined();
    expect(faults.takeFailure('a')).toBe(error);
    expect(faults.takeFailure('a')).toMatchObject({ name: 'CallError', errno: 14, errmsg: 'Injected failure' });
    expect(faults.takeFailure('a')).toBeUndefined();
    expect(faults.active).toBe(false);
  });
});

test('default: createPrng is deterministic and in [0, 1)', () => {
  const a = createPrng(1);
  const b = createPrng(1);
  const values = Array.from({ length: 100 }, () => a());
  expect(values).toEqual(Array.from({ length: 100 }, () => b()));
  expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
});
