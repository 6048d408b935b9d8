import { describe, expect, test } from 'vitest';
import { SERVER_VERSIONS, toServerVersion } from './serverVersion.js';

describe('toServerVersion', () => {
  test('default: finds the release line in version strings', () => {
    expect(SERVER_VERSIONS).toEqual(['25.04', '25.10']);
    expect(toServerVersion('TrueNAS-SCALE-25.04.2.6')).toBe('25.04');
    expect(toServerVersion('25.10.1')).toBe('25.10');
    expect(toServerVersion('25.10')).toBe('25.10');
    expect(toServerVersion('TrueNAS-25.10-MASTER-20250101')).toBe('25.10');
  });

  test('behavior: other lines and garbage give undefined', () => {
    expect(toServerVersion('24.10.2')).toBeUndefined();
    expect(toServerVersion('26.04.0')).toBeUndefined();
    expect(toServerVersion('125.040')).toBeUndefined();
    expect(toServerVersion('')).toBeUndefined();
  });
});
