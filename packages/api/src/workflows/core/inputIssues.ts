import type { z } from 'zod';

/**
 * One thing wrong with a workflow's input: a dotted path (empty for the input itself) and a message.
 * @internal
 *
 * @example
 * ```ts
 * const issue: InputIssue = { path: 'expose.lun', message: 'Too big: expected number to be <=1023' };
 * ```
 */
export type InputIssue = { path: string; message: string };

/**
 * The issues of a zod error as {@link InputIssue}s, paths joined with dots. @internal
 *
 * @example
 * ```ts
 * const parsed = RetentionPolicySchema.safeParse(input);
 * if (!parsed.success) console.log(inputIssues(parsed.error));
 * ```
 */
export function inputIssues(error: z.ZodError): InputIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/**
 * An issue as one line, `path: message` (or the message alone for the input itself). @internal
 *
 * @example
 * ```ts
 * issueLine({ path: 'name', message: 'Required' }); // 'name: Required'
 * ```
 */
export function issueLine({ path, message }: InputIssue): string {
  return path === '' ? message : `${path}: ${message}`;
}
