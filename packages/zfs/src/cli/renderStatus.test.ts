import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseZpoolStatus } from '../parsers/parseZpoolStatus.js';
import { createPainter } from './colors.js';
import { renderStatus } from './renderStatus.js';

const corpus = (name: string) => readFileSync(`/work/shared/zfs-corpus/zpool-status/${name}`, 'utf8');
const plain = createPainter(false);

describe('renderStatus', () => {
  test('default: tree and health line', () => {
    const text = renderStatus(parseZpoolStatus(corpus('zfsfuse-002-mirror-fresh.txt')), plain);
    expect(text).toMatchSnapshot();
    expect(text).toContain('health: healthy');
  });

  test('behavior: degraded pool with spares, logs and cache lists the reasons', () => {
    const text = renderStatus(parseZpoolStatus(corpus('zfsfuse-086-spare-inuse-spare-2.txt')), plain);
    expect(text).toMatchSnapshot();
    expect(text).toContain('health: degraded');
    expect(text).toMatch(/│ {2}├─ \/var\/lib\/zfs-fuse\/pool\/f5 +OFFLINE/);
  });

  test('behavior: colours mark states and non-zero counts', () => {
    const text = renderStatus(parseZpoolStatus(corpus('zfsfuse-080-cksum-repaired-9P.txt')), createPainter(true));
    expect(text).toContain('\u001b[31m  417\u001b[39m');
    expect(text).toContain('\u001b[32mONLINE');
  });

  test('behavior: a whole-output message', () => {
    expect(renderStatus(parseZpoolStatus(corpus('zfsfuse-004-status-x-all-healthy.txt')), plain)).toBe(
      'all pools are healthy\n',
    );
  });
});
