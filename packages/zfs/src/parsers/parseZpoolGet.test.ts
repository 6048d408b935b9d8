import { describe, expect, it } from 'vitest';
import { ZfsParseError } from '../errors.js';
import { parseZpoolGet } from './parseZpoolGet.js';

describe('parseZpoolGet', () => {
  it('default', () => {
    expect(parseZpoolGet('tank\tsize\t123456\t-\n').properties).toEqual([
      { name: 'tank', property: 'size', value: '123456', source: '-', sourceType: 'none' },
    ]);
  });

  it('behavior: aligned output where a value overflows its column', () => {
    const { properties } = parseZpoolGet(
      'NAME   PROPERTY  VALUE       SOURCE\ntpool  guid      14541392493938501160  default\ntpool  size      123M        -\n',
    );
    expect(properties.map((p) => [p.value, p.source])).toEqual([
      ['14541392493938501160', 'default'],
      ['123M', '-'],
    ]);
  });

  it('behavior: zpool get -j', () => {
    const { properties } = parseZpoolGet(
      '{"pools":{"tank":{"name":"tank","properties":{"size":{"value":"111G","source":{"type":"NONE","data":"-"}}}}}}',
    );
    expect(properties[0]).toMatchObject({ name: 'tank', property: 'size', value: '111G', source: '-' });
  });

  it('error: wrong width', () => {
    expect(() => parseZpoolGet('tank\tsize\n')).toThrow(ZfsParseError);
  });
});
