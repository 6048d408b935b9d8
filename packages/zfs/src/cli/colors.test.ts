import { describe, expect, test } from 'vitest';
import { createPainter, shouldUseColor } from './colors.js';

describe('shouldUseColor', () => {
  test.each([
    [{ flag: undefined, env: {}, isTTY: true }, true],
    [{ flag: undefined, env: {}, isTTY: false }, false],
    [{ flag: undefined, env: { NO_COLOR: '1' }, isTTY: true }, false],
    [{ flag: undefined, env: { NO_COLOR: '' }, isTTY: true }, true],
    [{ flag: undefined, env: { FORCE_COLOR: '1' }, isTTY: false }, true],
    [{ flag: undefined, env: { FORCE_COLOR: '0' }, isTTY: false }, false],
    [{ flag: true, env: { NO_COLOR: '1' }, isTTY: false }, true],
    [{ flag: false, env: { FORCE_COLOR: '1' }, isTTY: true }, false],
  ])('behavior: %j -> %s', (options, expected) => {
    expect(shouldUseColor(options)).toBe(expected);
  });
});

describe('createPainter', () => {
  test('default: escape codes only when enabled', () => {
    expect(createPainter(false)('red', 'x')).toBe('x');
    expect(createPainter(true)('red', 'x')).toBe('\u001b[31mx\u001b[39m');
  });
});
