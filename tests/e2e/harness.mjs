// Shared launcher for end-to-end tests: the built Chrome extension in Debian's Chromium, driven by playwright-core.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, '.output/chrome-mv3');
/** The build that may read the local test pages (`wxt build --mode e2e`): a test cannot click the toolbar button. */
export const DIST_E2E = path.join(ROOT, '.output/chrome-mv3-e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Schemes that stay inside the browser; anything else counts as a request leaving the extension.
const LOCAL = /^(chrome-extension|data|blob|about):/;

/**
 * Starts Chromium with only our extension loaded, in a throwaway profile.
 * `requests` lists every request to a non-local URL (pages, workers and the service worker),
 * `errors` every console error and uncaught exception on any page of the context.
 */
export async function launchExtension({ dist = DIST } = {}) {
  if (!fs.existsSync(path.join(dist, 'manifest.json'))) {
    throw new Error(
      `${dist}/manifest.json not found: run \`npx wxt build${dist === DIST ? '' : ' --mode e2e'}\` first`,
    );
  }
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kkfz-e2e-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      timeout: 30_000,
      args: [
        `--disable-extensions-except=${dist}`,
        `--load-extension=${dist}`,
        '--no-sandbox', // CI runs as root, where Chromium refuses to start sandboxed
        '--disable-gpu',
        '--disable-dev-shm-usage',
        // Keep Chromium's own traffic (updates, sync, safe browsing) out of the recording.
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        // Belt and braces: no host name resolves except localhost (for test sites), so even an
        // unexpected request cannot reach the internet. It is still recorded below.
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost',
      ],
    });
  } catch (err) {
    fs.rmSync(profile, { recursive: true, force: true });
    throw err;
  }

  const requests = [];
  const errors = [];
  const record = (url, kind) => {
    if (!LOCAL.test(url)) requests.push({ url, kind });
  };
  context.on('request', (r) => record(r.url(), r.resourceType()));

  const watched = new WeakSet();
  const watch = (page) => {
    if (watched.has(page)) return;
    watched.add(page);
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push({ page: page.url(), text: m.text() });
    });
    page.on('pageerror', (e) => errors.push({ page: page.url(), text: String(e) }));
    page.on('websocket', (ws) => record(ws.url(), 'websocket'));
  };
  context.pages().forEach(watch);
  context.on('page', watch);

  try {
    const isOurs = (w) => w.url().startsWith('chrome-extension://');
    const sw =
      context.serviceWorkers().find(isOurs) ??
      (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }));
    const extensionId = new URL(sw.url()).host; // derived from DIST's path, so discover it

    return {
      context,
      extensionId,
      serviceWorker: sw,
      requests,
      errors,
      /** Opens an extension page (e.g. 'sidepanel.html') in a new tab, with error recording attached. */
      async openPage(pagePath) {
        const page = await context.newPage();
        watch(page);
        await page.goto(`chrome-extension://${extensionId}/${pagePath.replace(/^\//, '')}`);
        return page;
      },
      async close() {
        try {
          await context.close();
        } finally {
          fs.rmSync(profile, { recursive: true, force: true });
        }
      },
    };
  } catch (err) {
    await context.close().catch(() => undefined);
    fs.rmSync(profile, { recursive: true, force: true });
    throw err;
  }
}

/** Polls `check` until it is truthy or `timeout` ms pass, and returns its last value: browser events reach
 * Node asynchronously, a moment after the action that caused them. */
export async function eventually(check, timeout = 5_000) {
  const deadline = Date.now() + timeout;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  return check();
}
