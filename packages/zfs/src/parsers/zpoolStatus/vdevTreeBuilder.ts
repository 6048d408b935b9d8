import type { ZpoolStatusPool } from '../../model/zpoolStatus.js';
import type { ZpoolVdev } from '../../model/zpoolStatusParts.js';
import type { ConfigRow } from './parseVdevRow.js';

/**
 * Builds the vdev tree of one pool from its config rows. Nesting follows indentation only (TABs expanded), so
 * output whose TABs were pasted as spaces nests the same way.
 *
 * - The first row is the pool row (`root`); deeper rows become children of the nearest shallower row.
 * - A group header (`logs`, `cache`, `spares`, `special`, `dedup`) starts a section; its rows go to that list.
 * - A row indented no deeper than the section start (a documentation typo, a cut paste) is kept at the top of the
 *   current section rather than dropped.
 *
 * @internal
 */
export class VdevTreeBuilder {
  private readonly stack: { indent: number; vdev: ZpoolVdev }[] = [];
  private group: ZpoolVdev[] | undefined;

  constructor(private readonly pool: ZpoolStatusPool) {}

  /** True once a row or group header was added. */
  get started(): boolean {
    return this.pool.root !== undefined || this.group !== undefined;
  }

  /** Adds one classified config row. */
  add(row: ConfigRow): void {
    if (row.vdev === undefined) {
      this.group = this.pool[row.group];
      this.stack.length = 0;
      return;
    }
    const { indent, vdev } = row;
    const stack = this.stack;
    let top = stack[stack.length - 1];
    while (top !== undefined && top.indent >= indent) {
      stack.pop();
      top = stack[stack.length - 1];
    }
    if (top !== undefined) top.vdev.children.push(vdev);
    else if (this.group !== undefined) this.group.push(vdev);
    else if (this.pool.root === undefined) {
      vdev.type = 'root';
      this.pool.root = vdev;
    } else this.pool.root.children.push(vdev);
    stack.push({ indent, vdev });
  }
}
