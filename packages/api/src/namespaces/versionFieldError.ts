import { TnError, TnErrorCode } from '@tn/rpc';
import type { ServerVersion } from '../methods/serverVersion.js';

/**
 * Options of {@link VersionFieldError}.
 *
 * @example
 * ```ts
 * import type { VersionFieldErrorParameters } from '@tn/api';
 *
 * const options: VersionFieldErrorParameters = { method: 'sharing.smb.create', version: '25.04', fields: ['options'] };
 * ```
 */
export type VersionFieldErrorParameters = {
  /** The method called. */
  method: string;
  /** The server's release line. */
  version: ServerVersion;
  /** Fields (or `field=value`s) the version does not know. */
  fields: readonly string[];
};

/**
 * Thrown before sending when params use fields of another server version's model, e.g. the 25.10 SMB
 * `options`/`readonly` fields or a 25.10 `purpose` against a 25.04 server. Nothing was sent.
 *
 * @example
 * ```ts
 * import { VersionFieldError } from '@tn/api';
 *
 * try {
 *   await api.sharing.smb.create({ name: 'x', path: '/mnt/tank/x', purpose: 'LEGACY_SHARE' });
 * } catch (err) {
 *   if (err instanceof VersionFieldError) console.log(err.fields); // ['purpose=LEGACY_SHARE']
 * }
 * ```
 */
export class VersionFieldError extends TnError {
  override name = 'VersionFieldError' as const;
  /** The method called. */
  readonly method: string;
  /** The server's release line. */
  readonly serverVersion: ServerVersion;
  /** The offending fields. */
  readonly fields: readonly string[];

  constructor({ method, version, fields }: VersionFieldErrorParameters) {
    super(
      TnErrorCode.NotSupported,
      `${method}: ${fields.join(', ')} not supported on TrueNAS ${version}: nothing was sent`,
      {
        metaMessages: ['Use the params model of the server version (see SmbShareCreate2504 / SmbShareCreate2510).'],
      },
    );
    this.method = method;
    this.serverVersion = version;
    this.fields = fields;
  }
}

/**
 * {@link VersionFieldError} with its `name` narrowed, for `catch` blocks.
 *
 * @example
 * ```ts
 * import type { VersionFieldErrorType } from '@tn/api';
 *
 * const isVersionField = (err: unknown): err is VersionFieldErrorType => (err as Error).name === 'VersionFieldError';
 * ```
 */
export type VersionFieldErrorType = VersionFieldError & { name: 'VersionFieldError' };
