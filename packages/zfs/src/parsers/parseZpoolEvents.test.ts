import { describe, expect, it } from 'vitest';
import { ZfsParseError } from '../errors.js';
import { parseZpoolEvents } from './parseZpoolEvents.js';

describe('parseZpoolEvents', () => {
  it('default', () => {
    const { events } = parseZpoolEvents(
      'TIME                           CLASS\nJul 28 2017 21:15:05.761004066 sysevent.fs.zfs.history_event\n',
    );
    expect(events).toEqual([
      {
        time: { text: 'Jul 28 2017 21:15:05.761004066', date: new Date('2017-07-28T21:15:05.761Z') },
        class: 'sysevent.fs.zfs.history_event',
      },
    ]);
  });

  it('behavior: -H and -v with arrays of embedded nvlists', () => {
    const { events } = parseZpoolEvents(
      [
        'Mar 25 2015 00:21:12.736548371\tereport.fs.zfs.checksum',
        '        pool = "my pool"',
        '        bad_ranges = 0x0 0x200',
        '        children = (array of embedded nvlists)',
        '        (start children[0])',
        '                guid = 0x1',
        '        (end children[0])',
        '        __proto__ = "inert"',
      ].join('\n'),
    );
    const payload = events[0]?.payload ?? {};
    expect(payload.pool).toBe('my pool');
    expect(payload.bad_ranges).toEqual(['0x0', '0x200']);
    expect(payload.children).toEqual([{ guid: '0x1' }]);
    expect(Object.getPrototypeOf(payload)).toBe(Object.prototype);
    expect(Object.keys(payload)).toContain('__proto__');
  });

  it('error: members before any event', () => {
    expect(() => parseZpoolEvents('        pool = "x"\n')).toThrow(ZfsParseError);
    expect(parseZpoolEvents('        pool = "x"\n', { strict: false }).unrecognized).toEqual([
      { line: 1, text: '        pool = "x"' },
    ]);
  });
});
