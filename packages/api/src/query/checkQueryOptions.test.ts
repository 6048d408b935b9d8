import { describe, expect, test } from 'vitest';
import { checkQueryOptions } from './checkQueryOptions.js';

const GET = 'Invalid options combination. `get` implies a single result.';

describe('checkQueryOptions', () => {
  test.each([
    [{}],
    [{ get: true, limit: 1 }],
    [{ get: true, offset: 0 }],
    [{ limit: 10_000 }],
    [{ limit: -5 }],
    [{ select: ['a', ['b', 'c']], order_by: ['-a'] }],
  ])('default: %j is valid', (options) => {
    expect(checkQueryOptions(options)).toBeUndefined();
  });

  test.each([
    [{ get: true, limit: 2 }, GET],
    [{ get: true, offset: 3 }, GET],
    [{ get: true, offset: -1 }, GET],
    [{ limit: 10_001 }, 'Options limit must be between 1 and 10000'],
    [{ get: true, limit: 20_000 }, GET],
    [
      { select: [['a']] },
      "['a']: A select as list may only contain two parameters: the name of the parameter being selected, and the name to which to assign it in resulting data.",
    ],
    [{ select: [['a', 1]] }, "['a', 1]: second item must be a string."],
    [{ select: [[1, 'a']] }, "[1, 'a']: first item must be a string."],
    [
      { select: [5] },
      '5: selectors must be either a parameter name as a string or a list containing two items [<parameter name>, <as name>] to emulate SELECT <parameter name> AS <as name>.',
    ],
    [{ order_by: ['a', 5] }, "['a', 5]: parameter at index 1 [5] is not a string."],
  ])('error: %j', (options, message) => {
    expect(checkQueryOptions(options)).toBe(message);
  });
});
