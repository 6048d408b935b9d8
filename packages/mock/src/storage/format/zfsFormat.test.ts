import { describe, expect, test } from 'vitest';
import { formatBlockSize, formatCreation, formatSize, parseZfsSize, zfsNicenum } from './zfsFormat.js';

describe('zfsFormat', () => {
  test('default: format_size (humanfriendly, binary)', () => {
    expect(formatSize(0)).toBe('0 bytes');
    expect(formatSize(1)).toBe('1 byte');
    expect(formatSize(98304)).toBe('96 KiB');
    expect(formatSize(1.5 * 1024 ** 3)).toBe('1.5 GiB');
    expect(formatSize(1024 ** 4)).toBe('1 TiB');
    expect(formatSize(123456789)).toBe('117.74 MiB');
  });

  test('behavior: zfs_nicenum keeps at most 5 characters', () => {
    expect(zfsNicenum(0)).toBe('0B');
    expect(zfsNicenum(512)).toBe('512B');
    expect(zfsNicenum(98304)).toBe('96K');
    expect(zfsNicenum(1.5 * 1024 ** 3)).toBe('1.50G');
    expect(zfsNicenum(123.4 * 1024 ** 3)).toBe('123G');
  });

  test('behavior: block sizes, size parsing and creation text', () => {
    expect(formatBlockSize(131072)).toBe('128K');
    expect(formatBlockSize(1048576)).toBe('1M');
    expect(formatBlockSize(512)).toBe('512');
    expect(parseZfsSize('16K')).toBe(16384);
    expect(parseZfsSize('512B')).toBe(512);
    expect(parseZfsSize('1m')).toBe(1048576);
    expect(parseZfsSize('x')).toBeUndefined();
    expect(formatCreation(new Date(Date.UTC(2024, 0, 2, 9, 5)))).toBe('Tue Jan 02  9:05 2024');
    expect(formatCreation(new Date(Date.UTC(2024, 11, 31, 23, 59)))).toBe('Tue Dec 31 23:59 2024');
  });
});
