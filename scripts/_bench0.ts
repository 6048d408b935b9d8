import { parseZpoolStatus } from '../packages/zfs/src/parsers/parseZpoolStatus.ts';

const groups = 100,
  per = 10;
const namew = 40;
const row = (d: number, name: string, state = 'ONLINE') =>
  `\t${' '.repeat(d)}${name.padEnd(namew - d)}  ${state.padEnd(8)} ${'0'.padStart(5)} ${'0'.padStart(5)} ${'0'.padStart(5)}`;
const lines = [
  '  pool: tank',
  ' state: ONLINE',
  '  scan: scrub repaired 0B in 00:15:42 with 0 errors on Sun Feb 11 04:00:01 2024',
  'config:',
  '',
  `\t${'NAME'.padEnd(namew)}  STATE     READ WRITE CKSUM`,
  row(0, 'tank'),
];
const vdevs: Record<string, unknown> = {};
let guid = 10000000000000000000n;
for (let g = 0; g < groups; g++) {
  lines.push(row(2, `raidz2-${g}`));
  const leaves: Record<string, unknown> = {};
  for (let i = 0; i < per; i++) {
    const name = `wwn-0x5000c500${String(g * per + i).padStart(8, '0')}-part1`;
    lines.push(row(4, name));
    leaves[name] = {
      name,
      vdev_type: 'disk',
      guid: `${guid++}`,
      path: `/dev/disk/by-id/${name}`,
      class: 'normal',
      state: 'ONLINE',
      rep_dev_size: 1999345549312,
      phys_space: 1999833661440,
      read_errors: 0,
      write_errors: 0,
      checksum_errors: 0,
      slow_ios: 0,
    };
  }
  vdevs[`raidz2-${g}`] = {
    name: `raidz2-${g}`,
    vdev_type: 'raidz',
    guid: `${guid++}`,
    class: 'normal',
    state: 'ONLINE',
    alloc_space: 214695936,
    total_space: 15994458210304,
    def_space: 12776823062528,
    rep_dev_size: 15994458210304,
    read_errors: 0,
    write_errors: 0,
    checksum_errors: 0,
    vdevs: leaves,
  };
}
lines.push('', 'errors: No known data errors', '');
const text = lines.join('\n');
const json = JSON.stringify({
  output_version: { command: 'zpool status', vers_major: 0, vers_minor: 1 },
  pools: {
    tank: {
      name: 'tank',
      state: 'ONLINE',
      pool_guid: '1',
      txg: 1,
      scan_stats: {},
      vdevs: { tank: { name: 'tank', vdev_type: 'root', vdevs } },
      error_count: 0,
    },
  },
}).replace(/"guid":"(\d+)"/g, '"guid":$1');
console.log(text.length, json.length);
function time(fn: () => unknown, n = 200) {
  for (let i = 0; i < 50; i++) fn();
  const t = performance.now();
  for (let i = 0; i < n; i++) fn();
  return (performance.now() - t) / n;
}
const a = time(() => parseZpoolStatus(text));
const b = time(() => JSON.parse(json));
console.log('status', a.toFixed(3), 'json', b.toFixed(3), 'ratio', (a / b).toFixed(2));
