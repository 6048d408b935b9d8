/**
 * Node-only helpers for certificate pinning. Import from `@tn/rpc/node`.
 * @module
 */
import { createHash, X509Certificate } from 'node:crypto';
import { connect } from 'node:tls';
import { normalizeFingerprint } from './socket/webSocketBinding.js';

/**
 * SHA-256 fingerprint of a PEM certificate, in the `AB:CD:...` form that `tls.fingerprint` accepts.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { certificateFingerprint } from '@tn/rpc/node';
 *
 * const fingerprint = certificateFingerprint(readFileSync('nas.pem', 'utf8'));
 * ```
 */
export function certificateFingerprint(pem: string): string {
  return normalizeFingerprint(new X509Certificate(pem).fingerprint256);
}

/**
 * Connects to a TLS server and returns the SHA-256 fingerprint of the certificate it presents, without trusting it.
 * Use it once (trust on first use), compare it out of band, then pin it with `tls.fingerprint`.
 *
 * @example
 * ```ts
 * import { fetchServerFingerprint } from '@tn/rpc/node';
 *
 * console.log(await fetchServerFingerprint('wss://nas.lan/api/current'));
 * ```
 */
export function fetchServerFingerprint(url: string, timeoutMs = 10_000): Promise<string> {
  const parsed = new URL(url);
  const port = Number(parsed.port || 443);
  return new Promise((resolve, reject) => {
    const socket = connect(
      { host: parsed.hostname, port, servername: parsed.hostname, rejectUnauthorized: false },
      () => {
        const cert = socket.getPeerCertificate();
        socket.end();
        if (!cert?.raw) reject(new Error(`${parsed.host} presented no certificate`));
        else resolve(normalizeFingerprint(createHash('sha256').update(cert.raw).digest('hex')));
      },
    );
    socket.setTimeout(timeoutMs, () =>
      socket.destroy(new Error(`timed out reading the certificate of ${parsed.host}`)),
    );
    socket.on('error', reject);
  });
}
