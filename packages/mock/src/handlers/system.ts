import type { ServerCore } from '../core.js';
import { PROFILES } from '../profile.js';
import type { InternalDefinition } from '../registry/methodRegistry.js';

function uptime(seconds: number): string {
  const s = Math.floor(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h}:${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** `system.*`: info, version, version_short, boot_id, ready, state, product_type, host_id. @internal */
export function systemHandlers(core: ServerCore): Record<string, InternalDefinition> {
  const profile = PROFILES[core.profile];
  const buildtime = new Date(core.profile === '25.04' ? Date.UTC(2025, 8, 30, 12) : Date.UTC(2026, 2, 10, 12));
  return {
    info: {
      params: [],
      handler: () => {
        const now = new Date();
        const seconds = (now.getTime() - core.startedAt.getTime()) / 1000;
        return {
          version: profile.versionString,
          buildtime,
          hostname: core.hostname,
          physmem: 34359738368,
          model: 'Mock CPU @ 3.00GHz',
          cores: 8,
          physical_cores: 4,
          loadavg: [0.1, 0.05, 0.01],
          uptime: uptime(seconds),
          uptime_seconds: seconds,
          system_serial: 'TNMOCK0001',
          system_product: 'tn-mock',
          system_product_version: '1.0',
          license: null,
          boottime: core.startedAt,
          datetime: now,
          timezone: 'UTC',
          system_manufacturer: 'tn-mock',
          ecc_memory: false,
        };
      },
    },
    version: { params: [], handler: () => profile.versionString },
    version_short: { params: [], handler: () => profile.release },
    product_type: { params: [], handler: () => profile.productType },
    boot_id: { authenticationRequired: false, params: [], handler: () => core.bootId },
    ready: { params: [], handler: () => true },
    state: { params: [], handler: () => 'READY' },
    host_id: { params: [], handler: () => 'b3f1c0de5a7e4d2f9c8b6a5d4e3f2a1b' },
  };
}
