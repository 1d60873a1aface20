// A tiny static server for the test pages: serves tests/pages/ on 127.0.0.1, random port.
// `servePages()` builds the bundles first (buildPages) and resolves to { origin, close() }.
// Run directly (`node tests/pages/serve.mjs [port]`) to browse the pages by hand.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPages, PAGES_DIR } from './build.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Resolves a request path to a file inside PAGES_DIR, or null (outside the folder, unknown type, not a file). */
function resolveFile(urlPath) {
  let rel;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  const file = path.resolve(PAGES_DIR, `.${path.posix.normalize(`/${rel}`)}`);
  if (file !== PAGES_DIR && !file.startsWith(PAGES_DIR + path.sep)) return null;
  if (!TYPES[path.extname(file).toLowerCase()]) return null;
  try {
    // No symlinks out of the folder either.
    const real = fs.realpathSync(file);
    if (!real.startsWith(fs.realpathSync(PAGES_DIR) + path.sep)) return null;
    return fs.statSync(real).isFile() ? real : null;
  } catch {
    return null;
  }
}

/** Starts the server. `port` 0 (default) picks a free one. */
export async function servePages({ port = 0 } = {}) {
  await buildPages();
  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = req.method === 'GET' || req.method === 'HEAD' ? resolveFile(pathname) : null;
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Niet gevonden\n');
      return;
    }
    const body = fs.readFileSync(file);
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file).toLowerCase()],
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  // Pages keep no connections open for long; close() should not wait for idle keep-alive sockets.
  server.keepAliveTimeout = 1000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const origin = `http://localhost:${server.address().port}`;
  return {
    origin,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { origin } = await servePages({ port: Number(process.argv[2]) || 0 });
  console.log(`Test pages on ${origin}/ (Ctrl+C to stop):`);
  for (const f of fs
    .readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort())
    console.log(`  ${origin}/${f}`);
}
