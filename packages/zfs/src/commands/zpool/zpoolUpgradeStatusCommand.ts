import type { ZfsCommand } from '../zfsCommand.js';

/**
 * What `zpool upgrade` (without arguments) reports: which pools could be upgraded.
 *
 * @example
 * ```ts
 * import type { ZpoolUpgradeStatus } from '@tn/zfs';
 *
 * const needsWork = (s: ZpoolUpgradeStatus) => !s.upToDate;
 * ```
 */
export type ZpoolUpgradeStatus = {
  /** `true` when no pool can be upgraded. */
  upToDate: boolean;
  /** `true` when the system supports feature flags (OpenZFS, pool version 5000). */
  featureFlags: boolean;
  /** Highest legacy pool version, on systems without feature flags (`23` for zfs-fuse). */
  systemVersion?: number;
  /** Pools that can be upgraded. */
  pools: Array<{
    /** Pool name. */
    name: string;
    /** Legacy version of a pool without feature flags. */
    version?: number;
    /** Supported features not yet enabled on the pool. */
    missingFeatures: string[];
  }>;
};

/**
 * Reads `zpool upgrade` output, both the legacy-version (`VER POOL`) and the feature-flag (`POOL FEATURE`) tables.
 *
 * @internal
 */
export function parseZpoolUpgradeStatus(text: string): ZpoolUpgradeStatus {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  const version = /running ZFS pool version (\d+)/.exec(text);
  const status: ZpoolUpgradeStatus = {
    upToDate: true,
    featureFlags: /feature flags/.test(text) && version === null,
    pools: [],
  };
  if (version) status.systemVersion = Number(version[1]);
  let table: 'version' | 'feature' | undefined;
  let current: ZpoolUpgradeStatus['pools'][number] | undefined;
  for (const line of lines) {
    if (/^VER\s+POOL\s*$/.test(line)) table = 'version';
    else if (/^POOL\s+FEATURE\s*$/.test(line)) table = 'feature';
    else if (table === undefined || /^-+[\s-]*$/.test(line)) continue;
    else if (line.trim() === '') table = undefined;
    else if (table === 'version') {
      const match = /^\s*(\d+)\s+(\S.*?)\s*$/.exec(line);
      if (match) status.pools.push({ name: match[2] as string, version: Number(match[1]), missingFeatures: [] });
    } else if (/^\s/.test(line)) current?.missingFeatures.push(line.trim());
    else {
      current = { name: line.trim(), missingFeatures: [] };
      status.pools.push(current);
    }
  }
  status.upToDate = status.pools.length === 0;
  return status;
}

/**
 * Builds `zpool upgrade` (no arguments): lists pools whose on-disk version or features lag behind the software.
 * It changes nothing.
 *
 * @returns The command; its `parse` gives a {@link ZpoolUpgradeStatus}.
 * @example
 * ```ts
 * import { createLocalRunner, executeCommand, zpoolUpgradeStatusCommand } from '@tn/zfs';
 *
 * const { upToDate, pools } = await executeCommand(createLocalRunner(), zpoolUpgradeStatusCommand());
 * ```
 */
export function zpoolUpgradeStatusCommand(): ZfsCommand<ZpoolUpgradeStatus> {
  return { argv: ['zpool', 'upgrade'], parse: (stdout) => parseZpoolUpgradeStatus(stdout) };
}
