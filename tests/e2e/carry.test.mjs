// "Jaarovergang" end to end, in Chromium with the built extension: import a corpus report, make the draft for next
// year, drop one block (by mouse) and change another (by keyboard), reload and find the choices kept, download the
// .docx and read it back with mammoth: the KKFZ headings are there, the dropped block is not. Accessibility with
// axe-core, no console errors, and not one request leaving the browser.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { launchExtension } from './harness.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = process.env.KKFZ_CORPUS || path.resolve(ROOT, '../shared/corpus');
const REPORT = path.join(CORPUS, 'levanto-2025.docx');
const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kkfz-e2e-carry-'));

/** What the CLI makes of the same file: the draft the extension makes must be the same. */
function cliCarry(file) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'cli/kkfz.ts'), 'carry', file, '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(r.status, 0, `CLI failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const expected = cliCarry(REPORT);
// a kept paragraph whose words appear nowhere else: after dropping it, the export must not hold them
const unique = (x) => expected.items.filter((y) => y.text.includes(x.text.slice(0, 60))).length === 1;
const dropped = expected.items.find((x) => x.state === 'keep' && x.text.length > 80 && !x.flags.length && unique(x));
const stays = expected.items.find((x) => x !== dropped && x.state === 'keep' && x.text.length > 80 && unique(x));

let ext;
let page;
let droppedId;
let changedId;
before(
  async () => {
    ext = await launchExtension();
    page = await ext.openPage('sidepanel.html');
  },
  { timeout: 60_000 },
);
after(async () => {
  await ext?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const tab = (name) => page.getByRole('tab', { name });
const item = (id) => page.locator(`[data-block-id="${id}"]`);

async function axeSerious() {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.length}× ${v.help}`);
}

test('the view needs an open report, and says so', async () => {
  await tab('Jaarovergang').click();
  await page.getByText('Nog geen verslag geopend').waitFor();
});

test('import a report, open Jaarovergang, make the draft for next year', { timeout: 60_000 }, async () => {
  assert.ok(dropped && stays, 'the corpus report has kept paragraphs with their own words');
  await tab('Importeren').click();
  await page.getByLabel('Organisatie').fill('LEVANTOgroep');
  await page.getByTestId('import-input').setInputFiles(REPORT);
  await page.getByTestId('import-done').waitFor({ timeout: 30_000 });

  await tab('Jaarovergang').click();
  await page.getByRole('heading', { name: 'Nieuw concept voor 2026' }).waitFor();
  await page.getByTestId('compare-empty').getByText('Importeer het verslag over 2024').waitFor();
  assert.deepEqual(await axeSerious(), []);

  await page.getByTestId('carry-make').click();
  await page.locator('[data-block-id]').first().waitFor({ timeout: 30_000 });
  const c = expected.counts;
  assert.equal(
    await page.getByTestId('carry-counts').textContent(),
    `${c.keep} overnemen · ${c.update} bijwerken · ${c.drop} weglaten`,
  );
  const states = await page.locator('[data-block-id]').evaluateAll((els) => els.map((e) => e.dataset.state));
  assert.deepEqual(
    states,
    expected.items.map((x) => x.state),
  );
  assert.ok((await page.locator('.carry-item mark').count()) > 0, 'flagged passages are marked');
  assert.deepEqual(await axeSerious(), []);
});

test(
  'one block set to Weglaten by mouse, another changed by keyboard; both survive a reload',
  { timeout: 60_000 },
  async () => {
    const row = page.locator('[data-block-id]', { hasText: dropped.text.slice(0, 60) });
    droppedId = await row.getAttribute('data-block-id');
    await row.getByTestId('carry-state').getByRole('radio', { name: 'Weglaten' }).check();
    await page.locator(`[data-block-id="${droppedId}"][data-state="drop"]`).waitFor();

    // arrow keys move through a radio group and choose
    const other = page.locator('[data-block-id]', { hasText: stays.text.slice(0, 60) });
    changedId = await other.getAttribute('data-block-id');
    await other.getByRole('radio', { name: 'Overnemen' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.locator(`[data-block-id="${changedId}"][data-state="update"]`).waitFor();

    await page.reload();
    await tab('Jaarovergang').click();
    await item(droppedId).waitFor();
    assert.equal(await item(droppedId).getAttribute('data-state'), 'drop');
    assert.equal(await item(changedId).getAttribute('data-state'), 'update');
    assert.equal(await item(droppedId).getByRole('radio', { name: 'Weglaten' }).isChecked(), true);
  },
);

test('the filter "alleen bijwerken" shows only blocks to update', async () => {
  await page.getByTestId('carry-filter').getByRole('radio', { name: 'alleen bijwerken' }).check();
  const states = await page.locator('[data-block-id]').evaluateAll((els) => els.map((e) => e.dataset.state));
  assert.equal(states.length, expected.counts.update + 1);
  assert.ok(states.every((s) => s === 'update'));
  assert.deepEqual(await axeSerious(), []);
  await page.getByTestId('carry-filter').getByRole('radio', { name: 'alle', exact: true }).check();
});

test('the .docx download has the KKFZ structure and not the dropped block', { timeout: 60_000 }, async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('carry-export').click()]);
  assert.equal(download.suggestedFilename(), 'kwaliteitsverslag-2026-concept.docx');
  const file = path.join(tmp, download.suggestedFilename());
  await download.saveAs(file);
  const { value: html } = await mammoth.convertToHtml({ path: file });
  const h1 = [...html.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => m[1]);
  assert.ok(h1.includes('Pijler 1: Veiligheid en persoonsgerichte zorg'), JSON.stringify(h1));
  const { value: text } = await mammoth.extractRawText({ path: file });
  const flat = text.replace(/\s+/g, ' ');
  assert.ok(flat.includes(stays.text.slice(0, 60)), 'a kept block is in the export');
  assert.ok(!flat.includes(dropped.text.slice(0, 60)), 'the dropped block is not');
  await page.getByText('“kwaliteitsverslag-2026-concept.docx” gedownload.').waitFor();
});

test('nothing left the browser and no page logged an error', () => {
  assert.deepEqual(ext.requests, []);
  assert.deepEqual(ext.errors, []);
});
