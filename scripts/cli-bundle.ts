// Where the built kkfz command lives, and the digest of its inputs that tells whether it is stale: the build
// (scripts/build-cli.ts) writes it beside the bundle, a unit test recomputes it from the sources.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** the bundle: what `npm run kkfz` and the `kkfz` bin run (package.json) */
export const CLI_BUNDLE = 'dist/cli/kkfz.mjs';
/** beside it: `{ digest, inputs, bundle }` */
export const CLI_BUILD_INFO = 'dist/cli/build.json';

export interface BuildInfo {
  /** digestInputs of `inputs` when the bundle was built */
  digest: string;
  /** every file the bundle was made from (esbuild's metafile, node_modules included) and the build's own scripts */
  inputs: string[];
  /** sha256 of the bundle itself */
  bundle: string;
}

export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** One digest over the files' names and contents; a missing file digests as missing, so it reads as stale. */
export function digestInputs(root: string, inputs: readonly string[]): string {
  const lines = [...inputs].sort().map((path) => {
    let content: string;
    try {
      content = sha256(readFileSync(join(root, path)));
    } catch {
      content = 'missing';
    }
    return `${path}\0${content}`;
  });
  return sha256(lines.join('\n'));
}
