import { readdirSync, readFileSync } from 'node:fs';
import { parseZpoolStatus } from '/work/main/packages/zfs/src/parsers/parseZpoolStatus.ts';

const dir = '/work/shared/zfs-corpus/zpool-status/';
const only = process.argv[2];
for (const f of readdirSync(dir)) {
  if (f.endsWith('.src.txt') || f.endsWith('.md')) continue;
  if (only && !f.includes(only)) continue;
  try {
    const r = parseZpoolStatus(readFileSync(dir + f, 'utf8'));
    console.log('=====', f);
    console.log(JSON.stringify(r, (k, v) => v, 1).slice(0, Number(process.argv[3] ?? 3000)));
  } catch (e) {
    console.log('=====', f, 'ERROR', (e as Error).message);
  }
}
