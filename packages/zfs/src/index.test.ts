import { expect, test } from 'vitest';

test('public surface of @tn/zfs', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toMatchSnapshot();
});
