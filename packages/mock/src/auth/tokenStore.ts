import { randomBytes } from 'node:crypto';
import type { SessionCredentials } from '../session/sessionCredentials.js';

/** A token from `auth.generate_token`. @internal */
export type TokenRecord = {
  token: string;
  expiresAt: number | null;
  attrs: Record<string, unknown>;
  matchOrigin: boolean;
  singleUse: boolean;
  origin: string;
  parent: SessionCredentials;
};

/** Tokens live in memory; a restart loses them. @internal */
export class TokenStore {
  #tokens = new Map<string, TokenRecord>();

  generate(input: Omit<TokenRecord, 'token' | 'expiresAt'> & { ttl: number | null }): string {
    const token = randomBytes(48).toString('base64url');
    const { ttl, ...rest } = input;
    this.#tokens.set(token, { ...rest, token, expiresAt: ttl === null ? null : Date.now() + ttl * 1000 });
    return token;
  }

  /** The token when usable from `origin` (expired ones are dropped). */
  get(token: string, origin: string): TokenRecord | undefined {
    const record = this.#tokens.get(token);
    if (!record) return undefined;
    if (record.expiresAt !== null && Date.now() >= record.expiresAt) {
      this.#tokens.delete(token);
      return undefined;
    }
    if (record.matchOrigin && record.origin !== origin) return undefined;
    return record;
  }

  destroy(token: string): void {
    this.#tokens.delete(token);
  }

  clear(): void {
    this.#tokens.clear();
  }
}
