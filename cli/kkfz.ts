// The command-line twin of the extension: `kkfz check | carry | compare | overview …` (see USAGE in common.ts).
// Exit codes: check 0 every required item present, 1 a required item missing or thin; carry, compare, overview 0;
// every command 2 for unreadable input or wrong usage.
import { carry } from './carry';
import { check } from './check';
import { compare } from './compare';
import { fail, parseCommandLine, USAGE, type Invocation, type Option } from './common';
import { overview } from './overview';

const COMMANDS: Record<string, { files: number; options: Option[]; run(inv: Invocation): Promise<number> }> = {
  check: { files: 1, options: ['json', 'year', 'focus', 'lang'], run: check },
  carry: { files: 1, options: ['json', 'year', 'out', 'lang'], run: carry },
  compare: { files: 2, options: ['json', 'lang'], run: compare },
  overview: { files: 1, options: ['year', 'focus', 'out', 'lang'], run: overview },
};

async function main(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.kind === 'usage') {
    process.stderr.write(`${parsed.message ? `${parsed.message}\n\n` : ''}${USAGE}\n`);
    return 2;
  }
  const { command, inv, given } = parsed;
  const spec = Object.hasOwn(COMMANDS, command) ? COMMANDS[command]! : null;
  if (!spec || inv.args.length !== spec.files) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const extra = given.find((o) => !spec.options.includes(o));
  if (extra) return fail(inv, `--${extra} hoort niet bij "kkfz ${command}"`, `--${extra} does not go with "kkfz ${command}"`);
  return spec.run(inv);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // never a stack trace for the user; KKFZ_DEBUG=1 shows it for us
    process.stderr.write(`kkfz: onverwachte fout: ${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env.KKFZ_DEBUG) console.error(e);
    process.exitCode = 2;
  },
);
