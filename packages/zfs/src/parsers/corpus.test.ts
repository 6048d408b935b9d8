import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ZfsParseError } from '../errors.js';
import { ArcStatsSchema, KstatPoolStateSchema, KstatSchema } from '../model/kstat.js';
import { ZfsDiffSchema } from '../model/zfsDiff.js';
import { ZfsListSchema } from '../model/zfsList.js';
import { ZfsPropertyListSchema } from '../model/zfsProperty.js';
import { ZfsReceiveSchema, ZfsSendSchema } from '../model/zfsSend.js';
import { ZpoolEventsSchema } from '../model/zpoolEvents.js';
import { ZpoolHistorySchema } from '../model/zpoolHistory.js';
import { ZpoolIostatSchema } from '../model/zpoolIostat.js';
import { ZpoolListSchema } from '../model/zpoolList.js';
import { ZpoolStatusSchema } from '../model/zpoolStatus.js';
import { CORPUS_DIR, readCorpus } from './__fixtures__/readCorpus.js';
import { parseArcstats } from './parseArcstats.js';
import { parseKstat } from './parseKstat.js';
import { parseKstatPoolState } from './parseKstatPoolState.js';
import { parseZfsDiff } from './parseZfsDiff.js';
import { parseZfsGet } from './parseZfsGet.js';
import { parseZfsList } from './parseZfsList.js';
import { parseZfsReceive } from './parseZfsReceive.js';
import { parseZfsSend } from './parseZfsSend.js';
import { parseZpoolEvents } from './parseZpoolEvents.js';
import { parseZpoolGet } from './parseZpoolGet.js';
import { parseZpoolHistory } from './parseZpoolHistory.js';
import { parseZpoolImport } from './parseZpoolImport.js';
import { parseZpoolIostat } from './parseZpoolIostat.js';
import { parseZpoolList } from './parseZpoolList.js';
import { parseZpoolStatus } from './parseZpoolStatus.js';
import { parseZpoolStatusJson } from './parseZpoolStatusJson.js';

/** How one corpus file is parsed and which schema its result must satisfy. */
type Handler = { parse: (text: string) => unknown; schema: z.ZodType };

const status: Handler = { parse: parseZpoolStatus, schema: ZpoolStatusSchema };
const statusJson: Handler = { parse: parseZpoolStatusJson, schema: ZpoolStatusSchema };
const columns = (parse: (text: string, p: { columns: string[] }) => unknown, list: string, schema: z.ZodType) => ({
  parse: (text: string) => parse(text, { columns: list.split(',') }),
  schema,
});

/**
 * Explicit allowlist: every corpus directory, its parser per extension, and the files that need options (the
 * `-o` columns of `-H` output, a lenient parse). A directory or file not covered here fails the suite.
 */
const DIRECTORIES: Record<string, { byExtension: Record<string, Handler>; files?: Record<string, Handler> }> = {
  'zpool-status': { byExtension: { txt: status, json: statusJson } },
  'zpool-import': { byExtension: { txt: { parse: parseZpoolImport, schema: ZpoolStatusSchema } } },
  'zpool-list': {
    byExtension: {
      txt: { parse: (t) => parseZpoolList(t), schema: ZpoolListSchema },
      json: { parse: (t) => parseZpoolList(t), schema: ZpoolListSchema },
    },
    files: {
      'zfsfuse-008-list-H-o-guid.txt': columns(
        parseZpoolList,
        'name,size,allocated,free,capacity,health,guid',
        ZpoolListSchema,
      ),
      'zfsfuse-133-list-H-o-dedup.txt': columns(
        parseZpoolList,
        'name,size,allocated,free,capacity,dedupratio,health,altroot',
        ZpoolListSchema,
      ),
    },
  },
  'zpool-get': { byExtension: { txt: { parse: (t) => parseZpoolGet(t), schema: ZfsPropertyListSchema } } },
  'zfs-list': {
    byExtension: {
      txt: { parse: (t) => parseZfsList(t), schema: ZfsListSchema },
      json: { parse: (t) => parseZfsList(t), schema: ZfsListSchema },
    },
    files: {
      'zfsfuse-022-zfs-list-H-o-creation.txt': columns(
        parseZfsList,
        'name,used,available,referenced,mountpoint,type,creation,compressratio',
        ZfsListSchema,
      ),
    },
  },
  'zfs-get': {
    byExtension: {
      txt: { parse: (t) => parseZfsGet(t), schema: ZfsPropertyListSchema },
      json: { parse: (t) => parseZfsGet(t), schema: ZfsPropertyListSchema },
    },
    files: { 'zfsfuse-137-zfs-get-r-H-o-name-value.txt': columns(parseZfsGet, 'name,value', ZfsPropertyListSchema) },
  },
  'zpool-iostat': { byExtension: { txt: { parse: (t) => parseZpoolIostat(t), schema: ZpoolIostatSchema } } },
  'zpool-history': { byExtension: { txt: { parse: (t) => parseZpoolHistory(t), schema: ZpoolHistorySchema } } },
  'zpool-events': { byExtension: { txt: { parse: (t) => parseZpoolEvents(t), schema: ZpoolEventsSchema } } },
  'zfs-diff': { byExtension: { txt: { parse: (t) => parseZfsDiff(t), schema: ZfsDiffSchema } } },
  'zfs-send': {
    byExtension: { txt: { parse: (t) => parseZfsSend(t), schema: ZfsSendSchema } },
    files: {
      // `| wc -c` printed a bare byte count after the send lines: parsed leniently (strict mode is tested below).
      'gh6029-send-v-estimate.txt': { parse: (t) => parseZfsSend(t, { strict: false }), schema: ZfsSendSchema },
      'zfsfuse-033-recv-v-full.txt': { parse: (t) => parseZfsReceive(t), schema: ZfsReceiveSchema },
      'zfsfuse-035-recv-v-replication-stream.txt': { parse: (t) => parseZfsReceive(t), schema: ZfsReceiveSchema },
    },
  },
  kstat: {
    byExtension: { txt: { parse: parseKstat, schema: KstatSchema } },
    files: {
      'node-exporter-arcstats.txt': { parse: parseArcstats, schema: ArcStatsSchema },
      'node-exporter-pool1-state-online.txt': { parse: parseKstatPoolState, schema: KstatPoolStateSchema },
    },
  },
};

/** Data files of one directory: everything except the `.src.txt` provenance sidecars. */
function dataFiles(dir: string): string[] {
  return readdirSync(path.join(CORPUS_DIR, dir))
    .filter((file) => !file.endsWith('.src.txt'))
    .sort();
}

function handlerFor(dir: string, file: string): Handler | undefined {
  const entry = DIRECTORIES[dir];
  if (entry === undefined) return undefined;
  return entry.files?.[file] ?? entry.byExtension[path.extname(file).slice(1)];
}

function serialize(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

describe('zfs corpus', () => {
  it('behavior: the corpus is present', () => {
    expect(existsSync(path.join(CORPUS_DIR, 'MANIFEST.md'))).toBe(true);
  });

  it('behavior: every directory has a parser mapping, and every mapping a directory (no silent skips)', () => {
    const onDisk = readdirSync(CORPUS_DIR)
      .filter((name) => statSync(path.join(CORPUS_DIR, name)).isDirectory())
      .sort();
    expect(onDisk).toEqual(Object.keys(DIRECTORIES).sort());
    const topFiles = readdirSync(CORPUS_DIR).filter((name) => statSync(path.join(CORPUS_DIR, name)).isFile());
    expect(topFiles).toEqual(['MANIFEST.md']);
  });

  it('behavior: every file has a handler and a provenance sidecar; per-file entries are not stale', () => {
    for (const dir of Object.keys(DIRECTORIES)) {
      const files = dataFiles(dir);
      for (const file of files) {
        expect(handlerFor(dir, file), `${dir}/${file} has no parser mapping`).toBeDefined();
        const slug = file.replace(/\.(txt|json)$/, '');
        expect(existsSync(path.join(CORPUS_DIR, dir, `${slug}.src.txt`)), `${dir}/${file} sidecar`).toBe(true);
      }
      for (const file of Object.keys(DIRECTORIES[dir]?.files ?? {})) {
        expect(files, `stale per-file mapping ${dir}/${file}`).toContain(file);
      }
      const sidecars = readdirSync(path.join(CORPUS_DIR, dir)).filter((f) => f.endsWith('.src.txt'));
      expect(sidecars.length, `${dir}: sidecars without data file`).toBe(files.length);
    }
  });

  it('behavior: no stale snapshots (every snapshot belongs to a corpus file)', () => {
    const snapshots = path.join(path.dirname(fileURLToPath(import.meta.url)), '__snapshots__', 'corpus');
    if (!existsSync(snapshots)) return;
    for (const dir of readdirSync(snapshots)) {
      expect(Object.keys(DIRECTORIES), `snapshot directory ${dir}`).toContain(dir);
      const slugs = dataFiles(dir).map((file) => file.replace(/\.(txt|json)$/, ''));
      for (const snapshot of readdirSync(path.join(snapshots, dir))) {
        expect(slugs, `stale snapshot ${dir}/${snapshot}`).toContain(snapshot.replace(/\.json$/, ''));
      }
    }
  });

  for (const dir of Object.keys(DIRECTORIES).sort()) {
    if (!existsSync(path.join(CORPUS_DIR, dir))) continue;
    describe(dir, () => {
      for (const file of dataFiles(dir)) {
        it(`corpus: ${file}`, async () => {
          const handler = handlerFor(dir, file) as Handler;
          const result = handler.parse(readCorpus(dir, file));
          expect(() => handler.schema.parse(result)).not.toThrow();
          const slug = file.replace(/\.(txt|json)$/, '');
          await expect(serialize(result)).toMatchFileSnapshot(`./__snapshots__/corpus/${dir}/${slug}.json`);
        });
      }
    });
  }

  it('error: the lenient send fixture throws in strict mode at the foreign line', () => {
    const text = readCorpus('zfs-send', 'gh6029-send-v-estimate.txt');
    expect(() => parseZfsSend(text)).toThrow(ZfsParseError);
    try {
      parseZfsSend(text);
    } catch (err) {
      expect((err as ZfsParseError).line).toBe(4);
    }
  });
});
