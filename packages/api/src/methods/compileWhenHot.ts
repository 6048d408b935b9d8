import { z } from 'zod';

/** Parses before a schema is compiled: one-off calls stay on the runtime parser and skip the compile cost. */
const HOT_AFTER = 3;

/**
 * Returns a clone of `schema` that compiles itself with zod's `z.compile` (generated code instead of the schema
 * walker) once it is hot, on its third parse, and from then on parses through the compiled fast path. Results are
 * the same as the runtime parser's: invalid input falls back to it, so errors are identical. Nothing is compiled at
 * import time, and nothing when zod runs `jitless` (no `new Function`, e.g. under a strict CSP).
 *
 * The generated result schemas use it. Compiling `pool.dataset.query`'s result takes about 30 ms once; afterwards
 * validating a 200 KB result costs about 10% on top of `JSON.parse` instead of about 20% (scripts/bench/apiValidation.ts).
 *
 * @param schema any synchronous schema
 * @returns a schema of the same type
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { compileWhenHot } from '@tn/api/schemas';
 *
 * const RowsSchema = compileWhenHot(z.array(z.looseObject({ id: z.number() })));
 * RowsSchema.parse([{ id: 1, extra: true }]); // runtime parser; the third parse compiles
 * ```
 */
export function compileWhenHot<T extends z.ZodType>(schema: T): T {
  let parses = 0;
  let parser: ((input: unknown) => z.output<T> | typeof z.INVALID) | undefined;
  return z.withParser(schema, (input) => {
    if (parser) return parser(input);
    if (++parses < HOT_AFTER) return z.INVALID;
    if (z.config().jitless) parser = () => z.INVALID;
    else {
      const compiled = z.compile(schema);
      parser = (value) => {
        const result = compiled.safeParse(value);
        return result.success ? (result.data as z.output<T>) : z.INVALID;
      };
    }
    return parser(input);
  });
}
