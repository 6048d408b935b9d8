/**
 * Creates an empty plain object to be used as a string-keyed record.
 *
 * @internal
 */
export function createRecord<V>(): Record<string, V> {
  return {};
}

/**
 * Sets `record[key] = value` so that a `__proto__` key becomes an ordinary own property instead of changing the
 * object's prototype.
 *
 * @internal
 */
export function setRecordValue<V>(record: Record<string, V>, key: string, value: V): void {
  if (key === '__proto__') {
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    record[key] = value;
  }
}
