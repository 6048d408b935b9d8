import { X509Certificate } from 'node:crypto';
import { generate } from 'selfsigned';

/**
 * The server's TLS certificate: PEM text and its SHA-256 fingerprint in Node's colon-hex format, for pinning.
 *
 * @example
 * ```ts
 * import { createMockServer } from '@tn/mock';
 *
 * const server = await createMockServer({ tls: true }).start();
 * server.certificate?.fingerprint256; // 'AB:CD:…' (32 bytes)
 * ```
 */
export type MockCertificate = {
  /** Certificate, PEM. */
  readonly pem: string;
  /** Private key, PEM. */
  readonly key: string;
  /** SHA-256 fingerprint, upper-case hex pairs joined by `:` (as `X509Certificate#fingerprint256`). */
  readonly fingerprint256: string;
};

/**
 * Generates a self-signed EC P-256 certificate for `localhost`, `127.0.0.1` and `::1` (like TrueNAS's default
 * `CN=localhost` certificate), valid for one year.
 *
 * @example
 * ```ts
 * import { generateCertificate } from '@tn/mock';
 *
 * const { pem, fingerprint256 } = await generateCertificate();
 * ```
 */
export async function generateCertificate(commonName = 'localhost'): Promise<MockCertificate> {
  const notBeforeDate = new Date(Date.now() - 60_000);
  const notAfterDate = new Date(notBeforeDate.getTime() + 365 * 24 * 3600 * 1000);
  const result = await generate([{ name: 'commonName', value: commonName }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: commonName },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  return certificateFromPem(result.cert, result.private);
}

/** Wraps a given PEM certificate and key. @internal */
export function certificateFromPem(pem: string, key: string): MockCertificate {
  return { pem, key, fingerprint256: new X509Certificate(pem).fingerprint256 };
}
