/**
 * An object a volume's markers point at, with what makes it the volume's: the stored id plus the facts the object
 * must still show (its name, its device, its links). A link or a namespace belongs to the volume through the ids of
 * the subsystem/target/extent it hangs on, which are verified first.
 *
 * @example
 * ```ts
 * import type { OwnedRef } from '@tn/api';
 *
 * const ref: OwnedRef = { kind: 'iscsi.target', id: 3, name: 'tank-k8s-pvc-1-1a2b3c4d' };
 * ```
 */
export type OwnedRef =
  | { kind: 'iscsi.extent'; id: number }
  | { kind: 'iscsi.target'; id: number; name: string }
  | { kind: 'iscsi.targetextent'; id: number; target: number; extent: number }
  | { kind: 'nvmet.subsys'; id: number; name: string }
  | { kind: 'nvmet.namespace'; id: number; subsysId: number }
  | { kind: 'nvmet.port_subsys'; id: number; subsysId: number }
  | { kind: 'nvmet.host_subsys'; id: number; subsysId: number }
  | { kind: 'nvmet.host'; id: number; hostnqns: readonly string[] }
  | { kind: 'sharing.nfs'; id: number }
  | { kind: 'sharing.smb'; id: number };

/**
 * Why `row` (what the server returned for `ref.id`) is not the volume's, as `{ expected, found }` in words (names and
 * paths only, never secrets), or `undefined` when it is. Extents must sit on `zvol/<volume>`, namespaces on that zvol
 * inside the recorded subsystem, shares on `/mnt/<volume>`, targets and subsystems must carry the recorded name, links
 * the recorded ids, hosts one of the NQNs of the volume's request.
 *
 * @param volume - the volume's dataset name.
 * @param ref - the stored reference.
 * @param row - the object's current row.
 * @example
 * ```ts
 * import { ownershipProblem } from '@tn/api';
 *
 * const extent = await api.iscsi.extents.get(4);
 * const problem = ownershipProblem('tank/k8s/pvc-1', { kind: 'iscsi.extent', id: 4 }, extent);
 * if (problem) console.log(`expected ${problem.expected}, found ${problem.found}`);
 * ```
 */
export function ownershipProblem(
  volume: string,
  ref: OwnedRef,
  row: Record<string, unknown>,
): { expected: string; found: string } | undefined {
  const zvol = `zvol/${volume}`;
  const path = `/mnt/${volume}`;
  const check = (ok: boolean, expected: string, found: string) => (ok ? undefined : { expected, found });
  switch (ref.kind) {
    case 'iscsi.extent':
      return check(
        row.disk === zvol,
        `an extent on ${zvol}`,
        `extent ${quote(row.name)} on ${show(row.disk ?? row.path)}`,
      );
    case 'iscsi.target':
    case 'nvmet.subsys':
      return check(row.name === ref.name, `name ${quote(ref.name)}`, `name ${quote(row.name)}`);
    case 'iscsi.targetextent':
      return check(
        row.target === ref.target && row.extent === ref.extent,
        `target ${ref.target} / extent ${ref.extent}`,
        `target ${show(row.target)} / extent ${show(row.extent)} (LUN ${show(row.lunid)})`,
      );
    case 'nvmet.namespace': {
      const device = String(row.device_path ?? '').replace(/^\/dev\//, '');
      const subsys = nestedId(row.subsys) ?? row.subsys_id;
      return check(
        device === zvol && subsys === ref.subsysId,
        `${zvol} in subsystem ${ref.subsysId}`,
        `${show(row.device_path)} in subsystem ${show(subsys)}`,
      );
    }
    case 'nvmet.port_subsys':
    case 'nvmet.host_subsys': {
      const subsys = nestedId(row.subsys) ?? row.subsys_id;
      return check(
        subsys === ref.subsysId,
        `a link to subsystem ${ref.subsysId}`,
        `a link to subsystem ${show(subsys)}`,
      );
    }
    case 'nvmet.host':
      return check(
        typeof row.hostnqn === 'string' && ref.hostnqns.includes(row.hostnqn),
        `one of ${ref.hostnqns.map(quote).join(', ') || 'no hosts'}`,
        `host ${quote(row.hostnqn)}`,
      );
    case 'sharing.nfs':
    case 'sharing.smb':
      return check(row.path === path, `a share of ${path}`, `share ${quote(row.name ?? row.id)} of ${show(row.path)}`);
  }
}

function nestedId(value: unknown): unknown {
  return value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
}

function quote(value: unknown): string {
  return JSON.stringify(value ?? null);
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value ?? null);
}
