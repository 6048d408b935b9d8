import { QueryEvaluationError } from './queryEvaluationError.js';

type Token = { code: number } | { source: string };

type Flags = { s: boolean; m: boolean; x: boolean; a: boolean; i: boolean };

const WORD = '\\p{L}\\p{N}_';
const SPACE = '\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const ASCII_SPACE = ' \\t\\n\\r\\f\\v';
const SYNTAX = new Set('^$\\.*+?()[]{}|/');
const SIMPLE_ESCAPES: Record<string, number> = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 };
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

function fail(message: string, position: number): never {
  throw new QueryEvaluationError('re.error', `${message} at position ${position}`);
}

function unsupported(what: string, position: number): never {
  throw new QueryEvaluationError('re.error', `${what} at position ${position} is not supported by this emulation`);
}

function hex(code: number): string {
  return `\\u{${code.toString(16)}}`;
}

function literal(code: number, inClass: boolean): string {
  const char = String.fromCodePoint(code);
  if (/[\p{L}\p{N}_ ]/u.test(char)) return char;
  if (inClass) return hex(code);
  return SYNTAX.has(char) ? `\\${char}` : hex(code);
}

/** Class-insertable sets for \d \D \w \W \s \S under the current flags. */
function classEscape(letter: string, flags: Flags): string | undefined {
  const ascii = flags.a;
  switch (letter) {
    case 'd':
      return ascii ? '[0-9]' : '\\p{Nd}';
    case 'D':
      return ascii ? '[^0-9]' : '\\P{Nd}';
    case 'w':
      return ascii ? '[A-Za-z0-9_]' : `[${WORD}]`;
    case 'W':
      return ascii ? '[^A-Za-z0-9_]' : `[^${WORD}]`;
    case 's':
      return ascii ? `[${ASCII_SPACE}]` : `[${SPACE}]`;
    case 'S':
      return ascii ? `[^${ASCII_SPACE}]` : `[^${SPACE}]`;
    default:
      return undefined;
  }
}

function wordClass(flags: Flags): string {
  return flags.a ? '[A-Za-z0-9_]' : `[${WORD}]`;
}

class Translator {
  private pos = 0;
  private readonly stack: Flags[] = [];

  constructor(
    private readonly src: string,
    private flags: Flags,
  ) {}

  private peek(offset = 0): string {
    return this.src[this.pos + offset] ?? '';
  }

  run(start: number): string {
    this.pos = start;
    let out = '';
    while (this.pos < this.src.length) out += this.atom();
    if (this.stack.length > 0) fail('missing ), unterminated subpattern', start);
    return out;
  }

  private atom(): string {
    const at = this.pos;
    const code = this.src.codePointAt(at) ?? 0;
    const char = String.fromCodePoint(code);
    this.pos += char.length;
    if (this.flags.x) {
      if (/\s/.test(char)) return '';
      if (char === '#') {
        while (this.pos < this.src.length && this.src[this.pos] !== '\n') this.pos++;
        return '';
      }
    }
    switch (char) {
      case '\\': {
        const token = this.escape(false);
        return 'code' in token ? literal(token.code, false) : token.source;
      }
      case '[':
        return this.charClass();
      case '(':
        return this.group(at);
      case ')':
        if (this.stack.length === 0) fail('unbalanced parenthesis', at);
        this.flags = this.stack.pop() as Flags;
        return ')';
      case '.':
        return this.flags.s ? '[\\s\\S]' : '[^\\n]';
      case '^':
        return this.flags.m ? '(?<![^\\n])' : '(?<![\\s\\S])';
      case '$':
        return this.flags.m ? '(?=\\n|(?![\\s\\S]))' : '(?=\\n?(?![\\s\\S]))';
      case '*':
      case '+':
      case '?':
        return char + this.afterQuantifier();
      case '{':
        return this.brace();
      case '|':
        return '|';
      default:
        return literal(code, false);
    }
  }

  private afterQuantifier(): string {
    if (this.peek() === '?') {
      this.pos++;
      return '?';
    }
    if (this.peek() === '+') unsupported('possessive quantifier', this.pos);
    return '';
  }

  private brace(): string {
    const m = /^\{(\d*)(,(\d*))?\}/.exec(this.src.slice(this.pos - 1));
    if (!m || (m[1] === '' && m[2] === undefined)) return '\\{';
    const [whole, lo = '', comma, hi = ''] = m;
    if (lo !== '' && hi !== '' && Number(hi) < Number(lo)) fail('min repeat greater than max repeat', this.pos);
    this.pos += whole.length - 1;
    const body = comma === undefined ? lo : `${lo || '0'},${hi}`;
    return `{${body}}${this.afterQuantifier()}`;
  }

  private group(at: number): string {
    this.stack.push({ ...this.flags });
    if (this.peek() !== '?') return '(';
    this.pos++;
    const next = this.peek();
    if (next === ':' || next === '=' || next === '!') {
      this.pos++;
      return `(?${next}`;
    }
    if (next === '<' && (this.peek(1) === '=' || this.peek(1) === '!')) {
      this.pos += 2;
      return `(?<${this.peek(-1)}`;
    }
    if (next === 'P' || next === '<') return this.named(at);
    if (next === '#') {
      const end = this.src.indexOf(')', this.pos);
      if (end < 0) fail('missing ), unterminated comment', at);
      this.pos = end + 1;
      this.flags = this.stack.pop() as Flags;
      return '';
    }
    return this.scopedFlags(at);
  }

  private named(at: number): string {
    if (this.peek() === 'P') this.pos++;
    const kind = this.peek();
    const close = kind === '<' ? '>' : ')';
    const end = this.src.indexOf(close, this.pos);
    if ((kind !== '<' && kind !== '=') || end < 0) fail(`unknown extension ?P${kind}`, at);
    const name = this.src.slice(this.pos + 1, end);
    if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name)) fail(`bad character in group name '${name}'`, at);
    this.pos = end + 1;
    if (kind === '<') return `(?<${name}>`;
    this.flags = this.stack.pop() as Flags;
    return `\\k<${name}>`;
  }

  private scopedFlags(at: number): string {
    const m = /^([aiLmsux]*)(?:-([imsx]*))?:/.exec(this.src.slice(this.pos));
    if (!m) {
      if (/^[aiLmsux]+\)/.test(this.src.slice(this.pos))) fail('global flags not at the start of the expression', at);
      if (this.peek() === '>' || this.peek() === '(') unsupported(`(?${this.peek()}`, at);
      fail(`unknown extension ?${this.peek()}`, at);
    }
    const [whole, on = '', off = ''] = m;
    if (on.includes('L')) fail("bad inline flags: cannot use 'L' flag with a str pattern", at);
    if ((on.includes('i') && !this.flags.i) || (off.includes('i') && this.flags.i)) {
      unsupported('a scoped (?i:...) group', at);
    }
    for (const letter of 'smxa') {
      if (on.includes(letter)) this.flags[letter as keyof Flags] = true;
      if (off.includes(letter)) this.flags[letter as keyof Flags] = false;
    }
    this.pos += whole.length;
    return '(?:';
  }

  private numberEscape(first: string, at: number, inClass: boolean): Token {
    const rest = this.src.slice(this.pos);
    if (inClass || first === '0') {
      if (!/[0-7]/.test(first)) fail(`bad escape \\${first}`, at);
      const more = /^[0-7]{0,2}/.exec(rest)?.[0] ?? '';
      this.pos += more.length;
      return { code: this.octal(first + more, at) };
    }
    const [second = '', third = ''] = rest;
    if (!/[0-9]/.test(second)) return { source: `(?:\\${first})` };
    this.pos++;
    if (/[0-7]/.test(first) && /[0-7]/.test(second) && /[0-7]/.test(third)) {
      this.pos++;
      return { code: this.octal(first + second + third, at) };
    }
    return { source: `(?:\\${first}${second})` };
  }

  private octal(digits: string, at: number): number {
    const value = Number.parseInt(digits, 8);
    if (value > 0o377) fail(`octal escape value \\${digits} outside of range 0-0o377`, at);
    return value;
  }

  private escape(inClass: boolean): Token {
    const at = this.pos - 1;
    const code = this.src.codePointAt(this.pos);
    if (code === undefined) fail('bad escape (end of pattern)', at);
    const char = String.fromCodePoint(code);
    this.pos += char.length;
    const set = classEscape(char, this.flags);
    if (set !== undefined) return { source: set };
    if (char in SIMPLE_ESCAPES) return { code: SIMPLE_ESCAPES[char] as number };
    if (char in HEX_LENGTH) {
      const length = HEX_LENGTH[char] as number;
      const digits = this.src.slice(this.pos, this.pos + length);
      if (!new RegExp(`^[0-9a-fA-F]{${length}}$`).test(digits)) fail(`incomplete escape \\${char}${digits}`, at);
      this.pos += length;
      const value = Number.parseInt(digits, 16);
      if (value > 0x10ffff) fail(`bad escape \\${char}${digits}`, at);
      return { code: value };
    }
    if (/[0-9]/.test(char)) return this.numberEscape(char, at, inClass);
    if (inClass && char === 'b') return { code: 8 };
    if (!inClass) {
      const word = wordClass(this.flags);
      if (char === 'b') return { source: `(?:(?<=${word})(?!${word})|(?<!${word})(?=${word}))` };
      if (char === 'B') return { source: `(?:(?<=${word})(?=${word})|(?<!${word})(?!${word}))` };
      if (char === 'A') return { source: '(?<![\\s\\S])' };
      if (char === 'Z') return { source: '(?![\\s\\S])' };
    }
    if (char === 'N') unsupported('\\N{...}', at);
    if (/[A-Za-z0-9]/.test(char)) fail(`bad escape \\${char}`, at);
    return { code };
  }

  /** One class member: a code point, or a set such as `\\p{Nd}` for `\\d`. */
  private classItem(): number | string {
    const code = this.src.codePointAt(this.pos) ?? 0;
    this.pos += code > 0xffff ? 2 : 1;
    if (code !== 0x5c) return code;
    const token = this.escape(true);
    return 'code' in token ? token.code : token.source;
  }

  private charClass(): string {
    const start = this.pos - 1;
    let out = '[';
    if (this.peek() === '^') {
      out += '^';
      this.pos++;
    }
    let first = true;
    while (this.peek() !== ']' || first) {
      if (this.pos >= this.src.length) fail('unterminated character set', start);
      first = false;
      const low = this.classItem();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '') {
        this.pos++;
        const high = this.classItem();
        if (typeof low === 'string' || typeof high === 'string') fail('bad character range', start);
        if (high < low) fail('bad character range', start);
        out += `${literal(low, true)}-${literal(high, true)}`;
      } else {
        out += typeof low === 'string' ? low : literal(low, true);
      }
    }
    this.pos++;
    return `${out}]`;
  }
}

function leadingFlags(pattern: string): { flags: Flags; start: number } {
  const flags: Flags = { s: false, m: false, x: false, a: false, i: false };
  let start = 0;
  for (let m = /^\(\?([aiLmsux]+)\)/.exec(pattern); m; m = /^\(\?([aiLmsux]+)\)/.exec(pattern.slice(start))) {
    const letters = m[1] ?? '';
    if (letters.includes('L')) fail("bad inline flags: cannot use 'L' flag with a str pattern", start);
    if (letters.includes('a') && letters.includes('u'))
      fail("bad inline flags: flags 'a' and 'u' are incompatible", start);
    for (const letter of 'smxai') if (letters.includes(letter)) flags[letter as keyof Flags] = true;
    start += m[0].length;
  }
  return { flags, start };
}

/**
 * Translates a Python `re` pattern (str pattern, Unicode semantics) into a sticky JS `RegExp` that matches where
 * Python's `re.match()` would: anchored at the start only.
 *
 * Handles `\d \w \s \b` (Unicode or `(?a)`), `\A \Z`, Python `$`, `.`, `^`, inline and scoped `s m x a` flags,
 * global `(?i)`, `(?P<name>)`, `(?P=name)`, `(?#...)`, `{,n}`, octal and `\x \u \U` escapes, and literal
 * `{ } ]`. Set `lastIndex = 0` before each `test()`.
 *
 * @param pattern - The Python pattern.
 * @returns A `RegExp` with flags `vy` (plus `i`).
 * @throws {QueryEvaluationError} `re.error` for patterns Python rejects, or that use possessive quantifiers,
 * atomic groups, conditionals, `\N{...}` or scoped `(?i:...)` (which this emulation does not translate).
 * @internal
 * @example
 * ```ts
 * import { compilePythonRegex } from './pythonRegex.js';
 *
 * const re = compilePythonRegex('(?P<pool>\\w+)/');
 * re.lastIndex = 0;
 * re.test('tank/ds'); // true
 * ```
 */
export function compilePythonRegex(pattern: string): RegExp {
  const { flags, start } = leadingFlags(pattern);
  const source = new Translator(pattern, flags).run(start);
  try {
    return new RegExp(source, flags.i ? 'ivy' : 'vy');
  } catch (err) {
    throw new QueryEvaluationError('re.error', err instanceof Error ? err.message : String(err));
  }
}
