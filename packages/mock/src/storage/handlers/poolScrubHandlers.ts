import { Errno } from '../../errno.js';
import { CallError } from '../../errors.js';
import type { MethodDefinition } from '../../registry/handlerTypes.js';
import { startScan } from '../ops/poolScan.js';
import { storageParams } from '../paramsFor.js';
import type { StorageDomain } from '../storageDomain.js';
import type { PoolState } from '../storageTypes.js';
import { args, scrubJob } from './poolHandlers.js';

const DAY = 86_400_000;

function poolNamed(domain: StorageDomain, name: string): PoolState {
  const pool = domain.state.poolByName(name);
  if (!pool) throw new CallError(`Pool ${name} not found`, Errno.ENOENT);
  return pool;
}

/**
 * `pool.scrub.*` methods: `run(name, threshold = 35)` starts a scrub (and returns at once) when the last finished
 * scrub is older than `threshold` days; `scrub(name, action = 'START')` is the job variant of `pool.scrub`.
 * @internal
 */
export function poolScrubHandlers(domain: StorageDomain): Record<string, MethodDefinition> {
  const v = domain.profile;
  return {
    run: {
      params: storageParams('pool.scrub.run', v),
      handler: (ctx) => {
        const [name, threshold] = args<[string, number | undefined]>(ctx);
        const pool = poolNamed(domain, name);
        const scan = pool.scan;
        if (scan?.state === 'SCANNING') return null;
        const last = scan?.function === 'SCRUB' && scan.state === 'FINISHED' ? scan.endTime : null;
        if (last && Date.now() - last.getTime() < (threshold ?? 35) * DAY) return null;
        startScan(domain, pool, 'SCRUB');
        return null;
      },
    },
    scrub: {
      job: { abortable: true, description: (a) => `Scrub of pool ${String(a[0])}` },
      params: storageParams('pool.scrub.scrub', v),
      handler: (ctx) => {
        const [name, action] = args<[string, string | undefined]>(ctx);
        return scrubJob(domain, poolNamed(domain, name), action ?? 'START', ctx);
      },
    },
  };
}
