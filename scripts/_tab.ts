import { readdirSync, readFileSync } from 'node:fs';
import { parseZfsGet } from '../packages/zfs/src/parsers/parseZfsGet.ts';
import { parseZfsList } from '../packages/zfs/src/parsers/parseZfsList.ts';
import { parseZpoolGet } from '../packages/zfs/src/parsers/parseZpoolGet.ts';
import { parseZpoolList } from '../packages/zfs/src/parsers/parseZpoolList.ts';

const cols: Record<string, string[]> = {
  'zfsfuse-022-zfs-list-H-o-creation.txt': [
    'name',
    'used',
    'available',
    'referenced',
    'mountpoint',
    'type',
    'creation',
    'compressratio',
  ],
  'zfsfuse-041-zfs-get-H-user-prop.txt': ['name', 'property', 'value', 'source'],
  'zfsfuse-137-zfs-get-r-H-o-name-value.txt': ['name', 'value'],
  'zfsfuse-008-list-H-o-guid.txt': ['name', 'size', 'allocated', 'free', 'capacity', 'health', 'guid'],
  'zfsfuse-133-list-H-o-dedup.txt': [
    'name',
    'size',
    'allocated',
    'free',
    'capacity',
    'dedupratio',
    'health',
    'altroot',
  ],
};
const map: Record<string, (t: string, o: { columns?: string[] }) => unknown> = {
  'zfs-list': parseZfsList,
  'zfs-get': parseZfsGet,
  'zpool-list': parseZpoolList,
  'zpool-get': parseZpoolGet,
};
for (const [d, fn] of Object.entries(map)) {
  const dir = `/work/shared/zfs-corpus/${d}/`;
  for (const f of readdirSync(dir)) {
    if (f.endsWith('.src.txt')) continue;
    if (process.argv[2] && !f.includes(process.argv[2])) continue;
    try {
      console.log('=====', d, f);
      console.log(JSON.stringify(fn(readFileSync(dir + f, 'utf8'), { columns: cols[f] })).slice(0, 1500));
    } catch (e) {
      console.log('ERROR', (e as Error).message);
    }
  }
}
