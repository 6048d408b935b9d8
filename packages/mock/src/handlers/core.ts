import { filterList, type QueryOptions } from '@tn/api';
import { z } from 'zod';
import type { ServerCore } from '../core.js';
import { Errno } from '../errno.js';
import { CallError, ValidationError, ValidationErrors } from '../errors.js';
import type { Job } from '../jobs/job.js';
import { queryParams } from '../params/queryParams.js';
import type { InternalContext, InternalDefinition } from '../registry/methodRegistry.js';

function findJob(core: ServerCore, id: number): Job {
  const job = core.jobs.get(id);
  if (!job) throw new ValidationError(null, `Job with id ${id} does not exist`, Errno.ENOENT);
  return job;
}

async function waitFor(core: ServerCore, ctx: InternalContext): Promise<unknown> {
  const [id] = ctx.params as [number];
  const target = findJob(core, id);
  const self = ctx.job ? core.jobs.get(ctx.job.id) : undefined;
  if (self) {
    self.setProgress(target.progress.percent, target.progress.description, target.progress.extra);
    target.wrapped.push(self);
  }
  await target.finished;
  if (target.state === 'FAILED') {
    const failure = target.failure;
    if (failure instanceof CallError || failure instanceof ValidationErrors || failure instanceof ValidationError)
      throw failure;
    throw new CallError(failure instanceof Error ? failure.message : String(failure));
  }
  return target.state === 'SUCCESS' ? target.result : null;
}

/** `core.*`: ping, set_options, subscribe/unsubscribe, get_jobs, job_abort, job_wait. @internal */
export function coreHandlers(core: ServerCore): Record<string, InternalDefinition> {
  const is2510 = core.profile === '25.10';
  const optionsSchema = is2510
    ? z.strictObject({
        legacy_jobs: z.boolean().optional(),
        private_methods: z.boolean().optional(),
        py_exceptions: z.boolean().optional(),
      })
    : z.looseObject({ py_exceptions: z.boolean().optional() });
  return {
    ping: { authenticationRequired: false, params: [], handler: () => 'pong' },
    set_options: {
      authenticationRequired: false,
      rateLimit: false,
      params: [{ name: 'options', schema: optionsSchema }],
      handler: (ctx) => {
        const [input] = ctx.params as [Record<string, unknown>];
        const options = ctx.connection.options;
        if (typeof input.py_exceptions === 'boolean') options.py_exceptions = input.py_exceptions;
        if (!is2510) return null;
        if (typeof input.legacy_jobs === 'boolean') options.legacy_jobs = input.legacy_jobs;
        if (typeof input.private_methods === 'boolean') options.private_methods = input.private_methods;
        return { ...options };
      },
    },
    subscribe: {
      params: [{ name: 'event', schema: z.string().max(1024) }],
      handler: (ctx) => core.events.subscribe(ctx.connection, ctx.params[0] as string),
    },
    unsubscribe: {
      params: [{ name: 'id_', schema: z.string().max(1024) }],
      handler: (ctx) => {
        core.events.unsubscribe(ctx.connection, ctx.params[0] as string);
        return null;
      },
    },
    get_jobs: {
      params: queryParams(core.profile),
      handler: (ctx) => {
        const [filters, options] = ctx.params as [unknown[], QueryOptions];
        return filterList(core.jobs.encodeAll(), filters, options);
      },
    },
    job_abort: {
      params: [{ name: 'id', schema: z.int() }],
      handler: (ctx) => {
        core.jobs.abort(findJob(core, ctx.params[0] as number));
        return null;
      },
    },
    job_wait: {
      job: { description: () => null },
      params: [{ name: 'id', schema: z.int() }],
      handler: (ctx) => waitFor(core, ctx),
    },
  };
}
