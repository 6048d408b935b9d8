import { describe, expect, test } from 'vitest';
import type { MutationSpec, WorkflowRun } from '../core/runWorkflow.js';
import { MarkerBook } from './markerBook.js';

function fakeRun() {
  const specs: MutationSpec<'pool.dataset.update'>[] = [];
  const run = {
    mutate: async (spec: MutationSpec<'pool.dataset.update'>) => void specs.push(spec),
  } as unknown as WorkflowRun;
  return { run, specs };
}

describe('MarkerBook', () => {
  test('default: writes only what changes, sorted lists, empty lists removed', async () => {
    const { run, specs } = fakeRun();
    const book = new MarkerBook(run, 'tank/v', { owner: 'o', protocol: 'nvmet', nvmetPortLinks: [2, 1] }, false);
    await book.write('same', { owner: 'o', nvmetPortLinks: [1, 2] });
    expect(specs).toEqual([]);
    await book.write('links', { nvmetPortLinks: [3, 1], nvmetHostLinks: [] });
    expect(specs.map((s) => s.params)).toEqual([
      ['tank/v', { user_properties_update: [{ key: 'tn:nvmet-port-subsys', value: '1,3' }] }],
    ]);
    expect(specs[0]?.undo).toBeUndefined();
    expect(book.current.nvmetPortLinks).toEqual([1, 3]);
    await book.write('forget', { nvmetPortLinks: null });
    expect(book.current).toEqual({ owner: 'o', protocol: 'nvmet' });
  });

  test('behavior: on an existing dataset each write undoes to the previous values', async () => {
    const { run, specs } = fakeRun();
    const book = new MarkerBook(run, 'tank/v', { owner: 'o', protocol: 'iscsi', iscsiExtent: 3 }, true);
    await book.write('record', { iscsiExtent: 4, iscsiTarget: 1 });
    expect(specs[0]?.undo?.({} as never)).toEqual({
      method: 'pool.dataset.update',
      params: [
        'tank/v',
        {
          user_properties_update: [
            { key: 'tn:iscsi-extent', value: '3' },
            { key: 'tn:iscsi-target', remove: true },
          ],
        },
      ],
    });
  });
});
