#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { runCli } from './cli/runCli.js';
import { createLocalRunner } from './exec/createLocalRunner.js';

// The CLI is the one place in @tn/zfs that prints. No top-level await: tsup also emits a CJS build of this entry.
void runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  readFile: (path) => readFile(path, 'utf8'),
  createRunner: () => createLocalRunner(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`tn-zfs: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 3;
  },
);
