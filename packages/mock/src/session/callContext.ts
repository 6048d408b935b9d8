import type { ServerCore } from '../core.js';
import type { EventPayload, EventType } from '../events/eventTypes.js';
import type { Job } from '../jobs/job.js';
import type { VersionProfile } from '../profile.js';
import type { ParsedRequest, RequestId } from '../protocol/parseMessage.js';
import type { JobHelpers } from '../registry/handlerTypes.js';
import type { InternalContext } from '../registry/methodRegistry.js';
import type { MockStore } from '../state/createStore.js';
import { sleep } from '../utils.js';
import type { Session } from './session.js';

/** Job helpers bound to one job. */
class JobHandle implements JobHelpers {
  readonly #job: Job;
  constructor(job: Job) {
    this.#job = job;
  }
  get id(): number {
    return this.#job.id;
  }
  setProgress(percent?: number | null, description?: string | null, extra?: unknown): void {
    this.#job.setProgress(percent, description, extra);
  }
  setDescription(description: string | null): void {
    this.#job.setDescription(description);
  }
}

/**
 * The handler context of one call; `emit`/`sleep` are created on first access (no per-call closures on the hot path).
 * @internal
 */
export class CallContext implements InternalContext {
  readonly method: string;
  readonly params: unknown[];
  readonly id: RequestId | undefined;
  readonly session: Session;
  readonly connection: Session;
  readonly store: MockStore;
  readonly profile: VersionProfile;
  readonly signal: AbortSignal;
  readonly job: JobHelpers | undefined;
  readonly #core: ServerCore;

  constructor(core: ServerCore, session: Session, request: ParsedRequest, params: unknown[], job?: Job) {
    this.#core = core;
    this.method = request.method;
    this.params = params;
    this.id = request.hasId ? request.id : undefined;
    this.session = session;
    this.connection = session;
    this.store = core.store;
    this.profile = core.profile;
    this.signal = job ? job.controller.signal : session.signal;
    this.job = job ? new JobHandle(job) : undefined;
  }

  /** Bound on access, so `const { emit } = ctx` works; nothing is allocated for handlers that never use it. */
  get emit(): (collection: string, type: EventType, payload?: EventPayload) => void {
    const events = this.#core.events;
    return (collection, type, payload) => events.emit(collection, type, payload);
  }

  /** Bound on access, like {@link CallContext.emit}. */
  get sleep(): (ms: number) => Promise<void> {
    const signal = this.signal;
    return (ms) => sleep(ms, signal);
  }
}
