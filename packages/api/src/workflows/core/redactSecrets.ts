/** Field names whose values are secrets wherever they appear. */
const SECRET_FIELDS = new Set([
  'secret',
  'peersecret',
  'password',
  'passphrase',
  'token',
  'api_key',
  'dhchap_key',
  'dhchap_ctrl_key',
  'private_key',
]);

/** `key` is a secret inside dataset encryption options (but not in `user_properties` entries). */
const KEY_HOLDERS = new Set(['encryption_options']);

const REDACTED = '[REDACTED]';

/**
 * A deep copy of `value` with secret fields (CHAP secrets, DH-CHAP keys, passwords, passphrases, tokens, encryption
 * keys) replaced by `[REDACTED]`, for audit records and error messages.
 *
 * @param value - params or a result to show.
 * @returns the redacted copy (the input is not modified).
 * @example
 * ```ts
 * import { redactSecrets } from '@tn/api';
 *
 * redactSecrets([{ user: 'k8s', secret: 'hunter2hunter2' }]); // [{ user: 'k8s', secret: '[REDACTED]' }]
 * ```
 */
export function redactSecrets<T>(value: T): T {
  return redact(value, undefined) as T;
}

function redact(value: unknown, parentKey: string | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => redact(item, parentKey));
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const secret = SECRET_FIELDS.has(key) || (key === 'key' && parentKey !== undefined && KEY_HOLDERS.has(parentKey));
    copy[key] = secret && inner !== null && inner !== undefined && inner !== '' ? REDACTED : redact(inner, key);
  }
  return copy;
}
