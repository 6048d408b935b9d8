import type { JobOptions } from '../jobs/job.js';
import { MockErrorCode, MockServerError } from '../mockServerError.js';
import { defineParams, type ParamsValidator } from '../params/defineParams.js';
import type { VersionProfile } from '../profile.js';
import type { Session } from '../session/session.js';
import type { HandlerContext, MethodDefinition, MethodHandlers } from './handlerTypes.js';

/** Context given to built-in handlers: the public one plus the live session. @internal */
export type InternalContext = HandlerContext & { readonly connection: Session };

/** A registered method, normalised. @internal */
export type ResolvedMethod = {
  readonly name: string;
  readonly handler: (ctx: InternalContext) => unknown;
  readonly validate: ParamsValidator | undefined;
  readonly job: JobOptions | undefined;
  readonly authRequired: boolean;
  readonly rateLimit: boolean;
};

/** Internal method definition (built-ins may use the internal context). @internal */
export type InternalDefinition = Omit<MethodDefinition, 'handler'> & { handler: (ctx: InternalContext) => unknown };

function resolve(name: string, def: InternalDefinition): ResolvedMethod {
  const params = def.params;
  return {
    name,
    handler: def.handler,
    validate: params === undefined ? undefined : typeof params === 'function' ? params : defineParams(params),
    job: def.job === true ? {} : def.job === false || def.job === undefined ? undefined : def.job,
    authRequired: def.authenticationRequired ?? true,
    rateLimit: def.rateLimit ?? true,
  };
}

function normalise(entry: MethodHandlers[string] | InternalDefinition): InternalDefinition {
  return typeof entry === 'function' ? { handler: entry } : entry;
}

/** Namespaced handlers plus msw-style runtime overrides (newest first), merged into one lookup map. @internal */
export class MethodRegistry {
  readonly #profile: VersionProfile;
  readonly #base = new Map<string, ResolvedMethod>();
  #overrides: Map<string, ResolvedMethod>[] = [];
  #merged = new Map<string, ResolvedMethod>();

  constructor(profile: VersionProfile) {
    this.#profile = profile;
  }

  register(namespace: string, handlers: MethodHandlers | Record<string, InternalDefinition>): void {
    if (!/^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/.test(namespace)) {
      throw new MockServerError(MockErrorCode.InvalidConfig, `Invalid namespace "${namespace}"`);
    }
    for (const [key, entry] of Object.entries(handlers)) {
      const def = normalise(entry);
      if (def.versions && !def.versions.includes(this.#profile)) continue;
      const name = `${namespace}.${key}`;
      this.#base.set(name, resolve(name, def));
    }
    this.#rebuild();
  }

  use(overrides: MethodHandlers): void {
    const layer = new Map<string, ResolvedMethod>();
    for (const [name, entry] of Object.entries(overrides)) {
      const base = this.#merged.get(name);
      if (typeof entry === 'function' && base) {
        layer.set(name, { ...base, handler: entry });
        continue;
      }
      const def = normalise(entry);
      if (def.versions && !def.versions.includes(this.#profile)) continue;
      layer.set(name, resolve(name, def));
    }
    this.#overrides.unshift(layer);
    this.#rebuild();
  }

  resetOverrides(): void {
    this.#overrides = [];
    this.#rebuild();
  }

  #rebuild(): void {
    const merged = new Map(this.#base);
    for (const layer of [...this.#overrides].reverse()) for (const [name, method] of layer) merged.set(name, method);
    this.#merged = merged;
  }

  get(name: string): ResolvedMethod | undefined {
    return this.#merged.get(name);
  }

  names(): string[] {
    return [...this.#merged.keys()].sort();
  }
}
