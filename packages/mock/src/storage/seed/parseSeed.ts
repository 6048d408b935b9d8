import { z } from 'zod';
import { MockErrorCode, MockServerError } from '../../mockServerError.js';
import type { StorageSeed } from './storageSeed.js';

const size = z.int().min(0);
const props = z.record(z.string(), z.union([z.string(), z.number()]));
const disk = z.strictObject({
  name: z.string().regex(/^[A-Za-z0-9_.-]+$/),
  size: size.optional(),
  serial: z.string().optional(),
  model: z.string().optional(),
  type: z.enum(['HDD', 'SSD']).optional(),
  rotationrate: z.int().nullable().optional(),
  description: z.string().optional(),
});
const vdev = z.strictObject({
  type: z.enum(['STRIPE', 'MIRROR', 'RAIDZ1', 'RAIDZ2', 'RAIDZ3']),
  disks: z.array(z.string()).min(1),
});
const pool = z.strictObject({
  name: z.string().regex(/^[A-Za-z][A-Za-z0-9_.:-]*$/),
  id: z.int().min(1).optional(),
  disks: z.array(z.union([z.string(), disk])).optional(),
  topology: z
    .strictObject({
      data: z.array(vdev).optional(),
      log: z.array(vdev).optional(),
      cache: z.array(z.string()).optional(),
      spare: z.array(z.string()).optional(),
      special: z.array(vdev).optional(),
      dedup: z.array(vdev).optional(),
    })
    .optional(),
  used: size.optional(),
  properties: props.optional(),
  scrubbed: z.boolean().optional(),
  upgraded: z.boolean().optional(),
});
const dataset = z.strictObject({
  name: z.string().includes('/'),
  type: z.enum(['FILESYSTEM', 'VOLUME']).optional(),
  volsize: size.optional(),
  volblocksize: z.string().optional(),
  sparse: z.boolean().optional(),
  used: size.optional(),
  comments: z.string().optional(),
  properties: props.optional(),
  origin: z.string().includes('@').optional(),
});
const snapshot = z.strictObject({
  name: z.string().includes('@'),
  holds: z.array(z.string()).optional(),
  used: size.optional(),
});
const alert = z.strictObject({
  klass: z.string().min(1),
  args: z.unknown().optional(),
  level: z.enum(['INFO', 'NOTICE', 'WARNING', 'ERROR', 'CRITICAL', 'ALERT', 'EMERGENCY']).optional(),
  text: z.string().optional(),
  source: z.string().optional(),
  dismissed: z.boolean().optional(),
  oneShot: z.boolean().optional(),
});
const seedSchema = z.strictObject({
  disks: z.array(disk).optional(),
  pools: z.array(pool).optional(),
  datasets: z.array(dataset).optional(),
  snapshots: z.array(snapshot).optional(),
  alerts: z.array(alert).optional(),
});

/**
 * Validates a storage seed (a JSON fixture may come from anywhere); throws `MockServerError` (`MOCK_INVALID_CONFIG`)
 * naming every bad field.
 * @internal
 */
export function parseSeed(input: unknown): StorageSeed {
  const parsed = seedSchema.safeParse(input);
  if (parsed.success) return parsed.data as StorageSeed;
  const lines = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new MockServerError(MockErrorCode.InvalidConfig, `Invalid storage seed: ${lines.join('; ')}`);
}
