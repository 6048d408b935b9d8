import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../../errors.js';
import { zpoolImportCommand } from './zpoolImportCommand.js';

describe('zpoolImportCommand', () => {
  test('default: by name', () => {
    expect(zpoolImportCommand({ pool: 'tank' }).argv).toEqual(['zpool', 'import', 'tank']);
  });

  test('behavior: by guid with a new name and every option', () => {
    const command = zpoolImportCommand({
      pool: '15022455939839366357',
      newName: 'tank2',
      directories: ['/tmp/vdevs'],
      force: true,
      destroyed: true,
      noMount: true,
      altroot: '/mnt',
      properties: { readonly: 'on' },
    });
    expect(command.argv).toEqual(
      'zpool import -f -D -N -d /tmp/vdevs -R /mnt -o readonly=on 15022455939839366357 tank2'.split(' '),
    );
    expect(zpoolImportCommand({ all: true }).argv).toEqual(['zpool', 'import', '-a']);
  });

  test('error', () => {
    expect(() => zpoolImportCommand({})).toThrow(ZfsUsageError);
    expect(() => zpoolImportCommand({ all: true, newName: 'x' })).toThrow(ZfsUsageError);
    expect(() => zpoolImportCommand({ pool: '-f' })).toThrow(ZfsUsageError);
  });
});
