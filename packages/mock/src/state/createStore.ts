/**
 * Per-server in-memory state for handlers (moto's per-instance backend). Namespaces keep plug-ins apart;
 * `reset()` drops everything, and `getOrInit` re-creates a namespace's initial state lazily afterwards.
 *
 * @example
 * ```ts
 * import { createStore } from '@tn/mock';
 *
 * const store = createStore();
 * const pools = store.getOrInit('pools', () => new Map<number, { name: string }>());
 * pools.set(1, { name: 'tank' });
 * store.reset(); // pools are gone
 * ```
 */
export type MockStore = {
  /** Value stored under `key`, if any. */
  get<T>(key: string): T | undefined;
  /** Stores `value` under `key`. */
  set<T>(key: string, value: T): void;
  /** Whether `key` holds a value. */
  has(key: string): boolean;
  /** Removes `key`. */
  delete(key: string): boolean;
  /** Value under `key`, created with `init` on first use (and again after `reset()`). */
  getOrInit<T>(key: string, init: () => T): T;
  /** All keys currently stored. */
  keys(): string[];
  /** Drops all state. */
  reset(): void;
};

/**
 * Creates an empty {@link MockStore}.
 *
 * @example
 * ```ts
 * import { createStore } from '@tn/mock';
 *
 * const store = createStore();
 * store.set('answer', 42);
 * ```
 */
export function createStore(): MockStore {
  const data = new Map<string, unknown>();
  return {
    get: <T>(key: string) => data.get(key) as T | undefined,
    set: (key, value) => {
      data.set(key, value);
    },
    has: (key) => data.has(key),
    delete: (key) => data.delete(key),
    getOrInit<T>(key: string, init: () => T): T {
      if (!data.has(key)) data.set(key, init());
      return data.get(key) as T;
    },
    keys: () => [...data.keys()],
    reset: () => data.clear(),
  };
}
