// The Schrijfhulp end to end at side-panel size (400×900): import a corpus report with a missing theme, open
// that theme's tile → its guidance with its questions; mark it "niet van toepassing" with a reason → the
// overview shows it justified with the reason, also after reloading the panel; the overview for DJI, downloaded
// from the panel as .html and .docx, carries the reason and the year's focus themes first.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { launchExtension } from './harness.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = process.env.KKFZ_CORPUS || path.resolve(ROOT, '../shared/corpus');
// Homerun 2025 says nothing about theme 11 (Medewerkersmetingen)
const REPORT = path.join(CORPUS, 'homerun-2025.docx');
const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const REASON = 'Wij hebben geen eigen medewerkers in de forensische zorg: de begeleiding is ingehuurd.';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kkfz-e2e-guidance-'));
let ext;
let page;
before(
  async () => {
    ext = await launchExtension();
    page = await ext.openPage('sidepanel.html');
    await page.setViewportSize({ width: 400, height: 900 });
  },
  { timeout: 60_000 },
);
after(() => ext?.close());

const tab = (name) => page.getByRole('tab', { name, exact: true });
const tile = () => page.locator('.theme-grid button[data-theme="11"]');
const item = () => page.locator('li[data-checklist-id="theme-11"]');

async function axeSerious() {
  await page.evaluate(AXE);
  const r = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] }));
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.length}× ${v.help}`);
}

test(
  'from a missing tile to its guidance, justified with a reason, shown in the overview after a reload',
  { timeout: 90_000 },
  async () => {
    await tab('Importeren').click();
    await page.getByLabel('Organisatie').fill('Homerun');
    await page.getByTestId('import-input').setInputFiles(REPORT);
    await page.getByTestId('import-done').waitFor({ timeout: 30_000 });
    await tab('Overzicht').click();
    await page.locator('.theme-grid button[data-theme="11"][data-status="missing"]').waitFor();

    // a missing tile opens its theme's guidance, focus in the dialog
    await tile().click();
    const dialog = page.getByRole('dialog', { name: 'Thema 11: Medewerkersmetingen' });
    await dialog.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'guide-title');
    await dialog
      .getByTestId('guide-questions')
      .getByText(/Met welk instrument meet je de ervaring van medewerkers/)
      .waitFor();
    assert.equal(await dialog.getByTestId('guide-verdict').getAttribute('data-status'), 'missing');
    assert.deepEqual(await axeSerious(), []);

    // "niet van toepassing" with a reason
    await dialog.getByRole('radio', { name: 'Niet van toepassing' }).check();
    await dialog.getByLabel('Reden').fill(REASON);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.locator('[data-testid="guide-verdict"][data-justified="niet-van-toepassing"]').waitFor();

    // Escape closes it and gives focus back to the tile
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.dataset.theme === '11');

    await page.locator('li[data-checklist-id="theme-11"][data-justified="niet-van-toepassing"]').waitFor();
    assert.equal(await item().getByTestId('justification').textContent(), `Niet van toepassing: ${REASON}`);
    assert.equal(await tile().getAttribute('data-justified'), 'niet-van-toepassing');
    assert.match(await tile().textContent(), /verantwoord/);

    // still there after the panel is opened again
    await page.reload();
    await page
      .locator('li[data-checklist-id="theme-11"][data-justified="niet-van-toepassing"]')
      .waitFor({ timeout: 30_000 });
    assert.equal(await item().getByTestId('justification').textContent(), `Niet van toepassing: ${REASON}`);
    await page.locator('.theme-grid button[data-theme="11"][data-justified="niet-van-toepassing"]').waitFor();
  },
);

async function downloadFrom(testId) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const file = path.join(tmp, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

test(
  'the overview for DJI downloads as printable HTML and as .docx, with the justification and the focus themes first',
  { timeout: 90_000 },
  async () => {
    const htmlFile = await downloadFrom('dji-html');
    assert.equal(path.basename(htmlFile), 'overzicht-dji-2025.html');
    const html = fs.readFileSync(htmlFile, 'utf8');
    assert.match(html, /@page\s*\{[^}]*A4/);
    assert.ok(html.includes(REASON), 'the reason is in the HTML overview');

    const docxFile = await downloadFrom('dji-docx');
    assert.equal(path.basename(docxFile), 'overzicht-dji-2025.docx');
    const { value: text } = await mammoth.extractRawText({ path: docxFile });
    const flat = text.replace(/\s+/g, ' ');
    assert.ok(flat.includes(REASON), 'the reason is in the .docx overview');
    // 2025's focus themes (2, 6, 9) come before the pillars
    const focus = flat.indexOf('Thema 2');
    assert.ok(focus >= 0 && focus < flat.indexOf('Thema 1:'), 'a focus theme stands before theme 1');
    for (let n = 1; n <= 14; n++) assert.ok(flat.includes(`Thema ${n}`), `theme ${n} is in the .docx overview`);
  },
);

test('nothing left the browser, no errors', () => {
  assert.deepEqual(ext.requests, []);
  assert.deepEqual(ext.errors, []);
});
