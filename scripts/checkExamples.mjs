// Every exported symbol must carry an @example in its TSDoc. typedoc's `notDocumented` checks that a comment exists;
// this checks the example, reading typedoc's JSON output of the public surface.
// Usage: node scripts/checkExamples.mjs [packages/zfs ...] (default: every package in typedoc.json).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'tn-docs-'));
const out = join(dir, 'api.json');
try {
  const only = process.argv.slice(2).flatMap((p) => ['--entryPoints', p]);
  execFileSync('typedoc', ['--json', out, '--out', join(dir, 'site'), ...only], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const project = JSON.parse(readFileSync(out, 'utf8'));
  const missing = [];
  const hasExample = (comment) => comment?.blockTags?.some((t) => t.tag === '@example');
  const walk = (node, pkg) => {
    for (const child of node.children ?? []) {
      if (child.kind === 2 /* Module */ || child.kind === 1 /* Project */) {
        walk(child, child.name);
        continue;
      }
      const comment = child.comment ?? child.signatures?.[0]?.comment;
      const internal = comment?.modifierTags?.includes('@internal');
      if (!internal && !hasExample(comment)) missing.push(`${pkg}: ${child.name}`);
    }
  };
  walk(project, project.name);
  if (missing.length > 0) {
    console.error(`[tn] ${missing.length} exported symbol(s) without an @example:\n  ${missing.join('\n  ')}`);
    process.exit(1);
  }
  console.log('[tn] every exported symbol has an @example');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
