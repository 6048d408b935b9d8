import { describe, expect, test } from 'vitest';
import type { ZfsFailureKind } from '../errors.js';
import { classifyFailure } from './classifyFailure.js';

const cases: Array<[string, ZfsFailureKind]> = [
  ["cannot destroy 'tank/a': dataset is busy", 'busy'],
  ["cannot export 'tank': pool is busy", 'busy'],
  ["cannot unmount '/tank/a': pool or dataset is busy", 'busy'],
  ["cannot scrub tank: currently scrubbing; use 'zpool scrub -s' to cancel current scrub", 'busy'],
  ["invalid vdev specification\n/dev/sdb is part of active pool 'tank'", 'busy'],
  ["cannot open 'tank/x': dataset does not exist", 'not_found'],
  ["cannot open 'nopool': no such pool", 'not_found'],
  ['cannot offline /dev/sdz: no such device in pool', 'not_found'],
  ["cannot release 'keep' from 'tank/a@s': no such tag on this dataset", 'not_found'],
  ['cannot cancel scrubbing tank: there is no active scrub', 'not_found'],
  ["cannot create 'tank/a': dataset already exists", 'exists'],
  ["cannot hold 'tank/a@s': tag already exists on this dataset", 'exists'],
  ["cannot receive new filesystem stream: destination 'tank/b' exists\nmust specify -F to overwrite it", 'exists'],
  ["cannot create 'tank/a': out of space", 'no_space'],
  ["cannot set property for 'tank/a': size is greater than available space\nno space left on device", 'no_space'],
  ["cannot create 'tank/a': permission denied", 'permission_denied'],
  ['sudo: a password is required', 'permission_denied'],
  [
    "cannot destroy 'tank/a': filesystem has children\nuse '-r' to destroy the following datasets:\ntank/a/b",
    'has_children',
  ],
  [
    "cannot destroy 'tank/a@s': snapshot has dependent clones\nuse '-R' to destroy the following datasets:",
    'has_dependents',
  ],
  ["cannot rollback to 'tank/a@s1': more recent snapshots or bookmarks exist", 'has_dependents'],
  ["invalid option 'p'\nusage:\n\tlist [-H] [-o property[,...]] [pool] ...", 'not_supported'],
  ["cannot set property for 'tank': operation not supported on this type of pool", 'not_supported'],
  ["unrecognized command 'events'", 'not_supported'],
  ["cannot set property for 'tank/a': invalid property 'foo'", 'invalid_argument'],
  ["bad property list: invalid property '-H'\nusage:", 'invalid_argument'],
  ['internal error: something odd', 'unknown'],
  ['', 'unknown'],
];

describe('classifyFailure', () => {
  test.each(cases)('behavior: %j -> %s', (stderr, kind) => {
    expect(classifyFailure(stderr)).toBe(kind);
  });
});
