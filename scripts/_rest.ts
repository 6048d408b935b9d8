import { readFileSync, readdirSync } from 'node:fs';
import { parseZfsDiff } from '../packages/zfs/src/parsers/parseZfsDiff.ts';
import { parseZfsSend } from '../packages/zfs/src/parsers/parseZfsSend.ts';
import { parseZfsReceive } from '../packages/zfs/src/parsers/parseZfsReceive.ts';
import { parseZpoolIostat } from '../packages/zfs/src/parsers/parseZpoolIostat.ts';
import { parseZpoolEvents } from '../packages/zfs/src/parsers/parseZpoolEvents.ts';
import { parseZpoolHistory } from '../packages/zfs/src/parsers/parseZpoolHistory.ts';
import { parseKstat } from '../packages/zfs/src/parsers/parseKstat.ts';
import { parseArcstats } from '../packages/zfs/src/parsers/parseArcstats.ts';
import { parseKstatPoolState } from '../packages/zfs/src/parsers/parseKstatPoolState.ts';
const map: Record<string, (t: string, f: string) => unknown> = {
  'zfs-diff': (t) => parseZfsDiff(t),
  'zfs-send': (t, f) => (f.includes('recv') ? parseZfsReceive(t) : parseZfsSend(t, { strict: !f.includes('6029') })),
  'zpool-iostat': (t) => parseZpoolIostat(t),
  'zpool-events': (t) => parseZpoolEvents(t),
  'zpool-history': (t) => parseZpoolHistory(t),
  kstat: (t, f) => (f.includes('arcstats') ? parseArcstats(t) : f.includes('state') ? parseKstatPoolState(t) : parseKstat(t)),
};
for (const [d, fn] of Object.entries(map)) {
  if (process.argv[2] && !d.includes(process.argv[2])) continue;
  const dir = `/work/shared/zfs-corpus/${d}/`;
  for (const f of readdirSync(dir)) {
    if (f.endsWith('.src.txt')) continue;
    try { console.log('=====', d, f); console.log(JSON.stringify(fn(readFileSync(dir + f, 'utf8'), f)).slice(0, Number(process.argv[3] ?? 1200))); }
    catch (e) { console.log('ERROR', (e as Error).message); }
  }
}
