import { readdirSync, readFileSync } from 'node:fs';
import type { ZpoolVdev } from '../packages/zfs/src/model/zpoolStatusParts.ts';
import { parseZpoolStatus } from '../packages/zfs/src/parsers/parseZpoolStatus.ts';

const dir = process.argv[4] ?? '/work/shared/zfs-corpus/zpool-status/';
const only = process.argv[2];
const n = (x?: { text: string; value: number; exact: boolean }) => (x ? `${x.text}${x.exact ? '' : '~'}` : '.');
function tree(v: ZpoolVdev, d: number, out: string[]) {
  out.push(
    `${'  '.repeat(d)}${v.name} [${v.type}] ${v.state ?? '?'} ${n(v.read)} ${n(v.write)} ${n(v.cksum)}${v.extraCounts ? ' ' + JSON.stringify(v.extraCounts) : ''}${v.note ? ` «${v.note}»` : ''}${v.was ? ' was=' + v.was : ''}${v.resilvering ? ' RESILVERING' : ''}${v.trim ? ' trim=' + v.trim : ''}`,
  );
  for (const c of v.children) tree(c, d + 1, out);
}
for (const f of readdirSync(dir)) {
  if (f.endsWith('.src.txt')) continue;
  if (only && !f.includes(only)) continue;
  const r = parseZpoolStatus(readFileSync(dir + f, 'utf8'));
  console.log('=====', f, r.message ?? '');
  for (const p of r.pools) {
    const { root, logs, cache, spares, special, dedup, notes, scan, errors, ...rest } = p;
    console.log(JSON.stringify(rest, (k, v) => (k === 'text' ? undefined : v)));
    if (scan) {
      const { text, ...s } = scan;
      console.log(
        ' SCAN',
        JSON.stringify(s, (k, v) => (v && typeof v === 'object' && 'exact' in v ? `${v.text}=${v.value}` : v)),
      );
    }
    const out: string[] = [];
    if (root) tree(root, 1, out);
    for (const [g, l] of Object.entries({ logs, cache, spares, special, dedup }))
      if (l.length) {
        out.push(`  <${g}>`);
        for (const v of l) tree(v, 2, out);
      }
    console.log(out.join('\n'));
    if (errors) console.log(' ERRORS', JSON.stringify(errors));
    if (notes.length) console.log(' NOTES', JSON.stringify(notes));
  }
}
