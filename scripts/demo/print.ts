import { styleText } from 'node:util';

const color = process.stdout.isTTY && !process.env.NO_COLOR;
type Style = Parameters<typeof styleText>[0];
/** Styles text when stdout is a colour terminal. */
export const paint = (style: Style, text: string) => (color ? styleText(style, text) : text);

/** Prints a section heading. */
export function heading(text: string): void {
  console.log(`\n${paint('bold', `▌ ${text}`)}`);
}

/** Prints rows as an aligned two-or-more column table. */
export function table(rows: (string | number)[][]): void {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length))) ?? [];
  for (const row of rows) console.log(`  ${row.map((c, i) => String(c).padEnd(widths[i] ?? 0)).join('  ')}`);
}

/** Draws a progress bar in place on a TTY, or a line per update elsewhere. */
export function progressBar(label: string): (percent: number, note: string) => void {
  let last = -1;
  return (percent, note) => {
    const p = Math.max(0, Math.min(100, Math.round(percent)));
    if (p === last) return;
    last = p;
    const filled = Math.round(p / 5);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(20 - filled)}`;
    const line = `  ${label} ${bar} ${String(p).padStart(3)}% ${note}`;
    if (process.stdout.isTTY) process.stdout.write(`\r${line}${p === 100 ? '\n' : ''}`);
    else console.log(line);
  };
}

/** Fails the demo with a message (demos check their own results). */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) {
    console.error(paint('red', `✗ demo check failed: ${message}`));
    process.exit(1);
  }
}
