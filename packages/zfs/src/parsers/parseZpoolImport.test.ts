import { describe, expect, it } from 'vitest';
import { ZfsParseError } from '../errors.js';
import { parseZpoolImport } from './parseZpoolImport.js';

describe('parseZpoolImport', () => {
  it('default', () => {
    const { pools } = parseZpoolImport(
      [
        '   pool: tank',
        '     id: 12743384782310107047',
        '  state: ONLINE (DESTROYED)',
        ' action: The pool can be imported using its name or numeric identifier.',
        ' config:',
        '',
        '\ttank        ONLINE',
        '\t  mirror-0  ONLINE',
        '\t    sda     ONLINE',
        '\t    sdb     UNAVAIL  cannot open',
      ].join('\n'),
    );
    expect(pools[0]).toMatchObject({
      name: 'tank',
      id: '12743384782310107047',
      state: 'ONLINE',
      stateDetail: 'DESTROYED',
    });
    expect(pools[0]?.root?.children[0]?.children[1]).toMatchObject({ state: 'UNAVAIL', note: 'cannot open' });
    expect(pools[0]?.root?.children[0]?.children[1]?.read).toBeUndefined();
  });

  it('behavior: no pools', () => {
    expect(parseZpoolImport('no pools available to import\n').message).toBe('no pools available to import');
  });

  it('error: unrelated text', () => {
    expect(() => parseZpoolImport('cannot import: no such pool\n')).toThrow(ZfsParseError);
  });
});
