// The CLI as tests run it: `kkfz(...)` calls `run(argv, io)` in-process (no start-up, no machine-dependent
// timing) and gives its stdout, stderr and exit code; `kkfzProcess(...)` runs the built command as a user does,
// for the few tests that need the real process (the bundle, worker threads). And a scratch folder for input files.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { run } from '../../cli/run';

export const ROOT = resolve(__dirname, '../..');
/** what `npm run kkfz` runs (package.json), built by `npm run build:cli` */
export const BUNDLE = join(ROOT, 'dist/cli/kkfz.mjs');
const exec = promisify(execFile);

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function kkfz(...args: string[]): Promise<Run> {
  const out = { stdout: '', stderr: '' };
  const code = await run(args, { stdout: (s) => void (out.stdout += s), stderr: (s) => void (out.stderr += s) });
  return { code, ...out };
}

export async function kkfzProcess(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [BUNDLE, ...args], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as Run;
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** A fresh temporary folder, and `file(name, bytes)` that writes test input into it and returns its path. */
export function scratchDir(prefix: string): { dir: string; file(name: string, bytes: Uint8Array | string): string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    file(name, bytes) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return path;
    },
  };
}
