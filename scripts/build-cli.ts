// `npm run build:cli`, also run by `npm ci` (postinstall): the kkfz command bundled with its dependencies into one
// minified ES module, dist/cli/kkfz.mjs, so `npm run kkfz` and the `kkfz` bin start without compiling TypeScript or
// resolving hundreds of files. Beside it, dist/cli/build.json records what it was built from
// (tests/unit/cli-bundle.test.ts fails when the sources have changed since).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { CLI_BUILD_INFO, CLI_BUNDLE, digestInputs, sha256, type BuildInfo } from './cli-bundle';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, CLI_BUNDLE);
mkdirSync(dirname(outfile), { recursive: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: ['cli/kkfz.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  // smaller to read and parse at every start; KKFZ_DEBUG stack traces map back with node --enable-source-maps
  minify: true,
  sourcemap: true,
  metafile: true,
  // the CommonJS dependencies (mammoth and its own) call require() for Node's modules
  banner: {
    js: "import { createRequire as __kkfzCreateRequire } from 'node:module'; const require = __kkfzCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});

const ownScripts = [fileURLToPath(import.meta.url), join(root, 'scripts/cli-bundle.ts')].map((f) => relative(root, f));
const inputs = [...new Set([...Object.keys(result.metafile.inputs), ...ownScripts])].sort();
const info: BuildInfo = { digest: digestInputs(root, inputs), inputs, bundle: sha256(readFileSync(outfile)) };
writeFileSync(join(root, CLI_BUILD_INFO), `${JSON.stringify(info, null, 1)}\n`);
