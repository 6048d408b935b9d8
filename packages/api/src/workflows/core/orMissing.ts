import { NotFoundError } from '../../namespaces/notFoundError.js';
/**
 * `undefined` when `read` rejects with a `NotFoundError`. @internal
 *
 * @example
 * ```ts
 * const row = await orMissing(api.iscsi.extents.get(4));
 * ```
 */
export async function orMissing<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}
