import { describe, expect, it } from 'vitest';
import type { ZpoolStatusPool } from '../../model/zpoolStatus.js';
import { parseVdevRow } from './parseVdevRow.js';
import { VdevTreeBuilder } from './vdevTreeBuilder.js';

const COUNTS = ['read', 'write', 'cksum'];
const emptyPool = (): ZpoolStatusPool => ({
  name: 't',
  logs: [],
  cache: [],
  spares: [],
  special: [],
  dedup: [],
  notes: [],
});

describe('VdevTreeBuilder', () => {
  it('default', () => {
    const pool = emptyPool();
    const builder = new VdevTreeBuilder(pool);
    expect(builder.started).toBe(false);
    for (const line of [
      '\tt  ONLINE',
      '\t  mirror-0  ONLINE',
      '\t    a  ONLINE',
      '\t  b  ONLINE',
      '\tcache',
      '\t  c  ONLINE',
    ]) {
      builder.add(parseVdevRow(line, COUNTS));
    }
    expect(builder.started).toBe(true);
    expect(pool.root?.type).toBe('root');
    expect(pool.root?.children.map((v) => [v.name, v.children.length])).toEqual([
      ['mirror-0', 1],
      ['b', 0],
    ]);
    expect(pool.cache.map((v) => v.name)).toEqual(['c']);
  });

  it('behavior: rows indented no deeper than the pool row stay in the tree', () => {
    const pool = emptyPool();
    const builder = new VdevTreeBuilder(pool);
    for (const line of ['        t  ONLINE', '        x  ONLINE', '        spares', '       s  AVAIL']) {
      builder.add(parseVdevRow(line, COUNTS));
    }
    expect(pool.root?.children.map((v) => v.name)).toEqual(['x']);
    expect(pool.spares.map((v) => v.name)).toEqual(['s']);
  });
});
