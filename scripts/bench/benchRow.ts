/** One line of `pnpm bench` output. */
export type BenchRow = { name: string; value: number; unit: string; target?: string; pass?: boolean };

/** Formats rows as an aligned table. */
export function formatRows(rows: BenchRow[]): string {
  const width = Math.max(...rows.map((r) => r.name.length));
  return rows
    .map((r) => {
      const value = Number.isInteger(r.value) ? r.value.toLocaleString('en-US') : r.value.toFixed(r.value < 10 ? 3 : 1);
      const verdict = r.pass === undefined ? '' : r.pass ? '  PASS' : '  FAIL';
      return `${r.name.padEnd(width)}  ${value.padStart(12)} ${r.unit.padEnd(10)}${r.target ? ` target ${r.target}` : ''}${verdict}`;
    })
    .join('\n');
}
