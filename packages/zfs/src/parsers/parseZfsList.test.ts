import { describe, expect, it } from 'vitest';
import { ZfsParseError } from '../errors.js';
import { parseZfsList } from './parseZfsList.js';

describe('parseZfsList', () => {
  it('default', () => {
    const list = parseZfsList('tank\t9007104\t85651456\t139264\t/mnt/tank\ntank/a\t0\t85651456\t8000\tnone\n');
    expect(list.columns).toEqual(['name', 'used', 'available', 'referenced', 'mountpoint']);
    expect(list.datasets[1]).toEqual({
      name: 'tank/a',
      properties: { name: 'tank/a', used: '0', available: '85651456', referenced: '8000', mountpoint: 'none' },
    });
  });

  it('behavior: -o columns, values with spaces, CRLF', () => {
    const list = parseZfsList('tank@s\tSun Nov 22  1:57 2026\r\n', { columns: ['name', 'creation'] });
    expect(list.datasets[0]?.properties.creation).toBe('Sun Nov 22  1:57 2026');
    expect(parseZfsList('123\n', { columns: ['used'] }).datasets[0]).toEqual({ name: '', properties: { used: '123' } });
  });

  it('behavior: column-aligned output with header abbreviations', () => {
    const list = parseZfsList('NAME    USED  AVAIL  REFER  MOUNTPOINT\ntank   9.32M  81.7M   120K  /tank\n');
    expect(list.columns).toEqual(['name', 'used', 'available', 'referenced', 'mountpoint']);
    expect(list.datasets[0]?.properties.available).toBe('81.7M');
  });

  it('behavior: zfs list -j', () => {
    const list = parseZfsList(
      '{"output_version":{},"datasets":{"tank/a":{"name":"tank/a","type":"FILESYSTEM","pool":"tank","createtxg":"12",' +
        '"properties":{"used":{"value":"1K","source":{"type":"NONE","data":"-"}}}}}}',
    );
    expect(list.datasets[0]).toEqual({
      name: 'tank/a',
      properties: { name: 'tank/a', type: 'filesystem', pool: 'tank', createtxg: '12', used: '1K' },
    });
  });

  it('behavior: empty output and a __proto__ column stay inert', () => {
    expect(parseZfsList('').datasets).toEqual([]);
    const list = parseZfsList('tank\tx\n', { columns: ['name', '__proto__'] });
    const properties = list.datasets[0]?.properties as Record<string, unknown>;
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
    expect(Object.keys(properties)).toEqual(['name', '__proto__']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('error: wrong field count names the line', () => {
    expect(() => parseZfsList('tank\t1\t2\t3\t/m\ntank/b\t1\n')).toThrow(expect.objectContaining({ line: 2 }));
    expect(() => parseZfsList('tank\t1\n')).toThrow(ZfsParseError);
    expect(() => parseZfsList('a\tb\tc\td\te\tf\n')).toThrow(expect.objectContaining({ line: 1 }));
    expect(() => parseZfsList('tank\t1\t2\t3\t/m\n \n')).toThrow(expect.objectContaining({ line: 2 }));
    expect(() => parseZfsList('{"datasets": 1}')).toThrow(ZfsParseError);
  });
});
