import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ZfsUsageError } from '../errors.js';
import { assertZfsName, isValidZfsName, validateZfsName } from './validateZfsName.js';

const ALLOWED = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.: ';
const LETTERS = 'abdefghijklnopqtuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

const allowedChar = fc.constantFrom(...ALLOWED);
const component = fc.string({ unit: allowedChar, minLength: 1, maxLength: 12 }).filter((s) => s !== '.' && s !== '..');
const pool = fc
  .tuple(fc.constantFrom(...LETTERS), fc.string({ unit: allowedChar, maxLength: 10 }))
  .map(([first, rest]) => first + rest)
  .filter((name) => name !== 'log' && !/^(?:mirror|raidz|draid|spare|c[0-9])/.test(name));
const dataset = fc
  .tuple(pool, fc.array(component, { maxLength: 5 }))
  .map(([p, children]) => [p, ...children].join('/'));
const snapshot = fc.tuple(dataset, component).map(([d, s]) => `${d}@${s}`);
const bookmark = fc.tuple(dataset, component).map(([d, s]) => `${d}#${s}`);
const forbidden = fc.constantFrom(
  '\n',
  '\t',
  '\0',
  '*',
  '?',
  '"',
  "'",
  '$',
  '`',
  ';',
  '|',
  '&',
  '<',
  '>',
  '\\',
  '%',
  'é',
  '!',
);

describe('validateZfsName', () => {
  test.each([
    ['tank', 'pool'],
    ['tank', 'dataset'],
    ['tank/home/alice', 'dataset'],
    ['tank/my data:v1.0_x-y', 'dataset'],
    ['tank/home@2024-06-01', 'snapshot'],
    ['tank/home#mark', 'bookmark'],
    ['Tank9', 'pool'],
    ['logs', 'pool'],
  ] as const)('default: %s is a valid %s', (name, kind) => {
    expect(validateZfsName(name, kind)).toBeUndefined();
  });

  test.each([
    ['', 'dataset', 'empty name'],
    ['-R', 'dataset', 'a leading "-" would be read as an option'],
    ['tank//x', 'dataset', 'empty dataset name component'],
    ['tank/', 'dataset', 'trailing slash'],
    ['/tank', 'dataset', 'leading slash'],
    ['tank/..', 'dataset', 'dataset name component cannot be ".."'],
    ['tank/./x', 'dataset', 'dataset name component cannot be "."'],
    ['tank/a*b', 'dataset', 'invalid character "*" in dataset name component'],
    ['tank/a\nb', 'dataset', 'invalid character "\\n" in dataset name component'],
    ['1tank', 'pool', 'pool name must begin with a letter'],
    ['mirror', 'pool', 'pool name is reserved'],
    ['raidz2', 'pool', 'pool name is reserved'],
    ['draid', 'pool', 'pool name is reserved'],
    ['spare', 'pool', 'pool name is reserved'],
    ['log', 'pool', 'pool name is reserved'],
    ['c0t0d0', 'pool', 'pool name looks like a disk (c[0-9]...)'],
    ['tank/x', 'pool', 'a pool name cannot contain "/"'],
    ['tank@a@b', 'snapshot', 'a snapshot name needs exactly one "@"'],
    ['tank@', 'snapshot', 'empty snapshot name'],
    ['tank@a/b', 'snapshot', '"/" after "@"'],
    ['tank@a#b', 'snapshot', 'a snapshot name cannot contain "#"'],
    ['tank#', 'bookmark', 'empty bookmark name'],
    ['tank/home', 'snapshot', 'expected a snapshot name, got a dataset name'],
    ['tank@s', 'dataset', 'expected a dataset name, got a snapshot name'],
    [`tank/${'a'.repeat(260)}`, 'dataset', 'longer than 255 bytes'],
  ] as const)('error: %j as %s -> %s', (name, kind, problem) => {
    expect(validateZfsName(name, kind)).toBe(problem);
  });

  test('property: generated valid names are accepted', () => {
    fc.assert(fc.property(pool, (name) => isValidZfsName(name, 'pool')));
    fc.assert(fc.property(dataset, (name) => isValidZfsName(name, 'dataset') || name.length > 255));
    fc.assert(fc.property(snapshot, (name) => isValidZfsName(name, 'snapshot') || name.length > 255));
    fc.assert(fc.property(bookmark, (name) => isValidZfsName(name, 'bookmark') || name.length > 255));
  });

  test('property: a forbidden character anywhere is rejected', () => {
    fc.assert(
      fc.property(dataset, forbidden, fc.nat(), (name, bad, at) => {
        const index = at % (name.length + 1);
        const broken = name.slice(0, index) + bad + name.slice(index);
        return !isValidZfsName(broken, ['pool', 'dataset', 'snapshot', 'bookmark']);
      }),
    );
  });

  test('property: a leading "-" is always rejected', () => {
    fc.assert(fc.property(fc.string(), (rest) => !isValidZfsName(`-${rest}`, ['dataset', 'snapshot', 'bookmark'])));
  });

  test('property: assertZfsName throws nothing but ZfsUsageError', () => {
    const kinds = fc.subarray(['pool', 'dataset', 'snapshot', 'bookmark'] as const, { minLength: 1 });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), dataset, snapshot), kinds, (name, k) => {
        try {
          assertZfsName(name, k);
          return validateZfsName(name, k) === undefined;
        } catch (error) {
          return error instanceof ZfsUsageError;
        }
      }),
    );
  });
});

describe('assertZfsName', () => {
  test('error: message names the problem and says nothing ran', () => {
    const error = (() => {
      try {
        assertZfsName('tank//x', 'dataset');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ZfsUsageError);
    expect((error as ZfsUsageError).shortMessage).toBe('invalid name "tank//x": empty dataset name component');
    expect((error as ZfsUsageError).metaMessages).toEqual(['No command was run.']);
  });

  test('behavior: non-string input is rejected, not crashed on', () => {
    expect(() => assertZfsName(42 as unknown as string, 'dataset')).toThrow(ZfsUsageError);
  });
});
