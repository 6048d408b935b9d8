import { describe, expect, test } from 'vitest';
import { redactSecrets } from './redactSecrets.js';

describe('redactSecrets', () => {
  test('default: secret fields become [REDACTED] at any depth, the input is untouched', () => {
    const input = [{ tag: 1, user: 'k8s', secret: 'hunter2hunter2', peer: { peersecret: 'other-secret1' } }];
    expect(redactSecrets(input)).toEqual([
      { tag: 1, user: 'k8s', secret: '[REDACTED]', peer: { peersecret: '[REDACTED]' } },
    ]);
    expect(input[0]?.secret).toBe('hunter2hunter2');
  });

  test.each(['password', 'passphrase', 'token', 'api_key', 'dhchap_key', 'dhchap_ctrl_key', 'private_key'])(
    'behavior: %s is redacted',
    (field) => {
      expect(redactSecrets({ [field]: 'shh' })).toEqual({ [field]: '[REDACTED]' });
    },
  );

  test('behavior: `key` is a secret only inside encryption_options', () => {
    const params = {
      encryption_options: { key: 'abcdef', algorithm: 'AES-256-GCM' },
      user_properties: [{ key: 'tn:owner', value: 'me' }],
    };
    expect(redactSecrets(params)).toEqual({
      encryption_options: { key: '[REDACTED]', algorithm: 'AES-256-GCM' },
      user_properties: [{ key: 'tn:owner', value: 'me' }],
    });
  });

  test('edge: empty and null secrets stay as they are (nothing to hide), dates and primitives pass through', () => {
    const when = new Date(0);
    expect(redactSecrets({ secret: '', dhchap_key: null, at: when, n: 3 })).toEqual({
      secret: '',
      dhchap_key: null,
      at: when,
      n: 3,
    });
    expect(redactSecrets('plain')).toBe('plain');
  });
});
