import type { z } from 'zod';

/**
 * One validation problem: where (`data.name`, `[3].topology`), what zod said, and zod's issue code.
 *
 * @example
 * ```ts
 * import type { ValidationIssue } from '@tn/api/schemas';
 *
 * const issue: ValidationIssue = {
 *   path: 'data.name',
 *   message: 'Invalid input: expected string, received number',
 *   code: 'invalid_type',
 *   segments: [0, 'name'],
 * };
 * ```
 */
export type ValidationIssue = { path: string; message: string; code: string; segments: readonly PropertyKey[] };

type Issue = z.core.$ZodIssue;

function depth(issues: readonly Issue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length));
}

/**
 * Flattens zod issues into {@link ValidationIssue}s. A failed union (`invalid_union`) is replaced by the issues of
 * the member that got furthest (deepest path, then fewest issues): that is the member the value was meant to be.
 *
 * @internal
 */
export function flattenIssues(issues: readonly Issue[], prefix: readonly PropertyKey[] = []): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const best = [...issue.errors].sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0] as Issue[];
      out.push(...flattenIssues(best, path));
    } else out.push({ ...issue, path } as Issue);
  }
  return out;
}

/**
 * Formats a path: numeric segments as `[n]`, names joined by dots; `names` replaces the first segment (a positional
 * param index) by the param's name, like the server does (`data.name`).
 *
 * @internal
 */
export function formatPath(path: readonly PropertyKey[], names?: readonly string[]): string {
  let out = '';
  path.forEach((segment, i) => {
    if (i === 0 && names && typeof segment === 'number' && names[segment] !== undefined) out = names[segment] as string;
    else if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  });
  return out === '' ? '(root)' : out;
}

/** @internal */
export function toValidationIssues(issues: readonly Issue[], names?: readonly string[]): ValidationIssue[] {
  return flattenIssues(issues).map((issue) => ({
    path: formatPath(issue.path, names),
    message: issue.message,
    code: issue.code,
    segments: issue.path,
  }));
}
