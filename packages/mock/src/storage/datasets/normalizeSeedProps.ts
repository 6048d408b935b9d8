import { MockErrorCode, MockServerError } from '../../mockServerError.js';
import { parseZfsSize } from '../format/zfsFormat.js';
import { PROPERTY_BY_NAME } from './propertyTable.js';

/**
 * Turns seed `properties` (ZFS or row names, raw values; sizes as numbers or `16K`/`1M`) into local ZFS properties.
 * `user:props` (names with a colon) pass through. Throws `MockServerError` for unknown, read-only or bad values.
 * @internal
 */
export function normalizeSeedProps(props: Record<string, string | number>, where: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(props)) {
    if (key.includes(':')) {
      out.set(key, String(value));
      continue;
    }
    const prop = PROPERTY_BY_NAME.get(key);
    if (!prop || prop.computed) {
      throw new MockServerError(MockErrorCode.InvalidConfig, `Invalid property "${key}" on ${where}`);
    }
    if (prop.kind === 'size' || prop.kind === 'nullsize' || prop.kind === 'blocksize') {
      const bytes = value === 'none' ? 0 : parseZfsSize(value);
      if (bytes === undefined) {
        throw new MockServerError(MockErrorCode.InvalidConfig, `Invalid ${key} "${value}" on ${where}`);
      }
      out.set(prop.zfs, String(bytes));
    } else out.set(prop.zfs, String(value).toLowerCase());
  }
  return out;
}
