import { describe, expect, it } from 'vitest';
import { parseCheckpointText, parseExpandText, parseRemoveText } from './parseOperationText.js';

describe('parseOperationText', () => {
  it('default', () => {
    expect(
      parseRemoveText([
        'Evacuation of /dev/sdb in progress since Mon Mar  4 10:11:12 2024',
        '    1.21G copied out of 4.56G at 12.3M/s, 26.54% done, 0h4m to go',
      ]),
    ).toMatchObject({ state: 'in-progress', vdev: '/dev/sdb', percentDone: 26.54, timeToGo: '0h4m' });
  });

  it('behavior: slow copies have no estimate', () => {
    const op = parseRemoveText([
      'Evacuation of sdb in progress since Mon Mar  4 10:11:12 2024',
      '1G copied out of 4G at 1K/s, 25.00% done, (copy is slow, no estimated time)',
    ]);
    expect(op.timeToGo).toBeUndefined();
    expect(parseExpandText(['expansion of raidz1-0 canceled on Mon Mar  4 10:11:12 2024']).state).toBe('canceled');
    expect(parseRemoveText(['something else']).state).toBe('unknown');
  });

  it('behavior: checkpoints', () => {
    expect(parseCheckpointText(['discarding, 12M remaining'])).toMatchObject({
      state: 'discarding',
      space: { text: '12M' },
    });
    expect(parseCheckpointText(['weird'])).toEqual({ text: 'weird', state: 'unknown' });
  });
});
