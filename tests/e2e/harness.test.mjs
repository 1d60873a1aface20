// The "no request left the extension" assertions elsewhere only mean something if the recorder sees requests
// from both an extension page and the service worker; this proves it does, and that errors are caught.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eventually, launchExtension } from './harness.mjs';

// Port 9 (discard) on loopback: nothing listens, so the fetch fails fast and nothing leaves the machine.
const PAGE_URL = 'http://127.0.0.1:9/from-page';
const SW_URL = 'http://127.0.0.1:9/from-worker';

let ext;
before(
  async () => {
    ext = await launchExtension();
  },
  { timeout: 60_000 },
);
after(() => ext?.close());

test('records requests from extension pages and the service worker', { timeout: 30_000 }, async () => {
  const page = await ext.openPage('sidepanel.html');
  await page.evaluate((url) => fetch(url).catch(() => undefined), PAGE_URL);
  await ext.serviceWorker.evaluate((url) => fetch(url).catch(() => undefined), SW_URL);
  const urls = () => ext.requests.map((r) => r.url);
  assert.ok(await eventually(() => urls().includes(PAGE_URL)), `page fetch not recorded: ${JSON.stringify(urls())}`);
  assert.ok(await eventually(() => urls().includes(SW_URL)), `worker fetch not recorded: ${JSON.stringify(urls())}`);
});

test('records console errors and uncaught exceptions', { timeout: 30_000 }, async () => {
  const page = await ext.openPage('sidepanel.html');
  await page.evaluate(() => {
    console.error('harness-console-check');
    setTimeout(() => {
      throw new Error('harness-throw-check');
    });
  });
  const texts = () => ext.errors.map((e) => e.text).join('\n');
  assert.ok(await eventually(() => texts().includes('harness-console-check')), `console error missing: ${texts()}`);
  assert.ok(await eventually(() => texts().includes('harness-throw-check')), `exception missing: ${texts()}`);
});
