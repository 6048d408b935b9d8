import type { z } from 'zod';
import { Errno } from '../errno.js';
import type { ValidationEntry } from '../errors.js';

type Issue = z.core.$ZodIssue;

const TYPE_MESSAGES: Record<string, string> = {
  string: 'Input should be a valid string',
  boolean: 'Input should be a valid boolean',
  number: 'Input should be a valid integer',
  int: 'Input should be a valid integer, got a number with a fractional part',
  array: 'Input should be a valid list',
  object: 'Input should be a valid dictionary',
  record: 'Input should be a valid dictionary',
  null: 'Input should be None',
};

function quoteList(values: readonly unknown[]): string {
  const quoted = values.map((v) => (typeof v === 'string' ? `'${v}'` : String(v)));
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

function isMissing(issue: Issue): boolean {
  return !('input' in issue) || issue.input === undefined;
}

/**
 * Converts zod issues into middleware validation entries with pydantic's wording (`Field required`,
 * `Extra inputs are not permitted`, `Input should be a valid integer`, …), prefixing the argument name.
 * @internal
 */
export function issuesToEntries(prefix: string, issues: readonly Issue[], unionPrefix = prefix): ValidationEntry[] {
  const out: ValidationEntry[] = [];
  for (const issue of issues) {
    const base = issue.code === 'invalid_union' ? unionPrefix : prefix;
    const path = [base, ...issue.path.map(String)].filter((p) => p !== '').join('.');
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys)
          out.push([path ? `${path}.${key}` : key, 'Extra inputs are not permitted', Errno.EINVAL]);
        break;
      case 'invalid_type':
        out.push([
          path,
          isMissing(issue) ? 'Field required' : (TYPE_MESSAGES[issue.expected] ?? issue.message),
          Errno.EINVAL,
        ]);
        break;
      case 'invalid_value':
        out.push([
          path,
          isMissing(issue) ? 'Field required' : `Input should be ${quoteList(issue.values)}`,
          Errno.EINVAL,
        ]);
        break;
      case 'too_big':
        out.push([path, tooBig(issue), Errno.EINVAL]);
        break;
      case 'too_small':
        out.push([path, tooSmall(issue), Errno.EINVAL]);
        break;
      case 'invalid_union':
        out.push(unionEntry(path, issue));
        break;
      default:
        out.push([path, issue.message, Errno.EINVAL]);
    }
  }
  return out;
}

function tooBig(issue: z.core.$ZodIssueTooBig): string {
  const max = String(issue.maximum);
  if (issue.origin === 'string') return `String should have at most ${max} characters`;
  if (issue.origin === 'array') return `List should have at most ${max} items after validation`;
  return `Input should be less than or equal to ${max}`;
}

function tooSmall(issue: z.core.$ZodIssueTooSmall): string {
  const min = String(issue.minimum);
  if (issue.origin === 'string') return `String should have at least ${min} character${min === '1' ? '' : 's'}`;
  if (issue.origin === 'array') return `List should have at least ${min} items after validation`;
  return `Input should be greater than or equal to ${min}`;
}

function unionEntry(path: string, issue: z.core.$ZodIssueInvalidUnion): ValidationEntry {
  const discriminator = 'discriminator' in issue ? issue.discriminator : undefined;
  if (typeof discriminator === 'string') {
    const input = 'input' in issue ? (issue.input as Record<string, unknown> | undefined) : undefined;
    const tag = input?.[discriminator];
    if (tag === undefined) return [path, 'Field required', Errno.EINVAL];
    const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
    const parent = path.endsWith(`.${discriminator}`) ? path.slice(0, -discriminator.length - 1) : path;
    return [
      parent,
      `Input tag '${String(tag)}' found using '${discriminator}' does not match any of the expected tags: ${options
        .map((o) => `'${String(o)}'`)
        .join(', ')}`,
      Errno.EINVAL,
    ];
  }
  return [path, 'Input is not valid for any of the allowed types', Errno.EINVAL];
}
