// Result schemas are loose: unknown keys are kept, fields the server may omit are optional, enums are open, and
// datetimes arrive as `Date` (decoded by @tn/rpc) or as the raw `{"$date": ms}` object.
import { describe, expect, test } from 'vitest';
import {
  AlertListResultSchema,
  CoreGetJobsResultSchema,
  DiskQueryResult2504Schema,
  DiskQueryResultSchema,
  methodSpec,
  NvmetPortSubsysQueryResultSchema,
  PoolDatasetQueryResultSchema,
  PoolQueryResultSchema,
  PoolSnapshotQueryResultSchema,
  SharingSmbQueryResult2504Schema,
  SharingSmbQueryResultSchema,
  SystemInfoResult2504Schema,
  SystemInfoResultSchema,
} from '../schemas.js';

const pool = {
  id: 1,
  name: 'tank',
  guid: '1234',
  status: 'ONLINE',
  path: '/mnt/tank',
  scan: { function: 'SCRUB', state: 'FINISHED' },
  expand: null,
  healthy: true,
  warning: false,
  status_code: null,
  status_detail: null,
  size: 1000,
  allocated: 10,
  free: 990,
  freeing: 0,
  dedup_table_size: 0,
  dedup_table_quota: 'auto',
  fragmentation: '1',
  size_str: '1000',
  allocated_str: '10',
  free_str: '990',
  freeing_str: '0',
  autotrim: { parsed: false, rawvalue: 'off', value: 'off', source: 'DEFAULT' },
  topology: { data: [], log: [], cache: [], spare: [], special: [], dedup: [] },
};

const systemInfo = {
  version: '25.10.0',
  buildtime: new Date(1_700_000_000_000),
  hostname: 'nas',
  physmem: 1,
  model: 'cpu',
  cores: 4,
  physical_cores: 2,
  loadavg: [0, 0, 0],
  uptime: '1 day',
  uptime_seconds: 86_400.5,
  system_serial: null,
  system_product: null,
  system_product_version: null,
  license: null,
  boottime: { $date: 1_700_000_000_000 },
  datetime: new Date(1_700_000_100_000),
  timezone: 'UTC',
  system_manufacturer: null,
  ecc_memory: false,
};

describe('result schemas', () => {
  test('default: query results are rows, one row (get) or a count (count)', () => {
    expect(PoolQueryResultSchema.parse([pool])).toEqual([pool]);
    expect(PoolQueryResultSchema.parse(pool)).toEqual(pool);
    expect(PoolQueryResultSchema.parse(3)).toBe(3);
  });

  test('behavior: unknown keys are kept, at every depth', () => {
    const row = { ...pool, new_field: { a: 1 }, topology: { ...pool.topology, new_vdev_class: [1] } };
    expect(PoolQueryResultSchema.parse([row])).toEqual([row]);
    const share = { id: 1, name: 's', path: '/mnt/s', locked: false, options: { purpose: 'DEFAULT_SHARE', x: 1 } };
    expect(SharingSmbQueryResultSchema.parse([share])).toEqual([share]);
  });

  test('behavior: fields the server may omit are optional (pool.dataset.query entries are partial)', () => {
    expect(PoolDatasetQueryResultSchema.parse([{ id: 'tank' }])).toEqual([{ id: 'tank' }]);
    expect(PoolDatasetQueryResultSchema.parse([{}])).toEqual([{}]);
    expect(PoolQueryResultSchema.parse([{ ...pool, is_upgraded: undefined }])).toHaveLength(1);
  });

  test('behavior: ZFS property objects keep every key; parsed may be anything', () => {
    const used = { parsed: 1536, rawvalue: '1536', value: '1.50K', source: 'NONE', source_info: null, extra: 1 };
    const row = { id: 'tank/a', used, quota: { parsed: null, rawvalue: '0', value: null, source: 'DEFAULT' } };
    expect(PoolDatasetQueryResultSchema.parse([row])).toEqual([row]);
    expect(PoolDatasetQueryResultSchema.safeParse([{ id: 'tank/a', used: { rawvalue: 5 } }]).success).toBe(false);
    expect(PoolDatasetQueryResultSchema.safeParse([{ id: 'tank/a', used: 'x' }]).success).toBe(false);
  });

  test('behavior: enums the server may extend are open in results', () => {
    const disk = {
      identifier: '{serial}1',
      name: 'sda',
      subsystem: 'scsi',
      number: 0,
      serial: '1',
      lunid: null,
      size: 1,
      description: '',
      transfermode: 'Auto',
      hddstandby: 'NEW_VALUE',
      advpowermgmt: 'DISABLED',
      expiretime: null,
      model: null,
      rotationrate: null,
      type: 'SSD',
      zfs_guid: null,
      bus: 'SATA',
      devname: 'sda',
      enclosure: null,
      pool: null,
    };
    expect(DiskQueryResultSchema.parse([disk])).toEqual([disk]);
    const share = { id: 1, name: 's', path: '/mnt/s', locked: null, purpose: 'SOME_NEW_PURPOSE' };
    expect(SharingSmbQueryResultSchema.parse([share])).toEqual([share]);
  });

  test('behavior: discriminated options accept an unknown variant, but not a broken known one', () => {
    const base = { id: 1, name: 's', path: '/mnt/s', locked: false };
    const future = { ...base, options: { purpose: 'FUTURE_SHARE', anything: true } };
    expect(SharingSmbQueryResultSchema.parse([future])).toEqual([future]);
    const broken = { ...base, options: { purpose: 'EXTERNAL_SHARE', remote_path: 'not-a-list' } };
    expect(SharingSmbQueryResultSchema.safeParse([broken]).success).toBe(false);
  });

  test('behavior: datetimes accept Date and {$date: ms}, and come out as Date', () => {
    const info = SystemInfoResultSchema.parse(systemInfo);
    expect(info.buildtime).toEqual(new Date(1_700_000_000_000));
    expect(info.boottime).toEqual(new Date(1_700_000_000_000));
    expect(info.boottime).toBeInstanceOf(Date);
    expect(SystemInfoResultSchema.safeParse({ ...systemInfo, datetime: '2023-11-14' }).success).toBe(false);
    expect(SystemInfoResultSchema.safeParse({ ...systemInfo, datetime: { $date: 'x' } }).success).toBe(false);
    const alert = {
      uuid: 'u',
      source: 's',
      klass: 'k',
      args: null,
      node: 'A',
      key: 'k',
      datetime: { $date: 0 },
      last_occurrence: new Date(5),
      dismissed: false,
      mail: null,
      text: 't',
      id: 'i',
      level: 'WARNING',
      formatted: null,
      one_shot: false,
    };
    const [parsed] = AlertListResultSchema.parse([alert]);
    expect(parsed?.datetime).toEqual(new Date(0));
    expect(parsed?.last_occurrence).toEqual(new Date(5));
    const [job] = CoreGetJobsResultSchema.parse([{ id: 1, time_started: { $date: 10 }, time_finished: null }]) as {
      time_started?: Date | null;
    }[];
    expect(job?.time_started).toEqual(new Date(10));
  });

  test('behavior: 25.04 legacy results typed datetimes as strings; they accept dates too', () => {
    expect(SystemInfoResult2504Schema.parse(systemInfo).boottime).toEqual(new Date(1_700_000_000_000));
    expect(SystemInfoResult2504Schema.parse({ ...systemInfo, boottime: 'legacy' }).boottime).toBe('legacy');
  });

  test('behavior: 25.04 and 25.10 shapes differ (SMART fields left disk.query; SMB shares were redesigned)', () => {
    expect(methodSpec('disk.query', '25.04')).toMatchObject({ supported: true, result: DiskQueryResult2504Schema });
    expect(methodSpec('disk.query', '25.10')).toMatchObject({ supported: true, result: DiskQueryResultSchema });
    expect(DiskQueryResult2504Schema.safeParse([{ identifier: 'x' }]).success).toBe(false);
    // 25.04's SMB result was untyped: anything goes
    expect(SharingSmbQueryResult2504Schema.parse([{ ro: true, guestok: 1 }])).toEqual([{ ro: true, guestok: 1 }]);
    expect(SharingSmbQueryResultSchema.safeParse([{ ro: true }]).success).toBe(false);
  });

  test('behavior: link rows carry nested objects, not ids (nvmet.port_subsys)', () => {
    const row = {
      id: 1,
      port: { id: 2, index: 1, addr_trtype: 'TCP', addr_trsvcid: 4420, addr_traddr: '0.0.0.0', addr_adrfam: 'IPV4' },
      subsys: { id: 3, name: 'sub', subnqn: 'nqn.x', serial: 's', allow_any_host: false, pi_enable: null },
    };
    expect(NvmetPortSubsysQueryResultSchema.parse([row])).toEqual([row]);
    expect(NvmetPortSubsysQueryResultSchema.safeParse([{ ...row, port: 2 }]).success).toBe(false);
  });

  test('behavior: pool.snapshot.query (25.10) retention is a discriminated union with datetimes', () => {
    const snapshot = {
      id: 'tank@a',
      properties: { used: { value: '0B', rawvalue: '0', source: 'NONE', parsed: 0 } },
      pool: 'tank',
      name: 'tank@a',
      type: 'SNAPSHOT',
      snapshot_name: 'a',
      dataset: 'tank',
      createtxg: '1',
      retention: { datetime: { $date: 7 }, source: 'periodic_snapshot_task', periodic_snapshot_task_id: 1 },
    };
    const [parsed] = PoolSnapshotQueryResultSchema.parse([snapshot]) as { retention: { datetime: Date } }[];
    expect(parsed?.retention.datetime).toEqual(new Date(7));
  });
});
