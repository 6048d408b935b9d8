const N = 100_000;
const lines: string[] = [];
for (let i = 0; i < N; i++) lines.push(`tank/ds${i}\t${1000 + i}\t${5000000 + i}\t${200 + i}\t/mnt/tank/ds${i}`);
const text = lines.join('\n') + '\n';
const cols = ['name', 'used', 'available', 'referenced', 'mountpoint'];
function ours(t: string) {
  const ls = t.split('\n');
  const out = [];
  const n = cols.length;
  for (let i = 0; i < ls.length; i++) {
    const l = ls[i] as string;
    if (l === '') continue;
    const f = l.split('\t');
    if (f.length !== n) throw new Error('x');
    const p: Record<string, string> = {};
    for (let c = 0; c < n; c++) p[cols[c] as string] = f[c] as string;
    out.push({ name: f[0] as string, properties: p });
  }
  return out;
}
function base(t: string) {
  return t.split('\n').map((l) => l.split('\t'));
}
function time(fn: () => unknown, n = 20) {
  for (let i = 0; i < 5; i++) fn();
  const t = performance.now();
  for (let i = 0; i < n; i++) fn();
  return (performance.now() - t) / n;
}
const b = time(() => base(text));
const a = time(() => ours(text));
console.log('base', b.toFixed(2), 'ours', a.toFixed(2), 'speed ratio', (b / a).toFixed(2));
