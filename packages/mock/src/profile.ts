/**
 * Which middleware release the mock emulates. `'25.04'` (Fangtooth): `core.set_options` returns `null`, jobs always
 * return ids, no `message_ids`. `'25.10'` (Goldeye): options object, `legacy_jobs` switch, `message_ids`.
 *
 * @example
 * ```ts
 * import { createMockServer, type VersionProfile } from '@tn/mock';
 *
 * const version: VersionProfile = '25.04';
 * const server = createMockServer({ version });
 * ```
 */
export type VersionProfile = '25.04' | '25.10';

/** Static facts of each profile. @internal */
export const PROFILES = {
  '25.04': {
    release: '25.04.2.6',
    versionString: 'TrueNAS-SCALE-25.04.2.6',
    productType: 'SCALE',
    apiVersions: ['v25.04.0', 'v25.04.1', 'v25.04.2'],
  },
  '25.10': {
    release: '25.10.6',
    versionString: 'TrueNAS-25.10.6',
    productType: 'COMMUNITY_EDITION',
    apiVersions: [
      'v25.04.0',
      'v25.04.1',
      'v25.04.2',
      'v25.10.0',
      'v25.10.1',
      'v25.10.2',
      'v25.10.3',
      'v25.10.4',
      'v25.10.5',
    ],
  },
} as const satisfies Record<
  VersionProfile,
  { release: string; versionString: string; productType: string; apiVersions: readonly string[] }
>;
