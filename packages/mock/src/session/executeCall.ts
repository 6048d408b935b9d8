import type { ServerCore } from '../core.js';
import { Errno } from '../errno.js';
import {
  CallError,
  JsonRpcCode,
  MatchNotFound,
  toWireError,
  ValidationError,
  ValidationErrors,
  type WireError,
} from '../errors.js';
import type { RequestFault } from '../faults/faultController.js';
import type { Job } from '../jobs/job.js';
import { encodeError, encodeResult } from '../protocol/encode.js';
import type { ParsedRequest } from '../protocol/parseMessage.js';
import type { ResolvedMethod } from '../registry/methodRegistry.js';
import { isPromiseLike } from '../utils.js';
import { CallContext } from './callContext.js';
import type { Session } from './session.js';

const TOO_MANY: WireError = {
  code: JsonRpcCode.TooManyConcurrentCalls,
  message: 'Maximum number of concurrent calls (20) has exceeded',
};

const RESULT = 0;
const THROWN = 1;
const WIRE = 2;
type Outcome = typeof RESULT | typeof THROWN | typeof WIRE;

function isDomainError(err: unknown): boolean {
  return (
    err instanceof CallError ||
    err instanceof ValidationErrors ||
    err instanceof ValidationError ||
    err instanceof MatchNotFound
  );
}

/** One call in flight: replies once, honours reply faults, releases its concurrency slot. */
class Call {
  #done = false;
  readonly core: ServerCore;
  readonly session: Session;
  readonly request: ParsedRequest;
  readonly dropOnReply: boolean;
  readonly holdsSlot: boolean;

  constructor(core: ServerCore, session: Session, request: ParsedRequest, dropOnReply: boolean, holdsSlot: boolean) {
    this.core = core;
    this.session = session;
    this.request = request;
    this.dropOnReply = dropOnReply;
    this.holdsSlot = holdsSlot;
  }

  succeed(value: unknown): void {
    this.#deliver(RESULT, value);
  }

  fail(err: unknown): void {
    if (!isDomainError(err) && !this.session.closed) {
      this.core.logger.debug(`[tn-mock] ${this.request.method} raised`, err);
    }
    this.#deliver(THROWN, err);
  }

  failWith(error: WireError): void {
    this.#deliver(WIRE, error);
  }

  #deliver(outcome: Outcome, value: unknown): void {
    if (this.#done) return;
    this.#done = true;
    const delay = this.core.faults.active ? this.core.faults.replyDelay(this.request.method) : 0;
    if (delay > 0) this.session.later(delay, () => this.#finish(outcome, value));
    else this.#finish(outcome, value);
  }

  #finish(outcome: Outcome, value: unknown): void {
    const { session, request } = this;
    if (this.dropOnReply) session.terminate();
    else if (request.hasId && !session.closed) {
      const id = request.id;
      session.send(
        outcome === RESULT
          ? encodeResult(id, value)
          : encodeError(id, outcome === THROWN ? toWireError(value) : (value as WireError)),
      );
    }
    if (this.holdsSlot) session.semaphore.leave();
  }
}

function count(core: ServerCore, method: string): void {
  core.executions.set(method, (core.executions.get(method) ?? 0) + 1);
}

/**
 * Runs a call under the connection's `SoftHardSemaphore(10, 20)`: authorization (207 / rate limit), params
 * validation, the handler or a job, and exactly one reply (none for id-less requests).
 * @internal
 */
export function executeCall(
  core: ServerCore,
  session: Session,
  request: ParsedRequest,
  method: ResolvedMethod,
  fault: RequestFault,
): void {
  if (fault === 'busy') {
    new Call(core, session, request, false, false).failWith(TOO_MANY);
    return;
  }
  if (fault === 'rateLimit') {
    new Call(core, session, request, false, false).fail(new CallError('Rate Limit Exceeded', Errno.EBUSY));
    return;
  }
  const dropOnReply = fault === 'dropAfterExecute';
  const entered = session.semaphore.enter(() => run(core, session, request, method, dropOnReply));
  if (!entered && request.hasId) session.send(encodeError(request.id, TOO_MANY));
}

function run(
  core: ServerCore,
  session: Session,
  request: ParsedRequest,
  method: ResolvedMethod,
  dropOnReply: boolean,
): void {
  if (session.closed) return;
  const call = new Call(core, session, request, dropOnReply, true);
  if (!session.authenticated) {
    if (method.authRequired) {
      call.fail(new CallError('Not authenticated', Errno.ENOTAUTHENTICATED));
      return;
    }
    if (method.rateLimit && core.rateLimiter?.hit(request.method, session.remoteAddress)) {
      const error = new CallError('Rate Limit Exceeded', Errno.EBUSY);
      const delay = core.rateLimiter.delay;
      if (delay > 0) session.later(delay, () => call.fail(error));
      else call.fail(error);
      return;
    }
  }
  const injected = core.faults.active ? core.faults.takeFailure(request.method) : undefined;
  if (method.job) {
    startJob(core, session, request, method, call, injected);
    return;
  }
  let result: unknown;
  try {
    if (injected) throw injected;
    const params = method.validate ? method.validate(request.params) : request.params;
    count(core, request.method);
    result = method.handler(new CallContext(core, session, request, params));
  } catch (err) {
    call.fail(err);
    return;
  }
  if (isPromiseLike(result)) {
    result.then(
      (value) => call.succeed(value),
      (err: unknown) => call.fail(err),
    );
  } else {
    call.succeed(result);
  }
}

function startJob(
  core: ServerCore,
  session: Session,
  request: ParsedRequest,
  method: ResolvedMethod,
  call: Call,
  injected: Error | undefined,
): void {
  let job: Job;
  try {
    job = core.jobs.create({
      method: request.method,
      args: request.params,
      messageId: request.hasId && core.profile === '25.10' ? request.id : undefined,
      credentials: session.credentials,
      options: method.job ?? {},
      run: (running) => {
        if (injected) throw injected;
        const params = method.validate ? method.validate(request.params) : request.params;
        count(core, request.method);
        return method.handler(new CallContext(core, session, request, params, running));
      },
    });
  } catch (err) {
    call.fail(err);
    return;
  }
  if (core.profile === '25.04' || session.options.legacy_jobs) {
    call.succeed(job.id);
    return;
  }
  job.finished.then(() => {
    if (job.state === 'FAILED') call.fail(job.failure);
    else call.succeed(job.state === 'SUCCESS' ? job.result : null);
  });
}
