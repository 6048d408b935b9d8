import { describe, expect, it } from 'vitest';
import { ZfsParseError } from '../errors.js';
import { parseZfsReceive } from './parseZfsReceive.js';

describe('parseZfsReceive', () => {
  it('default', () => {
    const { streams } = parseZfsReceive(
      'receiving incremental stream of a/fs@b into c/fs@b\nfound clone origin c/x@o\nreceived 30.5K stream in 0.01 seconds (3.05M/sec)\n',
    );
    expect(streams[0]).toMatchObject({
      kind: 'incremental',
      source: 'a/fs@b',
      target: 'c/fs@b',
      dryRun: false,
      origin: 'c/x@o',
      seconds: 0.01,
      bytes: { text: '30.5K' },
      rate: { text: '3.05M' },
    });
  });

  it('behavior: -n dry run', () => {
    expect(parseZfsReceive('would receive full stream of a@s into b@s\n').streams[0]?.dryRun).toBe(true);
  });

  it('error: a foreign line', () => {
    expect(() => parseZfsReceive('cannot receive: failed\n')).toThrow(ZfsParseError);
  });
});
