import { assertPropertyName, assertPropertyValue } from '../names/assertProperty.js';

/**
 * A property value as callers may give it: strings pass through, numbers are printed in decimal, booleans become
 * `on`/`off`.
 *
 * @example
 * ```ts
 * import type { ZfsPropertyValue } from '@tn/zfs';
 *
 * const props: Record<string, ZfsPropertyValue> = { compression: 'lz4', atime: false, quota: 10 * 2 ** 30 };
 * ```
 */
export type ZfsPropertyValue = string | number | boolean;

/**
 * Validates one property and renders it as a single `name=value` argv entry.
 *
 * @internal
 */
export function propertyAssignment(name: string, value: ZfsPropertyValue): string {
  assertPropertyName(name);
  const text = typeof value === 'boolean' ? (value ? 'on' : 'off') : String(value);
  assertPropertyValue(name, text);
  return `${name}=${text}`;
}

/**
 * Renders properties as `flag name=value` pairs (`-o compression=lz4 -o atime=off`), validating each.
 *
 * @internal
 */
export function propertyArgs(
  flag: string,
  properties: Readonly<Record<string, ZfsPropertyValue>> | undefined,
): string[] {
  if (properties === undefined) return [];
  return Object.entries(properties).flatMap(([name, value]) => [flag, propertyAssignment(name, value)]);
}

/**
 * Validates property names and joins them for `-o a,b,c` style lists.
 *
 * @internal
 */
export function propertyList(names: readonly string[]): string {
  for (const name of names) assertPropertyName(name);
  return names.join(',');
}
