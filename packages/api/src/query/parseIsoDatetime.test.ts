import { describe, expect, test } from 'vitest';
import { parseIsoDatetime } from './parseIsoDatetime.js';

describe('parseIsoDatetime', () => {
  // Accepted and rejected like Python 3.11 `datetime.fromisoformat()`; naive strings are read as UTC.
  test.each([
    ['2023-12-18', '2023-12-18T00:00:00.000Z', false],
    ['20231218', '2023-12-18T00:00:00.000Z', false],
    ['2023-12-18T16', '2023-12-18T16:00:00.000Z', false],
    ['2023-12-18T16:15', '2023-12-18T16:15:00.000Z', false],
    ['2023-12-18T16:15:35.1234567', '2023-12-18T16:15:35.123Z', false],
    ['2023-12-18 16:15:35+00:00', '2023-12-18T16:15:35.000Z', true],
    ['2023-12-18X16:15:35Z', '2023-12-18T16:15:35.000Z', true],
    ['2023-12-18T161535', '2023-12-18T16:15:35.000Z', false],
    ['2023-12-18T16:15:35+0530', '2023-12-18T10:45:35.000Z', true],
    ['2023-12-18T16:15:35-05:30:10', '2023-12-18T21:45:45.000Z', true],
    ['2023-12-18T16:15:35,5', '2023-12-18T16:15:35.500Z', false],
    ['2023-W51-1', '2023-12-18T00:00:00.000Z', false],
    ['2020-W53-7', '2021-01-03T00:00:00.000Z', false],
  ])('default: %s', (text, iso, hasOffset) => {
    const parsed = parseIsoDatetime(text);
    expect(parsed && new Date(parsed.epochMs).toISOString()).toBe(iso);
    expect(parsed?.hasOffset).toBe(hasOffset);
  });

  test.each([
    '2023-12-18T24:00',
    '2023-02-30',
    ' 2023-12-18',
    '2023-12-18T16:15:35.',
    '2023-12-18T16:15:35Z ',
    '2023-12',
    '+2023-12-18',
    '2021-W53-1',
    'yesterday',
  ])('error: %j is rejected', (text) => {
    expect(parseIsoDatetime(text)).toBeUndefined();
  });
});
