import { randomUUID } from 'node:crypto';
import { toUnsubscribeError } from '../errors.js';
import { encodeNotification } from '../protocol/encode.js';
import type { Session } from '../session/session.js';
import { sleep } from '../utils.js';
import type { EventPayload, EventSourceDefinition, EventType } from './eventTypes.js';

type ActiveSource = { collection: string; controller: AbortController; ended: boolean };
type Subscriptions = {
  plain: Map<string, string>;
  names: Map<string, number>;
  sources: Map<string, ActiveSource>;
};

function updateParams(collection: string, type: EventType, payload: EventPayload = {}): Record<string, unknown> {
  const msg = type.toLowerCase();
  const params: Record<string, unknown> = { msg, collection };
  if (payload.id !== undefined) params.id = payload.id;
  let extra = payload.extra;
  if (payload.fields !== undefined) {
    if (msg === 'removed') extra = { ...extra, fields: payload.fields };
    else params.fields = payload.fields;
  }
  if (extra !== undefined && Object.keys(extra).length > 0) params.extra = extra;
  return params;
}

/** Subscriptions of every connection, plain events, event sources and `notify_unsubscribed`. @internal */
export class EventHub {
  readonly #sources = new Map<string, EventSourceDefinition>();
  readonly #subs = new Map<Session, Subscriptions>();

  registerSource(name: string, definition: EventSourceDefinition): void {
    this.#sources.set(name, definition);
  }

  #of(session: Session): Subscriptions {
    let subs = this.#subs.get(session);
    if (!subs) {
      subs = { plain: new Map(), names: new Map(), sources: new Map() };
      this.#subs.set(session, subs);
    }
    return subs;
  }

  /** Plain event to every authenticated connection subscribed to `collection` or `"*"`. */
  emit(collection: string, type: EventType, payload?: EventPayload): void {
    let text: string | undefined;
    for (const [session, subs] of this.#subs) {
      if (!session.authenticated || (!subs.names.has(collection) && !subs.names.has('*'))) continue;
      text ??= encodeNotification('collection_update', updateParams(collection, type, payload));
      session.send(text);
    }
  }

  /** `core.subscribe`: starts an event source or records a plain subscription; returns the id. */
  subscribe(session: Session, name: string): string {
    const ident = randomUUID();
    const subs = this.#of(session);
    const colon = name.indexOf(':');
    const short = colon === -1 ? name : name.slice(0, colon);
    const definition = this.#sources.get(short);
    if (!definition) {
      subs.plain.set(ident, name);
      subs.names.set(name, (subs.names.get(name) ?? 0) + 1);
      return ident;
    }
    const active: ActiveSource = { collection: name, controller: new AbortController(), ended: false };
    subs.sources.set(ident, active);
    const end = (error?: unknown): void => this.#endSource(session, ident, error, true);
    let result: void | Promise<void>;
    try {
      result = definition({
        arg: colon === -1 ? null : name.slice(colon + 1),
        session,
        signal: active.controller.signal,
        send: (type, payload) => {
          if (!active.ended) session.send(encodeNotification('collection_update', updateParams(name, type, payload)));
        },
        end,
        sleep: (ms) => sleep(ms, active.controller.signal),
      });
    } catch (err) {
      end(err);
      return ident;
    }
    if (result && typeof result.then === 'function') {
      result.then(
        () => end(),
        (err: unknown) => end(active.controller.signal.aborted ? undefined : err),
      );
    }
    return ident;
  }

  #endSource(session: Session, ident: string, error: unknown, notify: boolean): void {
    const subs = this.#subs.get(session);
    const active = subs?.sources.get(ident);
    if (!subs || !active || active.ended) return;
    active.ended = true;
    subs.sources.delete(ident);
    active.controller.abort(new Error('Unsubscribed'));
    if (notify) {
      session.send(
        encodeNotification('notify_unsubscribed', { collection: active.collection, error: toUnsubscribeError(error) }),
      );
    }
  }

  /** `core.unsubscribe`: plain subscriptions end silently, event sources with `notify_unsubscribed`. */
  unsubscribe(session: Session, ident: string): void {
    const subs = this.#subs.get(session);
    if (!subs) return;
    const name = subs.plain.get(ident);
    if (name !== undefined) {
      subs.plain.delete(ident);
      const count = (subs.names.get(name) ?? 1) - 1;
      if (count <= 0) subs.names.delete(name);
      else subs.names.set(name, count);
      return;
    }
    this.#endSource(session, ident, undefined, true);
  }

  /** Ends every subscription of a session (logout: with `notify_unsubscribed` for sources; close: silently). */
  teardown(session: Session, notify: boolean): void {
    const subs = this.#subs.get(session);
    if (!subs) return;
    for (const ident of [...subs.sources.keys()]) this.#endSource(session, ident, undefined, notify);
    this.#subs.delete(session);
  }

  /** Number of live subscriptions of a session (plain + sources). */
  count(session: Session): number {
    const subs = this.#subs.get(session);
    return subs ? subs.plain.size + subs.sources.size : 0;
  }
}
