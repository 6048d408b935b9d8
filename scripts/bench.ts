// `pnpm bench`: every benchmark, each reported as a ratio against a floor measured in the same run.
// Exits 1 if a target is missed (targets are checked here, never in timed unit tests: machines are noisy).
import { runApiValidationBench } from './bench/apiValidation.js';
import { type BenchRow, formatRows } from './bench/benchRow.js';
import { runMockBench } from './bench/mockBench.js';
import { runQueryEngineBench } from './bench/queryEngine.js';
import { runRpcBench } from './bench/rpcBench.js';
import { runZfsParserBench } from './bench/zfsParsers.js';

const suites: [string, () => Promise<BenchRow[]>][] = [
  ['@tn/rpc vs raw ws floor', runRpcBench],
  ['@tn/mock vs bare echo server', runMockBench],
  ['@tn/api query engine vs hand-written filter+sort', runQueryEngineBench],
  ['@tn/zfs parsers vs JSON.parse / split baselines', runZfsParserBench],
  ['@tn/api result validation vs bare JSON.parse', runApiValidationBench],
];

let failed = 0;
for (const [title, run] of suites) {
  console.log(`\n== ${title} ==`);
  const rows = await run();
  console.log(formatRows(rows));
  failed += rows.filter((r) => r.pass === false).length;
}
console.log(failed === 0 ? '\nall targets met' : `\n${failed} target(s) missed`);
process.exitCode = failed === 0 ? 0 : 1;
