import { describe, expect, it } from 'vitest';
import { ZfsParseError } from '../errors.js';
import { parseZfsDiff, unescapeZfsPath } from './parseZfsDiff.js';

describe('parseZfsDiff', () => {
  it('default', () => {
    expect(parseZfsDiff('M\t/tank/\n+\t/tank/new\n-\t/tank/old\nR\t/tank/a -> /tank/b\n').entries).toEqual([
      { change: 'modified', code: 'M', path: '/tank/' },
      { change: 'added', code: '+', path: '/tank/new' },
      { change: 'removed', code: '-', path: '/tank/old' },
      { change: 'renamed', code: 'R', path: '/tank/a', newPath: '/tank/b' },
    ]);
  });

  it('behavior: -F file types and -t timestamps', () => {
    const [entry, dir] = parseZfsDiff(
      '1553617478.573584045\tM\tF\t/tank/f\n1553617478.000000000\t+\t/\t/tank/d\n',
    ).entries;
    expect(entry).toMatchObject({ change: 'modified', fileType: 'file', path: '/tank/f' });
    expect(entry?.time?.date?.toISOString()).toBe('2019-03-26T16:24:38.574Z');
    expect(dir).toMatchObject({ fileType: 'directory', path: '/tank/d' });
  });

  it('behavior: octal escapes decode to spaces, backslashes and UTF-8', () => {
    expect(unescapeZfsPath('/tank/a\\0040b')).toBe('/tank/a b');
    expect(unescapeZfsPath('/tank/back\\0134slash')).toBe('/tank/back\\slash');
    expect(unescapeZfsPath('/tank/caf\\0303\\0251')).toBe('/tank/café');
    expect(parseZfsDiff('R\t/t/old\\0040name -> /t/new\\0040name\n').entries[0]).toMatchObject({
      path: '/t/old name',
      newPath: '/t/new name',
    });
  });

  it('behavior: strict: false keeps foreign lines', () => {
    expect(parseZfsDiff('M\t/a\nwarning: x\n', { strict: false }).unrecognized).toEqual([
      { line: 2, text: 'warning: x' },
    ]);
  });

  it('error: a foreign line names its line', () => {
    expect(() => parseZfsDiff('M\t/a\nUnable to obtain diffs\n')).toThrow(ZfsParseError);
    expect(() => parseZfsDiff('M\t/a\nUnable to obtain diffs\n')).toThrow(expect.objectContaining({ line: 2 }));
  });
});
