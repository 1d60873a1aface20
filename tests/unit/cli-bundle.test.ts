// The built command is what users run: `npm run kkfz` and the `kkfz` bin start dist/cli/kkfz.mjs, which must be
// there and built from the sources as they are now (the digest scripts/build-cli.ts wrote beside it). Then the
// process itself, a few times: --version, --help in both languages, an empty file, through npm once.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { USAGE, USAGE_EN } from '../../cli/common';
import { CLI_BUILD_INFO, CLI_BUNDLE, digestInputs, sha256, type BuildInfo } from '../../scripts/cli-bundle';
import { BUNDLE, kkfz, kkfzProcess, ROOT, scratchDir } from '../support/cli';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const REBUILD = `${CLI_BUNDLE} is missing or stale: run \`npm run build:cli\``;

describe('the kkfz bundle', () => {
  it('is what npm run kkfz, npm run demo and the kkfz bin run, and npm ci builds it', () => {
    expect(BUNDLE).toBe(join(ROOT, CLI_BUNDLE));
    expect(pkg.scripts.kkfz).toBe(`node ${CLI_BUNDLE}`);
    expect(pkg.scripts.demo).toMatch(new RegExp(`^node ${CLI_BUNDLE} check `));
    expect(pkg.bin).toEqual({ kkfz: CLI_BUNDLE });
    expect(pkg.scripts.postinstall).toMatch(/^wxt prepare && npm run -s build:cli$/);
    expect(readFileSync(join(ROOT, '.gitignore'), 'utf8')).toMatch(/^dist\/$/m);
  });

  it('is built from the sources as they are now', () => {
    expect(existsSync(join(ROOT, CLI_BUILD_INFO)) && existsSync(BUNDLE), REBUILD).toBe(true);
    const info: BuildInfo = JSON.parse(readFileSync(join(ROOT, CLI_BUILD_INFO), 'utf8'));
    expect(info.inputs).toEqual(
      expect.arrayContaining(['cli/kkfz.ts', 'cli/run.ts', 'lib/analyse.ts', 'package.json', 'scripts/build-cli.ts']),
    );
    expect(
      info.inputs.some((f) => f.startsWith('node_modules/mammoth/')),
      'dependencies are bundled',
    ).toBe(true);
    expect(digestInputs(ROOT, info.inputs), REBUILD).toBe(info.digest);
    expect(sha256(readFileSync(BUNDLE)), REBUILD).toBe(info.bundle);
  });

  it(
    'answers --version, --help (Dutch, --lang en) and an empty file as the in-process command does',
    { timeout: 60_000 },
    async () => {
      const version = await kkfzProcess('--version');
      expect(version).toEqual({ code: 0, stdout: `kkfz ${pkg.version}\n`, stderr: '' });
      expect((await kkfzProcess('--help')).stdout).toBe(`${USAGE}\n`);
      expect((await kkfzProcess('-h', '--lang', 'en')).stdout).toBe(`${USAGE_EN}\n`);
      const empty = scratchDir('kkfz-bundle-').file('leeg.docx', '');
      const r = await kkfzProcess('check', empty);
      expect(r).toEqual({ code: 2, stdout: '', stderr: 'kkfz: Het bestand is leeg (0 bytes).\n' });
      expect(await kkfz('check', empty)).toEqual(r);
    },
  );

  it('runs through npm run kkfz', { timeout: 60_000 }, async () => {
    const { stdout } = await promisify(execFile)('npm', ['run', '-s', 'kkfz', '--', '--version'], { cwd: ROOT });
    expect(stdout).toBe(`kkfz ${pkg.version}\n`);
  });
});

describe('kkfz --help and --version in-process', () => {
  it('prints the usage in Dutch, in English with --lang en, and the usage on stderr for no command', async () => {
    expect(await kkfz('--help')).toEqual({ code: 0, stdout: `${USAGE}\n`, stderr: '' });
    expect((await kkfz('--help', '--lang=en')).stdout).toBe(`${USAGE_EN}\n`);
    expect(USAGE).toMatch(/kkfz check <bestanden en\/of mappen…> \[--json\|--csv\] \[--jobs N\]/);
    expect(USAGE_EN).toMatch(/kkfz check <files and\/or folders…> \[--json\|--csv\] \[--jobs N\]/);
    const none = await kkfz('--lang', 'en');
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(`${USAGE_EN}\n`);
    expect(await kkfz('-v')).toEqual({ code: 0, stdout: `kkfz ${pkg.version}\n`, stderr: '' });
  });
});
