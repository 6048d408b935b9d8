import { describe, expect, test } from 'vitest';
import { parseZpoolUpgradeStatus, zpoolUpgradeStatusCommand } from './zpoolUpgradeStatusCommand.js';

const ZFS_FUSE_CURRENT = `This system is currently running ZFS pool version 23.

All pools are formatted using this version.
`;
const ZFS_FUSE_OLD = `This system is currently running ZFS pool version 23.

The following pools are out of date, and can be upgraded.  After being
upgraded, these pools will no longer be accessible by older software versions.

VER  POOL
---  ------------
22   tank
15   old pool

Use 'zpool upgrade -v' for a list of available versions and their associated
features.
`;
const OPENZFS_FEATURES = `This system supports ZFS pool feature flags.

All pools are formatted using feature flags.


Some supported features are not enabled on the following pools. Once a
feature is enabled the pool may become incompatible with software
that does not support the feature. See zpool-features(7) for details.

Note that the pool 'compatibility' feature can be used to inhibit
feature upgrades.

POOL  FEATURE
---------------
tank
      zilsaxattr
      head_errlog
boot
      blake3
`;
const OPENZFS_CURRENT = `This system supports ZFS pool feature flags.

All pools are formatted using feature flags.

Every feature flags pool has all supported and requested features enabled.
`;

describe('zpoolUpgradeStatusCommand', () => {
  test('default', () => {
    expect(zpoolUpgradeStatusCommand().argv).toEqual(['zpool', 'upgrade']);
    expect(zpoolUpgradeStatusCommand().parse(ZFS_FUSE_CURRENT, '')).toEqual({
      upToDate: true,
      featureFlags: false,
      systemVersion: 23,
      pools: [],
    });
  });

  test('behavior: legacy versions table', () => {
    expect(parseZpoolUpgradeStatus(ZFS_FUSE_OLD).pools).toEqual([
      { name: 'tank', version: 22, missingFeatures: [] },
      { name: 'old pool', version: 15, missingFeatures: [] },
    ]);
  });

  test('behavior: feature flags table', () => {
    expect(parseZpoolUpgradeStatus(OPENZFS_FEATURES)).toEqual({
      upToDate: false,
      featureFlags: true,
      pools: [
        { name: 'tank', missingFeatures: ['zilsaxattr', 'head_errlog'] },
        { name: 'boot', missingFeatures: ['blake3'] },
      ],
    });
    expect(parseZpoolUpgradeStatus(OPENZFS_CURRENT)).toEqual({ upToDate: true, featureFlags: true, pools: [] });
  });
});
