import { describe, expect, test } from 'vitest';
import { filterList } from './filterList.js';
import { QueryEvaluationError } from './queryEvaluationError.js';

const row = {
  name: 'tank/Media',
  pool: 'tank',
  size: 10,
  ratio: 1.5,
  enabled: true,
  quota: null,
  tags: ['a', 'B'],
  props: { compression: 'LZ4', 'user.note': 'x' },
  'a.b': 'dotted',
  disks: [{ name: 'sda', size: 1 }, { name: 'sdb' }],
  groups: [{ members: ['root', 'Wheel'] }, { members: [] }],
  created: new Date(Date.UTC(2023, 11, 18, 16, 15, 35)),
  epoch: { $date: Date.UTC(2023, 11, 18) },
};

type Filter = readonly [string, string, unknown];

function evaluate(filter: Filter): boolean | string {
  try {
    return filterList([row], [filter as [string, '=', unknown]]).length === 1;
  } catch (err) {
    if (err instanceof QueryEvaluationError) return `${err.exception}: ${err.reason}`;
    throw err;
  }
}

const cases: [Filter, boolean | string][] = [
  // = and != (Python ==)
  [['name', '=', 'tank/Media'], true],
  [['name', '=', 'tank/media'], false],
  [['size', '=', 10], true],
  [['size', '=', 10.0], true],
  [['enabled', '=', 1], true],
  [['size', '=', '10'], false],
  [['quota', '=', null], true],
  [['tags', '=', ['a', 'B']], true],
  [['props', '=', { compression: 'LZ4', 'user.note': 'x' }], true],
  [['name', '!=', 'tank'], true],
  [['quota', '!=', null], false],
  [['missing', '!=', 'x'], false],
  // ordering
  [['size', '>', 9], true],
  [['size', '>=', 10], true],
  [['size', '<', 10], false],
  [['size', '<=', 10.5], true],
  [['enabled', '>', 0], true],
  [['name', '>', 'tank'], true],
  [['tags', '<', ['a', 'C']], true],
  [['quota', '>', 1], "TypeError: '>' not supported between instances of 'NoneType' and 'int'"],
  [['size', '<', null], "TypeError: '<' not supported between instances of 'int' and 'NoneType'"],
  [['name', '>=', 1], "TypeError: '>=' not supported between instances of 'str' and 'int'"],
  [['props', '<=', {}], "TypeError: '<=' not supported between instances of 'dict' and 'dict'"],
  // ~ (re.match, anchored at the start only)
  [['name', '~', 'tank'], true],
  [['name', '~', 'Media'], false],
  [['name', '~', '.*Media$'], true],
  [['name', '~', '(?i)TANK/m'], true],
  [['quota', '~', ''], true],
  [['quota', '~', 'x'], false],
  [['size', '~', '1'], "TypeError: expected string or bytes-like object, got 'int'"],
  [['name', '~', '['], 're.error: unterminated character set at position 0'],
  // in / nin
  [['pool', 'in', ['tank', 'boot']], true],
  [['size', 'in', [1, 10]], true],
  [['enabled', 'in', [1]], true],
  [['pool', 'in', 'my tank'], true],
  [['quota', 'in', [null]], true],
  [['size', 'in', 'abc'], "TypeError: 'in <string>' requires string as left operand, not int"],
  [['pool', 'in', 5], "TypeError: argument of type 'int' is not iterable"],
  [['pool', 'in', { tank: 1 }], true],
  [['tags', 'in', { tank: 1 }], "TypeError: unhashable type: 'list'"],
  [['pool', 'nin', ['boot']], true],
  [['pool', 'nin', ['tank']], false],
  [['quota', 'nin', ['x']], false],
  // rin / rnin
  [['tags', 'rin', 'a'], true],
  [['tags', 'rin', 'b'], false],
  [['name', 'rin', 'Med'], true],
  [['name', 'rin', 1], "TypeError: 'in <string>' requires string as left operand, not int"],
  [['quota', 'rin', 'x'], false],
  [['size', 'rin', 1], "TypeError: argument of type 'int' is not iterable"],
  [['props', 'rin', 'compression'], true],
  [['tags', 'rnin', 'z'], true],
  [['quota', 'rnin', 'x'], false],
  // ^ !^ $ !$
  [['name', '^', 'tank/'], true],
  [['name', '!^', 'tank/'], false],
  [['name', '$', 'Media'], true],
  [['name', '!$', 'Media'], false],
  [['quota', '^', 'x'], false],
  [['quota', '!^', 'x'], false],
  [['quota', '$', 'x'], false],
  [['quota', '!$', 'x'], false],
  [['size', '^', '1'], "AttributeError: 'int' object has no attribute 'startswith'"],
  [['name', '$', 1], 'TypeError: endswith first arg must be str or a tuple of str, not int'],
  // C prefix: casefold both sides
  [['name', 'C=', 'TANK/MEDIA'], true],
  [['name', 'C!=', 'TANK/MEDIA'], false],
  [['name', 'C>', 'TANK/A'], true],
  [['name', 'C>=', 'TANK/MEDIA'], true],
  [['name', 'C<', 'TANK/N'], true],
  [['name', 'C<=', 'tank/media'], true],
  [['pool', 'Cin', ['TANK']], true],
  [['pool', 'Cnin', ['TANK']], false],
  [['tags', 'Crin', 'b'], true],
  [['tags', 'Crnin', 'b'], false],
  [['name', 'C^', 'TANK'], true],
  [['name', 'C!^', 'TANK'], false],
  [['name', 'C$', 'media'], true],
  [['name', 'C!$', 'media'], false],
  [['quota', 'C=', null], true],
  [['pool', 'C=', 'TANK'], true],
  [['size', 'C=', 10], "ValueError: <class 'int'>: support for casefolding object type not implemented."],
  [['name', 'C=', 1], "ValueError: <class 'int'>: support for casefolding object type not implemented."],
  [['disks', 'C=', []], "AttributeError: 'dict' object has no attribute 'casefold'"],
  [['missing', 'C=', 1], false],
  // paths
  [['props.compression', '=', 'LZ4'], true],
  [['props.user\\.note', '=', 'x'], true],
  [['a\\.b', '=', 'dotted'], true],
  [['a.b', '=', 'dotted'], false],
  [['disks.0.name', '=', 'sda'], true],
  [['disks.1.size', '=', 1], false],
  [['disks.5.name', '=', null], true],
  [['disks.*.name', '=', 'sdb'], true],
  [['disks.*.size', '=', null], false],
  [['groups.*.members.*', 'C=', 'wheel'], true],
  [['tags.*', '=', 'B'], true],
  [['name.anything', '=', 'tank/Media'], true],
  [['disks.name', '=', 'sda'], 'ValueError: name: must be array index or wildcard character'],
  [['missing', '=', null], false],
  [['props.missing', '=', null], false],
  [['constructor', '=', null], false],
  [['__proto__', '=', null], false],
  // .$date
  [['created.$date', '=', '2023-12-18T16:15:35+00:00'], true],
  [['created.$date', '>', '2023-12-18T16:15:34Z'], true],
  [['created.$date', '<', '2023-12-18T00:00:00Z'], false],
  [['created.$date', '!=', '2023-12-18T17:15:35+01:00'], false],
  [['epoch.$date', '>=', '2023-12-18T00:00:00+00:00'], true],
  [
    ['name.$date', '>', '2023-12-18T00:00:00Z'],
    "TypeError: '>' not supported between instances of 'str' and 'datetime.datetime'",
  ],
  [
    ['created.$date', 'C=', '2023-12-18'],
    "ValueError: <class 'datetime.datetime'>: support for casefolding object type not implemented.",
  ],
];

describe('filterList operators', () => {
  test.each(cases)('%j -> %j', (filter, expected) => {
    expect(evaluate(filter)).toBe(expected);
  });

  test('behavior: a missing key is false for every operator, before any error', () => {
    const ops = ['=', '!=', '>', '>=', '<', '<=', '~', 'in', 'nin', 'rin', 'rnin', '^', '!^', '$', '!$'];
    for (const op of [...ops.filter((o) => o !== '~'), ...ops.filter((o) => o !== '~').map((o) => `C${o}`)]) {
      expect(evaluate(['missing', op, 5])).toBe(false);
    }
  });

  test('behavior: an ISO operand without an offset is read as UTC (JS dates carry no naive/aware flag)', () => {
    expect(evaluate(['created.$date', '>', '2023-12-18'])).toBe(true);
    expect(evaluate(['created.$date', '=', '2023-12-18T16:15:35'])).toBe(true);
  });

  test('behavior: errors surface only when a row is evaluated', () => {
    expect(filterList([], [['quota', '>', 1]])).toEqual([]);
    expect(filterList([{ other: 1 }], [['quota', '>', 1]])).toEqual([]);
  });

  test('behavior: with a .$date filter present, list operands fail as unhashable (server quirk)', () => {
    expect(() =>
      filterList(
        [row],
        [
          ['created.$date', '>', '2023-01-01T00:00:00Z'],
          ['pool', 'in', ['tank']],
        ],
      ),
    ).toThrow("unhashable type: 'list'");
  });

  test('behavior: with a .$date filter present, equal ISO strings elsewhere become datetimes (server quirk)', () => {
    const filters = [
      ['created.$date', '>', '2023-01-01T00:00:00Z'],
      ['label', '=', '2023-01-01T00:00:00Z'],
    ] as const;
    expect(filterList([{ ...row, label: '2023-01-01T00:00:00Z' }], filters as never)).toEqual([]);
  });
});
