import { StringDecoder } from 'node:string_decoder';

/**
 * Splits a byte stream into lines (without `\n` or `\r\n`), decoding UTF-8 across chunk boundaries.
 *
 * @internal
 */
export function createLineSplitter(onLine: (line: string) => void): {
  write(chunk: Buffer | string): void;
  end(): void;
} {
  const decoder = new StringDecoder('utf8');
  let partial = '';
  const emit = (text: string) => {
    const lines = (partial + text).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) onLine(line.endsWith('\r') ? line.slice(0, -1) : line);
  };
  return {
    write: (chunk) => emit(typeof chunk === 'string' ? chunk : decoder.write(chunk)),
    end: () => {
      emit(decoder.end());
      if (partial !== '') {
        const last = partial;
        partial = '';
        onLine(last.endsWith('\r') ? last.slice(0, -1) : last);
      }
    },
  };
}

/**
 * Collects a stream's text up to `limit` characters (the rest is counted but dropped), for error messages.
 *
 * @internal
 */
export function createTextCollector(limit = 1024 * 1024): { write(chunk: Buffer | string): void; text(): string } {
  const decoder = new StringDecoder('utf8');
  let text = '';
  let dropped = 0;
  return {
    write: (chunk) => {
      const part = typeof chunk === 'string' ? chunk : decoder.write(chunk);
      const room = limit - text.length;
      if (room >= part.length) text += part;
      else {
        text += part.slice(0, Math.max(0, room));
        dropped += part.length - Math.max(0, room);
      }
    },
    text: () => (dropped > 0 ? `${text}\n[${dropped} more characters dropped]` : text),
  };
}
