/**
 * A seeded user account. `otp` is the one-time password the mock expects (a fixed string, so tests can type it).
 *
 * @example
 * ```ts
 * import type { MockUser } from '@tn/mock';
 *
 * const alice: MockUser = { username: 'alice', password: 's3cret', otp: '123456' };
 * ```
 */
export type MockUser = {
  /** Login name. */
  username: string;
  /** Plain-text password. */
  password: string;
  /** When set, password logins answer `OTP_REQUIRED` and this token completes them. */
  otp?: string;
  /** @default 0 for root, 950 for truenas_admin, else 3000 + index */
  uid?: number;
  /** @default the username */
  fullName?: string;
};

/**
 * A seeded API key. `key` is what clients send (`"<id>-<secret>"`); a bare secret gets `"<id>-"` prepended.
 *
 * @example
 * ```ts
 * import type { MockApiKey } from '@tn/mock';
 *
 * const key: MockApiKey = { id: 2, key: '2-abcdef', username: 'alice' };
 * ```
 */
export type MockApiKey = {
  /** Key id (the part before the dash). */
  id: number;
  /** The full key `"<id>-<secret>"` (or just the secret). */
  key: string;
  /** Owner; `API_KEY_PLAIN` logins must name this user. */
  username: string;
  /** @default `key-<id>` */
  name?: string;
  /** An expired key answers `EXPIRED`. @default false */
  expired?: boolean;
};

/**
 * Users seeded when `users` is not given: `root` / `password` and `truenas_admin` / `password`.
 *
 * @example
 * ```ts
 * import { DEFAULT_USERS } from '@tn/mock';
 *
 * const [root] = DEFAULT_USERS; // { username: 'root', password: 'password' }
 * ```
 */
export const DEFAULT_USERS: readonly MockUser[] = [
  { username: 'root', password: 'password' },
  { username: 'truenas_admin', password: 'password' },
];

/**
 * The API key seeded when `apiKeys` is not given (id 1, user `root`).
 *
 * @example
 * ```ts
 * import { DEFAULT_API_KEY } from '@tn/mock';
 *
 * ws.send(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'auth.login_with_api_key', params: [DEFAULT_API_KEY] }));
 * ```
 */
export const DEFAULT_API_KEY = '1-tnmockAPIkey0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ';

/**
 * API keys seeded when `apiKeys` is not given: {@link DEFAULT_API_KEY} for `root`.
 *
 * @example
 * ```ts
 * import { DEFAULT_API_KEYS } from '@tn/mock';
 *
 * DEFAULT_API_KEYS[0]?.username; // 'root'
 * ```
 */
export const DEFAULT_API_KEYS: readonly MockApiKey[] = [{ id: 1, key: DEFAULT_API_KEY, username: 'root' }];

/**
 * Runtime view of seeded credentials, available as `server.credentials` (rotate keys, add users mid-test).
 *
 * @example
 * ```ts
 * server.credentials.revokeApiKey(1);
 * server.credentials.addApiKey({ id: 2, key: '2-new', username: 'root' });
 * server.credentials.apiKey(1)?.revoked; // true
 * ```
 */
export type MockCredentials = {
  /** Adds or replaces a user. */
  addUser(user: MockUser): void;
  /** Removes a user; returns whether it existed. */
  removeUser(username: string): boolean;
  /** Adds or replaces an API key. */
  addApiKey(key: MockApiKey): void;
  /** Revokes a key the way the server does on insecure use. */
  revokeApiKey(id: number, reason?: string): void;
  /** State of a key, or `undefined`. */
  apiKey(id: number): MockApiKeyState | undefined;
};

/**
 * Runtime state of an API key, from `server.credentials.apiKey(id)`.
 *
 * @example
 * ```ts
 * const state = server.credentials.apiKey(1);
 * if (state?.revoked) console.log(state.revokedReason); // 'Attempt to use over an insecure transport'
 * ```
 */
export type MockApiKeyState = {
  /** Key id. */
  id: number;
  /** Owner. */
  username: string;
  /** Display name. */
  name: string;
  /** Whether the key was revoked (logins then answer EXPIRED). */
  revoked: boolean;
  /** Why it was revoked, or `null`. */
  revokedReason: string | null;
};

type KeyState = { key: MockApiKey & { name: string }; full: string; revokedReason: string | null };

/** Outcome of presenting an API key. @internal */
export type KeyCheck = { status: 'ok' | 'expired' | 'invalid'; id: number | undefined; username: string | undefined };

/** Users and API keys, with `reset()` back to the seed. @internal */
export class CredentialStore implements MockCredentials {
  readonly #seedUsers: readonly MockUser[];
  readonly #seedKeys: readonly MockApiKey[];
  #users = new Map<string, MockUser>();
  #keys = new Map<number, KeyState>();

  constructor(users: readonly MockUser[], keys: readonly MockApiKey[]) {
    this.#seedUsers = users;
    this.#seedKeys = keys;
    this.reset();
  }

  reset(): void {
    this.#users = new Map(this.#seedUsers.map((u) => [u.username, { ...u }]));
    this.#keys = new Map();
    for (const key of this.#seedKeys) this.addApiKey(key);
  }

  addUser(user: MockUser): void {
    this.#users.set(user.username, { ...user });
  }

  removeUser(username: string): boolean {
    return this.#users.delete(username);
  }

  addApiKey(key: MockApiKey): void {
    const full = key.key.startsWith(`${key.id}-`) ? key.key : `${key.id}-${key.key}`;
    this.#keys.set(key.id, { key: { ...key, name: key.name ?? `key-${key.id}` }, full, revokedReason: null });
  }

  revokeApiKey(id: number, reason = 'Revoked by test'): void {
    const state = this.#keys.get(id);
    if (state) state.revokedReason = reason;
  }

  apiKey(id: number): MockApiKeyState | undefined {
    const state = this.#keys.get(id);
    if (!state) return undefined;
    const { key } = state;
    return {
      id: key.id,
      username: key.username,
      name: key.name,
      revoked: state.revokedReason !== null,
      revokedReason: state.revokedReason,
    };
  }

  user(username: string): MockUser | undefined {
    return this.#users.get(username);
  }

  /** The user when the password matches (unknown user and bad password are indistinguishable). */
  checkPassword(username: string, password: string): MockUser | undefined {
    const user = this.#users.get(username);
    return user && user.password === password ? user : undefined;
  }

  /** Checks a presented `"<id>-<secret>"` key, optionally for a given username. */
  checkApiKey(presented: string, username?: string): KeyCheck {
    const id = Number.parseInt(presented.split('-')[0] ?? '', 10);
    const state = Number.isNaN(id) ? undefined : this.#keys.get(id);
    if (!state || state.full !== presented || (username !== undefined && state.key.username !== username)) {
      return { status: 'invalid', id: state?.key.id, username: undefined };
    }
    if (!this.#users.has(state.key.username)) return { status: 'invalid', id, username: undefined };
    const expired = state.revokedReason !== null || state.key.expired === true;
    return { status: expired ? 'expired' : 'ok', id, username: state.key.username };
  }

  /** Stable uid for a user. */
  uidOf(username: string): number {
    const user = this.#users.get(username);
    if (user?.uid !== undefined) return user.uid;
    if (username === 'root') return 0;
    if (username === 'truenas_admin') return 950;
    return 3000 + [...this.#users.keys()].indexOf(username);
  }
}
