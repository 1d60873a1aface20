// Bundles the scripted test pages (React form, Quill editor) into tests/pages/dist/ with esbuild.
// `buildPages()` is idempotent and cheap: esbuild builds in memory, and a file is only (re)written when its content
// changed, via a temporary file and a rename, so test processes running in parallel never read a half-written bundle.
// Run directly (`node tests/pages/build.mjs`) to build once.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const PAGES_DIR = path.dirname(fileURLToPath(import.meta.url));
export const DIST_DIR = path.join(PAGES_DIR, 'dist');

const BUNDLES = [
  { entry: 'react-form.jsx', out: 'react-form.bundle.js' },
  { entry: 'editor.js', out: 'editor.bundle.js' }, // also emits editor.bundle.css (Quill's snow theme)
];

let pending = null;

/** Builds dist/*.bundle.js (+ css). Resolves to the list of output files (absolute paths). */
export function buildPages() {
  // One build per process; a failed build is retried on the next call.
  pending ??= buildAll().catch((err) => {
    pending = null;
    throw err;
  });
  return pending;
}

async function buildAll() {
  fs.mkdirSync(DIST_DIR, { recursive: true });
  const results = await Promise.all(
    BUNDLES.map(({ entry, out }) =>
      build({
        entryPoints: [path.join(PAGES_DIR, entry)],
        outfile: path.join(DIST_DIR, out),
        absWorkingDir: PAGES_DIR,
        bundle: true,
        format: 'iife',
        platform: 'browser',
        target: 'chrome110',
        jsx: 'automatic',
        jsxImportSource: 'react',
        tsconfigRaw: {}, // the project tsconfig (jsxImportSource preact) must not apply here
        define: { 'process.env.NODE_ENV': '"production"' },
        legalComments: 'none',
        logLevel: 'silent',
        write: false,
      }),
    ),
  );
  const written = [];
  for (const { outputFiles } of results) {
    for (const file of outputFiles) {
      writeIfChanged(file.path, file.contents);
      written.push(file.path);
    }
  }
  return written;
}

function writeIfChanged(file, contents) {
  try {
    if (Buffer.compare(fs.readFileSync(file), contents) === 0) return;
  } catch {
    // missing: write it
  }
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  fs.writeFileSync(tmp, contents);
  fs.renameSync(tmp, file);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = await buildPages();
  for (const f of files) console.log(`${path.relative(process.cwd(), f)}  ${fs.statSync(f).size} bytes`);
}
