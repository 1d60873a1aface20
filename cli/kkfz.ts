#!/usr/bin/env node
// The command-line twin of the extension: `kkfz check | carry | compare | overview …` (see USAGE in common.ts).
// Exit codes: check 0 every required item present, 1 a required item missing or thin (several files: the highest);
// carry, compare, overview 0; every command 2 for unreadable input or wrong usage.
// Built into dist/cli/kkfz.mjs (scripts/build-cli.ts); the same file is a batch's worker thread (cli/check-worker.ts).
import { isMainThread } from 'node:worker_threads';
import { run } from './run';

if (isMainThread) {
  process.exitCode = await run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    tty: process.stderr.isTTY === true,
    // the threads run this very file: the bundle; from the TypeScript sources (tsx) a batch checks in this thread
    workerUrl: import.meta.url.endsWith('.mjs') ? new URL(import.meta.url) : undefined,
  });
} else {
  await import('./check-worker');
}
