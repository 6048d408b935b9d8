import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zpoolImportListCommand } from './zpoolImportListCommand.js';

describe('zpoolImportListCommand', () => {
  test('default: parses a zfs-fuse listing', () => {
    const command = zpoolImportListCommand();
    expect(command.argv).toEqual(['zpool', 'import']);
    const text = readFileSync('/work/shared/zfs-corpus/zpool-import/zfsfuse-103-import-listing-online.txt', 'utf8');
    const { pools } = command.parse(text, '');
    expect(pools[0]?.id).toMatch(/^\d+$/);
  });

  test('behavior: directories, destroyed; exit 1 with nothing found is accepted', () => {
    const command = zpoolImportListCommand({ directories: ['/tmp/a', '/tmp/b c'], destroyed: true });
    expect(command.argv).toEqual(['zpool', 'import', '-d', '/tmp/a', '-d', '/tmp/b c', '-D']);
    expect(command.acceptExit?.(1, '')).toBe(true);
    expect(command.acceptExit?.(1, 'no pools available to import\n')).toBe(true);
    expect(command.acceptExit?.(1, 'cannot open /tmp/a: permission denied')).toBe(false);
    expect(command.acceptExit?.(2, '')).toBe(false);
  });

  test('error', () => {
    expect(() => zpoolImportListCommand({ directories: ['-D'] })).toThrow(ZfsUsageError);
  });
});
