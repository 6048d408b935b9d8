import type { ZpoolVdev } from '../../model/zpoolStatusParts.js';

/**
 * Test helper: `name state r/w/c` lines of a vdev tree, for compact structural assertions.
 *
 * @internal
 */
export function outline(vdev: ZpoolVdev | undefined, depth = 0): string[] {
  if (vdev === undefined) return [];
  const counts = [vdev.read, vdev.write, vdev.cksum].map((n) => n?.text ?? '.').join('/');
  return [
    `${'  '.repeat(depth)}${vdev.name} ${vdev.state ?? '?'} ${counts}`,
    ...vdev.children.flatMap((c) => outline(c, depth + 1)),
  ];
}

/**
 * Test helper: the first vdev named `name` in a tree.
 *
 * @internal
 */
export function find(vdev: ZpoolVdev | undefined, name: string): ZpoolVdev | undefined {
  if (vdev === undefined) return undefined;
  if (vdev.name === name) return vdev;
  for (const child of vdev.children) {
    const found = find(child, name);
    if (found !== undefined) return found;
  }
  return undefined;
}
