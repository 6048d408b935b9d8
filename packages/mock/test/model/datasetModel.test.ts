// Model-based test: random sequences of dataset/snapshot/clone/promote/rollback commands against @tn/mock over a
// real socket through @tn/api, compared after every step with the reference model in ./datasetModel.ts.
import { type ApiClient, createApiClient } from '@tn/api';
import { createClient, type RpcClient, RpcError } from '@tn/rpc';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMockServer, DEFAULT_API_KEY, type MockServer } from '../../src/index.js';
import type { Model, Outcome } from './datasetModel.js';
import * as model from './datasetModel.js';

type Real = { api: ApiClient; server: MockServer };

/** How often each command kind was accepted or refused (proof that the sequences reach both branches). */
const tally = new Map<string, number>();

const LEAVES = ['a', 'b', 'c'] as const;
const SNAPS = ['s1', 's2', 's3'] as const;
const CLONES = ['c1', 'c2'] as const;

async function observed(api: ApiClient): Promise<{ datasets: [string, string | undefined][]; snapshots: string[] }> {
  const rows = await api.datasets.query([], {
    extra: { flat: true, retrieve_children: false, properties: ['origin'] },
  });
  const datasets = rows
    .map((r): [string, string | undefined] => {
      const origin = (r as { origin?: { parsed?: unknown } }).origin?.parsed;
      return [String(r.name), typeof origin === 'string' && origin !== '' ? origin : undefined];
    })
    .sort((a, b) => a[0].localeCompare(b[0]));
  const snapshots = (await api.snapshots.query()).map((s) => String(s.name)).sort();
  return { datasets, snapshots };
}

function expected(m: Model): { datasets: [string, string | undefined][]; snapshots: string[] } {
  return {
    datasets: model.datasetNames(m).map((d): [string, string | undefined] => [d, m.datasets.get(d)?.origin]),
    snapshots: model.snapshotNames(m),
  };
}

/** Runs `action` on the mock, checks it agrees with `outcome`, applies the outcome, compares the states. */
async function step(m: Model, r: Real, label: string, outcome: Outcome, action: () => Promise<unknown>) {
  const kind = `${label.slice(0, label.indexOf('('))} ${outcome.ok ? 'accepted' : `refused (${outcome.why})`}`;
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

abstract class Cmd implements fc.AsyncCommand<Model, Real> {
  label = '';
  check(_m: Readonly<Model>): boolean {
    return true;
  }
  abstract run(m: Model, r: Real): Promise<void>;
  /** The raw (index-based) arguments, plus what they resolved to in the latest run (may lag while shrinking). */
  toString(): string {
    const { label, ...args } = this;
    return `${this.constructor.name}${JSON.stringify(Object.values(args))}${label ? ` /* ${label} */` : ''}`;
  }
}

class CreateDataset extends Cmd {
  constructor(
    readonly parent: number,
    readonly leaf: string,
  ) {
    super();
  }
  async run(m: Model, r: Real) {
    const name = `${model.pick(model.datasetNames(m), this.parent)}/${this.leaf}`;
    this.label = `datasets.create(${name})`;
    const parent = name.slice(0, name.lastIndexOf('/'));
    await step(m, r, this.label, model.createDataset(m, parent, this.leaf), () =>
      r.api.datasets.create({ name, type: 'FILESYSTEM' }),
    );
  }
}

class DeleteDataset extends Cmd {
  constructor(
    readonly index: number,
    readonly recursive: boolean,
  ) {
    super();
  }
  override check(m: Readonly<Model>) {
    return m.datasets.size > 0;
  }
  async run(m: Model, r: Real) {
    const name = model.pick(model.datasetNames(m), this.index);
    this.label = `datasets.delete(${name}, recursive=${this.recursive})`;
    await step(m, r, this.label, model.deleteDataset(m, name, this.recursive), () =>
      r.api.datasets.delete(name, { recursive: this.recursive }),
    );
  }
}

class CreateSnapshot extends Cmd {
  constructor(
    readonly index: number,
    readonly name: string,
    readonly again: boolean,
  ) {
    super();
  }
  override check(m: Readonly<Model>) {
    return m.datasets.size > 0;
  }
  async run(m: Model, r: Real) {
    const snapped = [...new Set(model.snapshotNames(m).map((s) => s.slice(0, s.indexOf('@'))))];
    const dataset = model.pick(this.again && snapped.length > 0 ? snapped : model.datasetNames(m), this.index);
    this.label = `snapshots.create(${dataset}@${this.name})`;
    await step(m, r, this.label, model.createSnapshot(m, dataset, this.name), () =>
      r.api.snapshots.create({ dataset, name: this.name }),
    );
  }
}

class DeleteSnapshot extends Cmd {
  constructor(readonly index: number) {
    super();
  }
  override check(m: Readonly<Model>) {
    return m.snapshots.size > 0;
  }
  async run(m: Model, r: Real) {
    const snapshot = model.pick(model.snapshotNames(m), this.index);
    this.label = `snapshots.delete(${snapshot})`;
    await step(m, r, this.label, model.deleteSnapshot(m, snapshot), () => r.api.snapshots.delete(snapshot));
  }
}

class Clone extends Cmd {
  constructor(
    readonly snapshot: number,
    readonly parent: number,
    readonly leaf: string,
  ) {
    super();
  }
  override check(m: Readonly<Model>) {
    return m.snapshots.size > 0;
  }
  async run(m: Model, r: Real) {
    const snapshot = model.pick(model.snapshotNames(m), this.snapshot);
    const parent = model.pick(model.datasetNames(m), this.parent);
    const target = `${parent}/${this.leaf}`;
    this.label = `snapshots.clone(${snapshot} → ${target})`;
    await step(m, r, this.label, model.cloneSnapshot(m, snapshot, parent, this.leaf), () =>
      r.api.snapshots.clone({ snapshot, dataset_dst: target }),
    );
  }
}

class Promote extends Cmd {
  constructor(
    readonly index: number,
    readonly preferClone: boolean,
  ) {
    super();
  }
  override check(m: Readonly<Model>) {
    return m.datasets.size > 0;
  }
  async run(m: Model, r: Real) {
    const clones = model.datasetNames(m).filter((d) => m.datasets.get(d)?.origin);
    const from = this.preferClone && clones.length > 0 ? clones : model.datasetNames(m);
    const name = model.pick(from, this.index);
    this.label = `datasets.promote(${name})`;
    await step(m, r, this.label, model.promote(m, name), () => r.api.datasets.promote(name));
  }
}

class Rollback extends Cmd {
  constructor(
    readonly index: number,
    readonly target: 'latest' | 'older',
  ) {
    super();
  }
  override check(m: Readonly<Model>) {
    return m.snapshots.size > 0;
  }
  async run(m: Model, r: Real) {
    const all = model.snapshotNames(m);
    const datasetOf = (s: string) => s.slice(0, s.indexOf('@'));
    const older = all.filter((s) => model.snapshotsOf(m, datasetOf(s)).at(-1) !== s);
    let snapshot = model.pick(this.target === 'older' && older.length > 0 ? older : all, this.index);
    if (this.target === 'latest') snapshot = model.snapshotsOf(m, datasetOf(snapshot)).at(-1) ?? snapshot;
    this.label = `snapshots.rollback(${snapshot})`;
    await step(m, r, this.label, model.rollback(m, snapshot), () => r.api.snapshots.rollback(snapshot));
  }
}

const index = fc.nat({ max: 63 });
const clone = fc.tuple(index, index, fc.constantFrom(...CLONES)).map(([s, p, l]) => new Clone(s, p, l));
const promote = fc.tuple(index, fc.nat({ max: 3 })).map(([i, c]) => new Promote(i, c > 0));
const snapshot = fc
  .tuple(index, fc.constantFrom(...SNAPS), fc.boolean())
  .map(([i, n, again]) => new CreateSnapshot(i, n, again));
// Clones, promotes and snapshots are listed twice (weighted) so that sequences reach promote and its clashes.
const commands = [
  fc.tuple(index, fc.constantFrom(...LEAVES)).map(([p, l]) => new CreateDataset(p, l)),
  fc.tuple(index, fc.boolean()).map(([i, rec]) => new DeleteDataset(i, rec)),
  snapshot,
  snapshot,
  index.map((i) => new DeleteSnapshot(i)),
  clone,
  clone,
  promote,
  promote,
  fc
    .tuple(index, fc.constantFrom('latest', 'older') as fc.Arbitrary<'latest' | 'older'>)
    .map(([i, t]) => new Rollback(i, t)),
];

describe.each(['25.10', '25.04'] as const)('datasets, snapshots and clones behave like the model (%s)', (version) => {
  let server: MockServer;
  let rpc: RpcClient;
  let api: ApiClient;
  beforeAll(async () => {
    server = await createMockServer({ version, authFailureDelay: 0, rateLimit: false, storageStepMs: 1 }).start();
    rpc = createClient({ url: server.url, credentials: { apiKey: DEFAULT_API_KEY } });
    api = createApiClient(rpc);
  });
  afterAll(async () => {
    await rpc?.close();
    await server?.stop();
  });

  test('the seed matches the model', async () => {
    server.reset();
    expect(await observed(api)).toEqual(expected(model.seedModel()));
  });

  test('random command sequences', async () => {
    tally.clear();
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 15, size: 'max' }), (cmds) =>
        fc.asyncModelRun(() => {
          server.reset();
          return { model: model.seedModel(), real: { api, server } };
        }, cmds),
      ),
      { seed: 42, numRuns: 25 },
    );
    const kinds = [...tally.keys()];
    for (const method of [
      'datasets.create',
      'datasets.delete',
      'snapshots.create',
      'snapshots.delete',
      'snapshots.clone',
      'datasets.promote',
      'snapshots.rollback',
    ]) {
      expect(kinds, `${method} ran and succeeded`).toContain(`${method} accepted`);
    }
    for (const method of ['datasets.delete', 'snapshots.delete', 'datasets.promote', 'snapshots.rollback']) {
      expect(
        kinds.some((k) => k.startsWith(`${method} refused`)),
        `${method} was refused at least once`,
      ).toBe(true);
    }
    if (process.env.MODEL_TALLY) console.log(version, Object.fromEntries([...tally].sort()));
  });
});
