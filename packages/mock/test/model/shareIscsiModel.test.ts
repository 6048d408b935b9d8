// Model-based test: random sequences of NFS share, iSCSI target/extent/target-extent commands against @tn/mock over a
// real socket through @tn/api, compared after every step with the small reference model below.
import { type ApiClient, createApiClient } from '@tn/api';
import { createClient, type RpcClient, RpcError } from '@tn/rpc';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMockServer, DEFAULT_API_KEY, type MockServer } from '../../src/index.js';

/** Filesystems and zvols of the default seed (the commands never create or destroy datasets). */
const FILESYSTEMS = new Set(['tank/home', 'tank/home/alice', 'tank/media', 'tank/vms']);
const ZVOLS = new Set(['tank/vms/vm0']);

const PATHS = ['/mnt/tank/media', '/mnt/tank/home', '/mnt/tank/vms', '/mnt/tank/missing'] as const;
// The seeded zvol is listed three times (weighted) so that most extents exist.
const DISKS = [
  'zvol/tank/vms/vm0',
  'zvol/tank/vms/vm0',
  'zvol/tank/vms/vm0',
  'zvol/tank/vms/missing',
  'zvol/tank/media',
] as const;
const EXTENTS = ['e0', 'e1', 'e2'] as const;
const TARGETS = ['t0', 't1'] as const;

type Link = { target: string; extent: string; lun: number };
type Model = { shares: Set<string>; extents: Set<string>; targets: Set<string>; links: Link[] };
type Real = { api: ApiClient; server: MockServer };
type Outcome = { ok: true; apply: () => void } | { ok: false; why: string };
type State = { shares: string[]; extents: string[]; luns: Record<string, [string, number][]> };

const accept = (apply: () => void): Outcome => ({ ok: true, apply });
const refuse = (why: string): Outcome => ({ ok: false, why });

function pick<T>(items: readonly T[], index: number): T {
  const item = items[index % items.length];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function expected(m: Model): State {
  const luns: Record<string, [string, number][]> = {};
  for (const target of [...m.targets].sort()) {
    luns[target] = m.links
      .filter((l) => l.target === target)
      .map((l): [string, number] => [l.extent, l.lun])
      .sort((a, b) => a[1] - b[1]);
  }
  return { shares: [...m.shares].sort(), extents: [...m.extents].sort(), luns };
}

async function observed(api: ApiClient): Promise<State> {
  const shares = (await api.sharing.nfs.query()).map((s) => String(s.path)).sort();
  const extentRows = await api.iscsi.extents.query();
  const targetRows = await api.iscsi.targets.query();
  const links = await api.iscsi.targetextents.query();
  const extentName = new Map(extentRows.map((e) => [e.id, String(e.name)]));
  const luns: Record<string, [string, number][]> = {};
  for (const target of [...targetRows].sort((a, b) => String(a.name).localeCompare(String(b.name)))) {
    luns[String(target.name)] = links
      .filter((l) => l.target === target.id)
      .map((l): [string, number] => [extentName.get(l.extent) ?? `#${l.extent}`, Number(l.lunid)])
      .sort((a, b) => a[1] - b[1]);
  }
  return { shares, extents: [...extentName.values()].sort(), luns };
}

/** How often each command kind was accepted or refused. */
const tally = new Map<string, number>();

async function step(m: Model, r: Real, label: string, outcome: Outcome, action: () => Promise<unknown>) {
  const kind = `${label.slice(0, label.indexOf('('))} ${outcome.ok ? 'accepted' : 'refused'}`;
  tally.set(kind, (tally.get(kind) ?? 0) + 1);
  let error: unknown;
  try {
    await action();
  } catch (err) {
    error = err;
  }
  if (outcome.ok) {
    expect(error, `${label}: the model accepts it, the mock refused: ${String(error)}`).toBeUndefined();
    outcome.apply();
  } else {
    expect(error, `${label}: the model refuses it (${outcome.why}), the mock accepted it`).toBeDefined();
    expect(error, `${label}: a typed server error`).toBeInstanceOf(RpcError);
  }
  expect(await observed(r.api), `state after ${label}`).toEqual(expected(m));
}

async function idOf(rows: Promise<{ id: number; [key: string]: unknown }[]>, key: string, value: string) {
  const row = (await rows).find((x) => x[key] === value);
  if (!row) throw new Error(`no row with ${key}=${value}`);
  return row.id;
}

abstract class Cmd implements fc.AsyncCommand<Model, Real> {
  label = '';
  check(_m: Readonly<Model>): boolean {
    return true;
  }
  abstract run(m: Model, r: Real): Promise<void>;
  toString(): string {
    const { label, ...args } = this;
    return `${this.constructor.name}${JSON.stringify(Object.values(args))}${label ? ` /* ${label} */` : ''}`;
  }
}

class CreateShare extends Cmd {
  constructor(readonly path: string) {
    super();
  }
  async run(m: Model, r: Real) {
    this.label = `nfs.create(${this.path})`;
    const dataset = this.path.slice('/mnt/'.length);
    const outcome = !FILESYSTEMS.has(dataset)
      ? refuse('path does not exist')
      : m.shares.has(this.path)
        ? refuse('export exists')
        : accept(() => m.shares.add(this.path));
    await step(m, r, this.label, outcome, () => r.api.sharing.nfs.create({ path: this.path }));
  }
}

class DeleteShare extends Cmd {
  constructor(readonly index: number) {
    super();
  }
  override check(m: Readonly<Model>) {
    return m.shares.size > 0;
  }
  async run(m: Model, r: Real) {
    const path = pick([...m.shares].sort(), this.index);
    this.label = `nfs.delete(${path})`;
    const id = await idOf(r.api.sharing.nfs.query(), 'path', path);
    await step(
      m,
      r,
      this.label,
      accept(() => m.shares.delete(path)),
      () => r.api.sharing.nfs.delete(id),
    );
  }
}

class CreateExtent extends Cmd {
  constructor(
    readonly name: string,
    readonly disk: string,
  ) {
    super();
  }
  async run(m: Model, r: Real) {
    this.label = `extent.create(${this.name}, ${this.disk})`;
    const outcome = !ZVOLS.has(this.disk.slice('zvol/'.length))
      ? refuse('no such zvol')
      : m.extents.has(this.name)
        ? refuse('name taken')
        : accept(() => m.extents.add(this.name));
    await step(m, r, this.label, outcome, () =>
      r.api.iscsi.extents.create({ name: this.name, type: 'DISK', disk: this.disk }),
    );
  }
}

class DeleteExtent extends Cmd {
  constructor(readonly index: number) {
    super();
  }
  override check(m: Readonly<Model>) {
    return m.extents.size > 0;
  }
  async run(m: Model, r: Real) {
    const name = pick([...m.extents].sort(), this.index);
    this.label = `extent.delete(${name})`;
    const id = await idOf(r.api.iscsi.extents.query(), 'name', name);
    const outcome = accept(() => {
      m.extents.delete(name);
      m.links = m.links.filter((l) => l.extent !== name);
    });
    await step(m, r, this.label, outcome, () => r.api.iscsi.extents.delete(id));
  }
}

class CreateTarget extends Cmd {
  constructor(readonly name: string) {
    super();
  }
  async run(m: Model, r: Real) {
    this.label = `target.create(${this.name})`;
    const outcome = m.targets.has(this.name) ? refuse('name taken') : accept(() => m.targets.add(this.name));
    await step(m, r, this.label, outcome, () => r.api.iscsi.targets.create({ name: this.name, groups: [] }));
  }
}

class DeleteTarget extends Cmd {
  constructor(
    readonly index: number,
    readonly busy: boolean,
  ) {
    super();
  }
  override check(m: Readonly<Model>) {
    return m.targets.size > 0;
  }
  async run(m: Model, r: Real) {
    const name = pick([...m.targets].sort(), this.index);
    this.label = `target.delete(${name}, busy=${this.busy})`;
    const id = await idOf(r.api.iscsi.targets.query(), 'name', name);
    const outcome = this.busy
      ? refuse('live sessions')
      : accept(() => {
          m.targets.delete(name);
          m.links = m.links.filter((l) => l.target !== name);
        });
    r.server.storage.setIscsiSessions(name, this.busy ? 1 : 0);
    try {
      await step(m, r, this.label, outcome, () => r.api.iscsi.targets.delete(id));
    } finally {
      r.server.storage.setIscsiSessions(name, 0);
    }
  }
}

class CreateLink extends Cmd {
  constructor(
    readonly target: number,
    readonly extent: number,
    readonly lun: number | null,
  ) {
    super();
  }
  override check(m: Readonly<Model>) {
    return m.targets.size > 0 && m.extents.size > 0;
  }
  async run(m: Model, r: Real) {
    const target = pick([...m.targets].sort(), this.target);
    const extent = pick([...m.extents].sort(), this.extent);
    this.label = `targetextent.create(${target}, ${extent}, lun=${this.lun})`;
    const used = new Set(m.links.filter((l) => l.target === target).map((l) => l.lun));
    let lun = this.lun ?? 0;
    if (this.lun === null) while (used.has(lun)) lun += 1;
    const outcome = m.links.some((l) => l.target === target && l.extent === extent)
      ? refuse('extent already in target')
      : used.has(lun)
        ? refuse('LUN in use')
        : accept(() => m.links.push({ target, extent, lun }));
    const targetId = await idOf(r.api.iscsi.targets.query(), 'name', target);
    const extentId = await idOf(r.api.iscsi.extents.query(), 'name', extent);
    await step(m, r, this.label, outcome, () =>
      r.api.iscsi.targetextents.create({
        target: targetId,
        extent: extentId,
        ...(this.lun === null ? {} : { lunid: this.lun }),
      }),
    );
  }
}

const index = fc.nat({ max: 31 });
const link = fc
  .tuple(index, index, fc.option(fc.nat({ max: 1 }), { nil: null }))
  .map(([t, e, lun]) => new CreateLink(t, e, lun));
const extent = fc
  .tuple(fc.constantFrom(...EXTENTS), fc.constantFrom(...DISKS))
  .map(([name, disk]) => new CreateExtent(name, disk));
// Extent creation is listed twice and link creation three times (weighted) so that sequences reach LUN conflicts.
const commands = [
  fc.constantFrom(...PATHS).map((p) => new CreateShare(p)),
  index.map((i) => new DeleteShare(i)),
  extent,
  extent,
  index.map((i) => new DeleteExtent(i)),
  fc.constantFrom(...TARGETS).map((t) => new CreateTarget(t)),
  fc.tuple(index, fc.boolean()).map(([i, busy]) => new DeleteTarget(i, busy)),
  link,
  link,
  link,
];

describe('NFS shares and iSCSI targets/extents behave like the model (25.10)', () => {
  let server: MockServer;
  let rpc: RpcClient;
  let api: ApiClient;
  beforeAll(async () => {
    server = await createMockServer({ version: '25.10', authFailureDelay: 0, rateLimit: false }).start();
    rpc = createClient({ url: server.url, credentials: { apiKey: DEFAULT_API_KEY } });
    api = createApiClient(rpc);
  });
  afterAll(async () => {
    await rpc?.close();
    await server?.stop();
  });

  const empty = (): Model => ({ shares: new Set(), extents: new Set(), targets: new Set(), links: [] });

  test('the seed matches the empty model', async () => {
    server.reset();
    expect(await observed(api)).toEqual(expected(empty()));
  });

  test('random command sequences', async () => {
    tally.clear();
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 12, size: 'max' }), (cmds) =>
        fc.asyncModelRun(async () => {
          // Every run starts with one target and one extent, so that target-extent links are reachable.
          server.reset();
          await api.iscsi.targets.create({ name: 't0', groups: [] });
          await api.iscsi.extents.create({ name: 'e0', type: 'DISK', disk: 'zvol/tank/vms/vm0' });
          const model = empty();
          model.targets.add('t0');
          model.extents.add('e0');
          return { model, real: { api, server } };
        }, cmds),
      ),
      { seed: 7, numRuns: 20 },
    );
    const kinds = [...tally.keys()];
    for (const kind of [
      'nfs.create accepted',
      'nfs.create refused',
      'extent.create accepted',
      'extent.create refused',
      'targetextent.create accepted',
      'targetextent.create refused',
      'target.delete refused',
    ]) {
      expect(kinds, kind).toContain(kind);
    }
    if (process.env.MODEL_TALLY) console.log(Object.fromEntries([...tally].sort()));
  });
});
