import { describe, expect, it } from 'vitest';
import { ZfsParseError } from '../errors.js';
import { parseArcstats } from './parseArcstats.js';

const arc = (rows: string) => `6 1 0x01 91 4368 5266997922 97951858082072\nname type data\n${rows}`;

describe('parseArcstats', () => {
  it('default', () => {
    const stats = parseArcstats(
      arc('hits 4 75\nmisses 4 25\nsize 4 1000\nc 4 2000\nc_max 4 4000\nl2_hits 4 0\nl2_misses 4 0\nmfu_size 4 10\n'),
    );
    expect(stats).toMatchObject({ hits: 75, misses: 25, hitRatio: 0.75, size: 1000, targetSize: 2000, maxSize: 4000 });
    expect(stats.l2HitRatio).toBeNull();
    expect(stats.mfuSize).toBe(10);
    expect(stats.values.c_max).toBe(4000);
  });

  it('behavior: no accesses yet gives a null ratio; demand and prefetch ratios', () => {
    const stats = parseArcstats(
      arc(
        'hits 4 0\nmisses 4 0\nsize 4 0\nc 4 0\ndemand_data_hits 4 3\ndemand_metadata_hits 4 1\ndemand_data_misses 4 0\n' +
          'demand_metadata_misses 4 0\nprefetch_data_hits 4 1\nprefetch_metadata_hits 4 0\nprefetch_data_misses 4 1\nprefetch_metadata_misses 4 0\n',
      ),
    );
    expect([stats.hitRatio, stats.demandHitRatio, stats.prefetchHitRatio]).toEqual([null, 1, 0.5]);
  });

  it('error: not arcstats', () => {
    expect(() => parseArcstats(arc('foo 4 1\n'))).toThrow(ZfsParseError);
    expect(() => parseArcstats('12 3 0x00 1 80 1 2\nnread\n1\n')).toThrow(ZfsParseError);
  });
});
