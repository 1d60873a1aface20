// The whole kkfz command as a function: `run(argv, io)` gives the exit code and writes only through `io`. The
// process (cli/kkfz.ts) and the tests call the same function. Commands load on demand, so --help, --version and a
// usage error answer without the pipeline's start-up.
import { version } from '../package.json';
import { fail, parseCommandLine, unexpectedError, usage, type Invocation, type Io, type Option } from './common';

interface Command {
  /** how many positionals: check takes any number of files and folders, the others exactly these */
  files: number | 'some';
  options: Option[];
  load(): Promise<(inv: Invocation) => Promise<number>>;
}

const COMMANDS: Record<string, Command> = {
  check: {
    files: 'some',
    options: ['json', 'csv', 'jobs', 'year', 'focus', 'lang'],
    load: async () => (await import('./check')).check,
  },
  carry: { files: 1, options: ['json', 'year', 'out', 'lang'], load: async () => (await import('./carry')).carry },
  compare: { files: 2, options: ['json', 'lang'], load: async () => (await import('./compare')).compare },
  overview: {
    files: 1,
    options: ['year', 'focus', 'out', 'lang'],
    load: async () => (await import('./overview')).overview,
  },
  template: {
    files: 1,
    options: ['json', 'from', 'out', 'year', 'lang'],
    load: async () => (await import('./template')).template,
  },
};

async function dispatch(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandLine(argv, io);
  switch (parsed.kind) {
    case 'help':
      io.stdout(`${usage(parsed.lang)}\n`);
      return 0;
    case 'version':
      io.stdout(`kkfz ${version}\n`);
      return 0;
    case 'usage':
      io.stderr(`${parsed.message ? `${parsed.message}\n\n` : ''}${usage(parsed.lang)}\n`);
      return 2;
  }
  const { command, inv, given } = parsed;
  const spec = Object.hasOwn(COMMANDS, command) ? COMMANDS[command]! : null;
  if (!spec || (spec.files === 'some' ? inv.args.length === 0 : inv.args.length !== spec.files)) {
    io.stderr(`${usage(inv.lang)}\n`);
    return 2;
  }
  const extra = given.find((o) => !spec.options.includes(o));
  if (extra)
    return fail(inv, `--${extra} hoort niet bij "kkfz ${command}"`, `--${extra} does not go with "kkfz ${command}"`);
  return (await spec.load())(inv);
}

export async function run(argv: string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    // never a stack trace for the user, and the same one line (and JSON with --json) as any refusal;
    // KKFZ_DEBUG=1 shows the stack for us
    const text = unexpectedError(e);
    const parsed = parseCommandLine(argv, io);
    const exit =
      parsed.kind === 'run' ? fail(parsed.inv, text.nl, text.en, 'unexpected') : (io.stderr(`kkfz: ${text.nl}\n`), 2);
    if (process.env.KKFZ_DEBUG) io.stderr(`${e instanceof Error ? e.stack : ''}\n`);
    return exit;
  }
}
