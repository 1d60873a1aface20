import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchExtension } from './harness.mjs';

let ext;
before(
  async () => {
    ext = await launchExtension();
  },
  { timeout: 60_000 },
);
after(() => ext?.close());

test('side panel opens with its heading, no console errors and no network', { timeout: 30_000 }, async () => {
  const page = await ext.openPage('sidepanel.html');
  assert.equal(await page.title(), 'KKFZ-assistent');
  const heading = page.getByRole('heading', { level: 1 });
  await heading.waitFor();
  assert.equal(await heading.textContent(), 'KKFZ-assistent');
  assert.deepEqual(ext.errors, []);
  assert.deepEqual(ext.requests, []);
});
