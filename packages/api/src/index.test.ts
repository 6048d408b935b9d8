import { expect, test } from 'vitest';

test('exports', async () => {
  expect(Object.keys(await import('./index.js'))).toMatchSnapshot();
});
