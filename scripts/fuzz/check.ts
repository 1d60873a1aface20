// One fuzz case through the built command, as a user runs it — a process per file, since the process is what is
// tested: its exit code, its output, its time and memory. The verdict lists every rule the run broke.
import { spawn } from 'node:child_process';

export interface Limits {
  /** killed after this long */
  ms: number;
  /** the V8 heap the process gets (--max-old-space-size) */
  heapMb: number;
}

export interface Verdict {
  exit: number | null;
  ms: number;
  /** empty when the run kept every rule */
  problems: string[];
}

/** Exit 0, 1 or 2; JSON on stdout for 0 and 1; for 2 exactly one line on stderr and `{"file","error"}` on stdout;
 * never a stack trace; finished within the time limit. */
export function judge(
  run: { exit: number | null; signal: string | null; stdout: string; stderr: string; timedOut: boolean },
  limits: Limits,
): string[] {
  const problems: string[] = [];
  if (run.timedOut) problems.push(`no answer within ${limits.ms / 1000} s`);
  else if (run.exit === null || ![0, 1, 2].includes(run.exit)) problems.push(`exit ${run.exit ?? run.signal}`);
  const json = (() => {
    try {
      return JSON.parse(run.stdout) as unknown;
    } catch {
      return undefined;
    }
  })();
  if ((run.exit === 0 || run.exit === 1) && (typeof json !== 'object' || json === null || !('blocks' in json)))
    problems.push('stdout is not the report as JSON');
  if (run.exit === 2) {
    const lines = run.stderr.replace(/\n$/, '').split('\n');
    if (lines.length !== 1 || !lines[0]) problems.push(`${lines.length} lines on stderr`);
    if (typeof json !== 'object' || json === null || !('file' in json) || !('error' in json))
      problems.push('stdout is not {"file","error"}');
  }
  if (/^ {4}at /m.test(run.stdout + run.stderr)) problems.push('stack trace');
  return problems;
}

export function checkCase(cli: string, file: string, lang: 'nl' | 'en', limits: Limits): Promise<Verdict> {
  const start = performance.now();
  const child = spawn(
    process.execPath,
    [`--max-old-space-size=${limits.heapMb}`, cli, 'check', file, '--json', '--lang', lang],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, limits.ms);
  return new Promise((resolve) => {
    child.on('close', (exit, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - start;
      resolve({ exit, ms, problems: judge({ exit, signal, stdout, stderr, timedOut }, limits) });
    });
  });
}
