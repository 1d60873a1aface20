// The workspace end to end, in Chromium with the built extension: import a corpus report, see the checklist
// (the same as the CLI's), correct mappings, reload, backup → wipe → restore, a bad file, accessibility,
// and not one request leaving the browser during the whole run.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchExtension } from './harness.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = process.env.KKFZ_CORPUS || path.resolve(ROOT, '../shared/corpus');
const REPORT = path.join(CORPUS, 'samen-zorg-twente-2025.docx');
const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kkfz-e2e-files-'));

/** What the CLI says of the same file: the extension must agree with it. */
function cli(file) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'cli/kkfz.ts'), 'check', file, '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.ok(r.status === 0 || r.status === 1, `CLI failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

let ext;
let page;
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
const checklist = () =>
  page
    .locator('[data-checklist-id]')
    .evaluateAll((els) => Object.fromEntries(els.map((e) => [e.dataset.checklistId, e.dataset.status])));

async function exportBackup() {
  await tab('Bibliotheek').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-export').click()]);
  const file = path.join(tmp, `backup-${Date.now()}.json`);
  await download.saveAs(file);
  const { exportedAt: _at, ...rest } = JSON.parse(fs.readFileSync(file, 'utf8'));
  return { file, data: rest };
}

async function axeSerious() {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.length}× ${v.help}`);
}

const expected = cli(REPORT);
let corrected = [];
/** blocks confirmed in "Te controleren": stored as corrections too */
const confirmed = [];
let pillar = 0;

test('an empty workspace says what to do', async () => {
  await tab('Overzicht').click();
  await page.getByText('Nog geen verslag geopend').waitFor();
  assert.deepEqual(await axeSerious(), []);
});

test(
  'importing a corpus report shows its warnings, then the same checklist as the CLI',
  { timeout: 60_000 },
  async () => {
    await tab('Importeren').click();
    await page.getByLabel('Organisatie').fill('Samen Zorg Twente');
    await page.getByTestId('import-input').setInputFiles(REPORT);
    await page.getByTestId('import-done').waitFor({ timeout: 30_000 });
    assert.match(await page.getByTestId('import-done').textContent(), /geïmporteerd/);
    assert.deepEqual(await axeSerious(), []);

    await tab('Overzicht').click();
    await page.locator('[data-checklist-id]').first().waitFor();
    const want = Object.fromEntries(expected.checklist.map((c) => [c.id, c.status]));
    assert.deepEqual(await checklist(), want);
    assert.deepEqual(await axeSerious(), []);
  },
);

test('the report view tags every block as the CLI maps it, with sanitised HTML', async () => {
  await tab('Verslag').click();
  const blocks = page.locator('[data-block-index]');
  await blocks.first().waitFor();
  const shown = await blocks.evaluateAll((els) =>
    els.map((e) => [Number(e.dataset.blockIndex), Number(e.dataset.pillar)]),
  );
  assert.deepEqual(
    shown,
    expected.blocks.map((b) => [b.i, b.pillar]),
  );
  assert.equal(await page.locator('.report script, .report [onerror], .report a[href^="javascript"]').count(), 0);
  assert.deepEqual(await axeSerious(), []);
});

test('the blocks the map is unsure of are marked, and can be listed on their own', async () => {
  const unsure = expected.blocks.filter((b) => b.unsure).map((b) => b.i);
  assert.ok(unsure.length > 0, 'the report has blocks the map is unsure of');
  const marked = await page
    .locator('[data-block-index][data-unsure]')
    .evaluateAll((els) => els.map((e) => Number(e.dataset.blockIndex)));
  assert.deepEqual(marked, unsure);
  await page.getByLabel('Toon').selectOption('unsure');
  const shown = page.locator('[data-block-index]');
  await page.waitForFunction((n) => document.querySelectorAll('[data-block-index]').length === n, unsure.length);
  assert.deepEqual(await shown.evaluateAll((els) => els.map((e) => Number(e.dataset.blockIndex))), unsure);
  assert.equal(await page.locator('[data-block-index] .chip.unsure').count(), unsure.length);
  assert.deepEqual(await axeSerious(), []);
  await page.getByLabel('Toon').selectOption('all');
});

test('the uncertain ones first: one key press confirms a block, which then counts as corrected', async () => {
  const unsure = expected.blocks.filter((b) => b.unsure).map((b) => b.i);
  const rows = page.getByTestId('review-item');
  await rows.first().waitFor();
  assert.deepEqual(
    (await rows.evaluateAll((els) => els.map((e) => Number(e.dataset.reviewIndex)))).sort((a, b) => a - b),
    unsure,
  );
  const first = Number(await rows.first().getAttribute('data-review-index'));
  confirmed.push(first);
  await rows.first().focus();
  await page.keyboard.press('Enter');
  await page.locator(`#block-${first}.corrected`).waitFor();
  assert.equal(await page.locator(`[data-testid="review-item"][data-review-index="${first}"]`).count(), 0);
  assert.equal(
    await page.locator(`#block-${first}`).getAttribute('data-pillar'),
    String(expected.blocks[first].pillar),
  );
  assert.deepEqual(await axeSerious(), []);
});

test('correcting blocks recomputes the checklist at once, and survives a reload', { timeout: 60_000 }, async () => {
  // the pillar with the fewest blocks: moving them all to "general" must make its checklist item missing
  const counts = [1, 2, 3, 4, 5]
    .map((p) => ({ p, blocks: expected.blocks.filter((b) => b.pillar === p) }))
    .filter((x) => x.blocks.length > 0);
  counts.sort((a, b) => a.blocks.length - b.blocks.length);
  pillar = counts[0].p;
  corrected = counts[0].blocks.map((b) => b.i);
  for (const i of corrected) {
    const block = page.locator(`[data-block-index="${i}"]`);
    await block.getByRole('button', { name: 'Wijzig indeling' }).click();
    await block.getByRole('radio', { name: 'Algemeen' }).check();
    await block.getByRole('button', { name: 'Opslaan' }).click();
    await page.locator(`[data-block-index="${i}"][data-pillar="0"]`).waitFor();
  }
  await tab('Overzicht').click();
  // the last save reaches the stored corrections (and so the checklist) a moment after the block shows it
  await page.locator(`[data-checklist-id="pillar-${pillar}"][data-status="missing"]`).waitFor();

  await page.reload();
  await page.locator(`[data-checklist-id="pillar-${pillar}"]`).waitFor();
  await page.locator(`[data-checklist-id="pillar-${pillar}"][data-status="missing"]`).waitFor();
  await tab('Verslag').click();
  for (const i of corrected)
    assert.equal(await page.locator(`[data-block-index="${i}"]`).getAttribute('data-pillar'), '0');
});

test('progress and aspects are kept per report', async () => {
  await tab('Voortgang').click();
  const row = page.locator('[data-progress-id="pillar-1"]');
  await row.getByRole('combobox').selectOption('bezig');
  await row.getByRole('textbox', { name: /Eigenaar/ }).fill('Kwaliteitsfunctionaris');
  await row.getByRole('textbox', { name: /Eigenaar/ }).press('Tab');
  const aspects = page.locator('[data-aspects-pillar="1"]');
  await aspects.getByRole('textbox').fill('Veiligheidsrondes');
  await aspects.getByRole('button', { name: 'Toevoegen' }).click();
  await aspects.getByText('Veiligheidsrondes').waitFor();
  assert.deepEqual(await axeSerious(), []);
  await page.reload();
  await tab('Voortgang').click();
  await page.locator('[data-aspects-pillar="1"]').getByText('Veiligheidsrondes').waitFor();
  assert.equal(await page.locator('[data-progress-id="pillar-1"]').getByRole('combobox').inputValue(), 'bezig');
});

test('backup → wipe → restore gives identical data', { timeout: 60_000 }, async () => {
  const before = await exportBackup();
  assert.ok(
    before.data.drafts.length === 1 && before.data.corrections.length === new Set([...corrected, ...confirmed]).size,
  );
  assert.deepEqual(await axeSerious(), []);

  await page.getByTestId('wipe').click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Alles wissen' }).click();
  await page.getByText('Nog geen verslagen bewaard').waitFor();
  const empty = await exportBackup();
  assert.equal(empty.data.reports.length + empty.data.drafts.length + empty.data.corrections.length, 0);

  await page.getByTestId('restore-input').setInputFiles(before.file);
  await page.getByTestId('restore-plan').getByRole('button', { name: 'Toevoegen' }).click();
  await page.getByText('De back-up is teruggezet').waitFor();
  const after = await exportBackup();
  assert.deepEqual(after.data, before.data);

  // restoring the same backup again changes nothing and says so
  await page.getByTestId('restore-input').setInputFiles(before.file);
  await page.getByTestId('restore-plan').getByText('niets dat hier nog niet staat').waitFor();
  await page.getByTestId('restore-plan').getByRole('button', { name: 'Annuleren' }).click();

  await tab('Overzicht').click();
  await page.locator(`[data-checklist-id="pillar-${pillar}"][data-status="missing"]`).waitFor();
});

test('a bad file shows an error and leaves stored reports untouched', { timeout: 60_000 }, async () => {
  const stored = await exportBackup();
  const pdf = path.join(tmp, 'verslag.docx');
  fs.writeFileSync(pdf, '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
  await tab('Importeren').click();
  await page.getByTestId('import-input').setInputFiles(pdf);
  const error = page.getByTestId('import-error');
  await error.waitFor();
  assert.match(await error.textContent(), /PDF/);
  assert.deepEqual(await axeSerious(), []);
  assert.deepEqual((await exportBackup()).data, stored.data);
});

test(
  'a crafted document renders inert: no script runs, no dangerous link, no remote image',
  { timeout: 60_000 },
  async () => {
    const crafted = path.join(tmp, 'crafted.docx');
    const write = `import { makeCraftedDocx } from './tests/support/make-crafted-docx.ts'; import { writeFileSync } from 'node:fs'; writeFileSync(process.argv[1], await makeCraftedDocx());`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', write, crafted], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    await tab('Importeren').click();
    await page.getByTestId('import-input').setInputFiles(crafted);
    await page.getByTestId('import-done').waitFor({ timeout: 30_000 });
    await tab('Verslag').click();
    await page.locator('[data-block-index]').first().waitFor();
    const report = page.locator('.report');
    assert.equal(await report.locator('script, iframe, object, embed, [onerror], [onclick]').count(), 0);
    const hrefs = await report.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(hrefs, ['https://www.example.org/beleid']);
    const srcs = await report.locator('img').evaluateAll((imgs) => imgs.map((i) => i.getAttribute('src') ?? ''));
    assert.ok(
      srcs.length > 0 && srcs.every((s) => s === '' || s.startsWith('blob:chrome-extension://')),
      JSON.stringify(srcs),
    );
    // the in-package picture really loads from its blob: URL
    assert.ok(await report.locator('img[src^="blob:"]').evaluate((img) => img.complete && img.naturalWidth > 0));
    assert.equal(await page.evaluate(() => globalThis.__pwned), undefined);
    await page.getByText('<script>window.__pwned = 1</script>', { exact: false }).waitFor();
  },
);

test('the options change the checklist: a focus theme becomes required', async () => {
  const options = await ext.openPage('options.html');
  await options.getByRole('checkbox', { name: /^7\./ }).check();
  await options.getByRole('button', { name: 'Opslaan' }).click();
  await options.getByText('Opgeslagen').waitFor();
  await page.bringToFront();
  await tab('Overzicht').click();
  await page.locator('[data-checklist-id="theme-7"]').getByText('verplicht').waitFor();
  await options.close();
});

test('the popup names the open report in one line', async () => {
  const popup = await ext.openPage('popup.html');
  const line = popup.getByTestId('popup-status');
  await line.getByText(/verplicht/).waitFor();
  await popup.close();
});

test('nothing left the browser and no page logged an error', () => {
  assert.deepEqual(ext.requests, []);
  assert.deepEqual(ext.errors, []);
});
