/**
 * A TrueNAS SCALE release line the schemas model: 25.04 "Fangtooth" or 25.10 "Goldeye".
 *
 * @example
 * ```ts
 * import type { ServerVersion } from '@tn/api/schemas';
 *
 * const version: ServerVersion = '25.10';
 * ```
 */
export type ServerVersion = '25.04' | '25.10';

/**
 * Every {@link ServerVersion}, oldest first.
 *
 * @example
 * ```ts
 * import { SERVER_VERSIONS } from '@tn/api/schemas';
 *
 * for (const version of SERVER_VERSIONS) console.log(version);
 * ```
 */
export const SERVER_VERSIONS: readonly ServerVersion[] = ['25.04', '25.10'];

/**
 * The release line of a version string as `system.version` or `system.info` report it (`"TrueNAS-SCALE-25.10.1"`,
 * `"25.04.2.6"`, `"25.10"`), or `undefined` when it is not a modelled line.
 *
 * @example
 * ```ts
 * import { toServerVersion } from '@tn/api/schemas';
 *
 * toServerVersion('TrueNAS-SCALE-25.04.2.6'); // '25.04'
 * toServerVersion('24.10.2'); // undefined
 * ```
 */
export function toServerVersion(version: string): ServerVersion | undefined {
  const match = /(?:^|[^0-9.])(\d{2})\.(\d{2})(?:\.|$|[^0-9])/.exec(version);
  if (!match) return undefined;
  const line = `${match[1]}.${match[2]}`;
  return (SERVER_VERSIONS as readonly string[]).includes(line) ? (line as ServerVersion) : undefined;
}
