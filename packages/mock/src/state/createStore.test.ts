import { expect, test } from 'vitest';
import { createStore } from './createStore.js';

test('behavior: getOrInit re-creates state after reset', () => {
  const store = createStore();
  store.getOrInit('n', () => [1]).push(2);
  expect(store.get('n')).toEqual([1, 2]);
  store.set('x', 1);
  expect(store.keys()).toEqual(['n', 'x']);
  expect(store.delete('x')).toBe(true);
  store.reset();
  expect(store.has('n')).toBe(false);
  expect(store.getOrInit('n', () => [1])).toEqual([1]);
});
