import { expect, test } from 'vitest';
import * as schemas from './schemas.js';

test('public surface of @tn/api/schemas: helpers, table, errors and every method schema', () => {
  const names = Object.keys(schemas).sort();
  for (const [name, value] of Object.entries(schemas)) expect(value, name).toBeDefined();
  expect(names.filter((n) => !n.endsWith('Schema'))).toMatchInlineSnapshot(`
    [
      "MethodNotSupportedError",
      "ParamsValidationError",
      "ResultValidationError",
      "SERVER_VERSIONS",
      "compileWhenHot",
      "isMethodName",
      "methodSpec",
      "methodTable",
      "openEnum",
      "otherVariant",
      "parseMethodParams",
      "parseMethodResult",
      "parsedNumber",
      "propertyValue",
      "requireMethodSpec",
      "toServerVersion",
      "zfsProperty",
    ]
  `);
  const exported = new Set<unknown>(Object.values(schemas));
  for (const [method, entry] of Object.entries(schemas.methodTable) as [string, Record<string, unknown>][]) {
    for (const key of ['params', 'result']) expect(exported.has(entry[key]), `${method} ${key}`).toBe(true);
    for (const key of ['paramsByVersion', 'resultByVersion']) {
      for (const schema of Object.values((entry[key] ?? {}) as object)) expect(exported.has(schema), method).toBe(true);
    }
  }
  expect(names).toContain('PoolDatasetQueryResultSchema');
  expect(names).toContain('SharingSmbCreateParams2504Schema');
  expect(names).toContain('PoolDatasetEntrySchema');
  expect(names).toContain('DateTimeSchema');
  expect(names).toContain('ZfsPropertySourceSchema');
});
