import { z } from 'zod';
import type { ServerCore } from '../core.js';
import { Errno } from '../errno.js';
import { CallError, ValidationErrors } from '../errors.js';
import type { EventSourceDefinition } from '../events/eventTypes.js';
import type { InternalDefinition } from '../registry/methodRegistry.js';

const eventType = z.enum(['ADDED', 'CHANGED', 'REMOVED', 'added', 'changed', 'removed']);
const payload = z.strictObject({
  id: z.unknown().optional(),
  fields: z.unknown().optional(),
  extra: z.record(z.string(), z.unknown()).optional(),
});

/** Counter map of `test.mutate`. @internal */
export function mutations(core: ServerCore): Map<string, number> {
  return core.store.getOrInit('test.mutations', () => new Map<string, number>());
}

/**
 * The `test` namespace (option `testMethods: true`); see the package README for semantics.
 * @internal
 */
export function testHandlers(core: ServerCore): Record<string, InternalDefinition> {
  return {
    echo: { params: [{ name: 'value', schema: z.unknown(), default: () => null }], handler: (ctx) => ctx.params[0] },
    sleep: {
      params: [{ name: 'ms', schema: z.int().min(0) }],
      handler: async (ctx) => {
        await ctx.sleep(ctx.params[0] as number);
        return null;
      },
    },
    mutate: {
      params: [{ name: 'key', schema: z.string().max(1024) }],
      handler: (ctx) => {
        const key = ctx.params[0] as string;
        const map = mutations(core);
        const count = (map.get(key) ?? 0) + 1;
        map.set(key, count);
        ctx.emit('test.mutations', 'CHANGED', { id: key, fields: { key, count } });
        return count;
      },
    },
    count: {
      params: [{ name: 'key', schema: z.string().max(1024) }],
      handler: (ctx) => mutations(core).get(ctx.params[0] as string) ?? 0,
    },
    job: {
      job: { abortable: true, description: (args) => `test job (${String(args[0] ?? 3)} steps)` },
      params: [
        { name: 'steps', schema: z.int().min(0).max(1000), default: () => 3 },
        { name: 'ms', schema: z.int().min(0), default: () => 10 },
        { name: 'fail_errno', schema: z.int().nullable(), default: () => null },
      ],
      handler: async (ctx) => {
        const [steps, ms, failErrno] = ctx.params as [number, number, number | null];
        for (let i = 1; i <= steps; i++) {
          await ctx.sleep(ms);
          ctx.job?.setProgress((i / steps) * 100, `step ${i}/${steps}`, { step: i });
        }
        if (failErrno !== null) throw new CallError('Job failed on request', failErrno);
        return { steps, finished_at: new Date() };
      },
    },
    fail: {
      params: [
        { name: 'errno', schema: z.int(), default: () => Errno.EFAULT },
        { name: 'message', schema: z.string().max(1024), default: () => 'Failure requested by test.fail' },
        { name: 'extra', schema: z.unknown(), default: () => null },
      ],
      handler: (ctx) => {
        const [errno, message, extra] = ctx.params as [number, string, unknown];
        throw new CallError(message, errno, extra);
      },
    },
    invalid: {
      params: [
        { name: 'attribute', schema: z.string().max(1024), default: () => 'test.invalid' },
        { name: 'message', schema: z.string().max(1024), default: () => 'Invalid value' },
        { name: 'errno', schema: z.int(), default: () => Errno.EINVAL },
      ],
      handler: (ctx) => {
        const [attribute, message, errno] = ctx.params as [string, string, number];
        throw new ValidationErrors([[attribute, message, errno]]);
      },
    },
    crash: {
      params: [{ name: 'message', schema: z.string().max(1024), default: () => 'unexpected crash' }],
      handler: (ctx) => {
        throw new Error(ctx.params[0] as string);
      },
    },
    emit: {
      params: [
        { name: 'collection', schema: z.string().max(1024) },
        { name: 'event_type', schema: eventType, default: () => 'CHANGED' },
        { name: 'payload', schema: payload, default: () => ({}) },
      ],
      handler: (ctx) => {
        const [collection, type, body] = ctx.params as [string, z.infer<typeof eventType>, z.infer<typeof payload>];
        ctx.emit(collection, type, body);
        return null;
      },
    },
    blob: {
      params: [
        {
          name: 'size',
          schema: z
            .int()
            .min(0)
            .max(16 * 1024 * 1024),
        },
      ],
      handler: (ctx) => 'x'.repeat(ctx.params[0] as number),
    },
  };
}

const tickerArg = z.strictObject({ interval: z.int().min(1).optional(), count: z.int().min(0).optional() });

/**
 * Event source `test.ticker[:{"interval": ms, "count": n}]`: `count` ADDED events `{tick: i}` every `interval` ms
 * (defaults 10 ms / 3), then `notify_unsubscribed` with `error: null`; a bad argument ends it at once with a
 * validation error.
 * @internal
 */
export const testTicker: EventSourceDefinition = (ctx) => {
  let parsed: unknown = {};
  if (ctx.arg !== null) {
    try {
      parsed = JSON.parse(ctx.arg);
    } catch {
      throw new ValidationErrors([['test.ticker', 'Invalid JSON argument', Errno.EINVAL]]);
    }
  }
  const arg = tickerArg.safeParse(parsed);
  if (!arg.success)
    throw new ValidationErrors([['test.ticker', arg.error.issues[0]?.message ?? 'Invalid argument', Errno.EINVAL]]);
  const { interval = 10, count = 3 } = arg.data;
  return (async () => {
    for (let tick = 1; tick <= count; tick++) {
      await ctx.sleep(interval);
      ctx.send('ADDED', { fields: { tick } });
    }
  })();
};
