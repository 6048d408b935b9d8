import type { z } from 'zod';
import { inputIssues, issueLine } from '../core/inputIssues.js';
import { VolumeRequestError } from './volumeRequestError.js';

/**
 * Parses a workflow request with its schema; a refused request becomes a {@link VolumeRequestError} (`invalid`)
 * listing every issue with its path, before anything is sent.
 *
 * @param schema - the request schema.
 * @param input - what the caller passed.
 * @param what - the workflow, for the message (`resizeVolume`).
 * @returns the parsed request (defaults applied).
 * @internal
 * @example
 * ```ts
 * const request = parseVolumeRequest(ResizeVolumeRequestSchema, input, 'resizeVolume');
 * ```
 */
export function parseVolumeRequest<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = inputIssues(parsed.error).map(issueLine);
  const target = (input as { volume?: unknown; parent?: unknown; snapshot?: unknown } | undefined) ?? {};
  const name = [target.volume, target.parent, target.snapshot].find((v) => typeof v === 'string') as string | undefined;
  return fail(what, name ?? '-', issues, parsed.error);
}

function fail(what: string, target: string, issues: string[], cause: unknown): never {
  throw new VolumeRequestError({
    reason: 'invalid',
    target,
    message: `Invalid ${what} request: ${issues.join('; ')}`,
    cause,
  });
}
