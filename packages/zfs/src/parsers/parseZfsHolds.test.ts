import { describe, expect, it } from 'vitest';
import { ZfsParseError } from '../errors.js';
import { parseZfsHolds } from './parseZfsHolds.js';

describe('parseZfsHolds', () => {
  it('default', () => {
    const { holds } = parseZfsHolds('tank/fs@a\tkeep\tSun Nov 22  1:57 2026\ntank/fs@b\tbackup\t1795312627\n');
    expect(holds[0]).toEqual({
      snapshot: 'tank/fs@a',
      tag: 'keep',
      timestamp: { text: 'Sun Nov 22  1:57 2026', date: new Date('2026-11-22T01:57:00Z') },
    });
    expect(holds[1]?.timestamp?.date?.getTime()).toBe(1795312627000);
  });

  it('behavior: aligned output with a tag containing a space', () => {
    const { holds } = parseZfsHolds('NAME       TAG       TIMESTAMP\ntank/fs@a  my tag    Sun Nov 22  1:57 2026\n');
    expect(holds[0]).toMatchObject({
      snapshot: 'tank/fs@a',
      tag: 'my tag',
      timestamp: { text: 'Sun Nov 22  1:57 2026' },
    });
    expect(parseZfsHolds('').holds).toEqual([]);
  });

  it('error: wrong width', () => {
    expect(() => parseZfsHolds('tank/fs@a\tkeep\n')).toThrow(ZfsParseError);
  });
});
