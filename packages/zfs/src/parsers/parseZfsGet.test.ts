import { describe, expect, it } from 'vitest';
import { ZfsParseError } from '../errors.js';
import { parseZfsGet } from './parseZfsGet.js';

describe('parseZfsGet', () => {
  it('default', () => {
    const { properties } = parseZfsGet(
      'tank/a\tcompression\tlz4\tlocal\ntank/b\tcompression\tlz4\tinherited from tank/a\n',
    );
    expect(properties).toEqual([
      { name: 'tank/a', property: 'compression', value: 'lz4', source: 'local', sourceType: 'local' },
      {
        name: 'tank/b',
        property: 'compression',
        value: 'lz4',
        source: 'inherited from tank/a',
        sourceType: 'inherited',
        inheritedFrom: 'tank/a',
      },
    ]);
  });

  it('behavior: -o name,value and received', () => {
    expect(parseZfsGet('tank\t1.30x\n', { columns: ['name', 'value'] }).properties).toEqual([
      { name: 'tank', value: '1.30x' },
    ]);
    expect(parseZfsGet('tank\tx\ty\n', { columns: ['name', 'value', 'received'] }).properties[0]?.received).toBe('y');
  });

  it('behavior: aligned output with spaces in values and a - source', () => {
    const { properties } = parseZfsGet(
      'NAME  PROPERTY  VALUE                  SOURCE\ntank  creation  Sun Nov 22  1:57 2026  -\n',
    );
    expect(properties[0]).toMatchObject({ value: 'Sun Nov 22  1:57 2026', source: '-', sourceType: 'none' });
  });

  it('behavior: zfs get -j sources', () => {
    const { properties } = parseZfsGet(
      '{"datasets":{"a":{"name":"a","properties":{"mountpoint":{"value":"/a","source":{"type":"INHERITED","data":"pool"}}}}}}',
    );
    expect(properties[0]).toMatchObject({ source: 'inherited from pool', inheritedFrom: 'pool' });
  });

  it('error: unknown column, wrong width', () => {
    expect(() => parseZfsGet('a\tb\n', { columns: ['name', 'bogus'] })).toThrow(ZfsParseError);
    expect(() => parseZfsGet('a\tb\n')).toThrow(expect.objectContaining({ line: 1 }));
  });
});
