// Review notes end to end: a note on selected text and one on a block, kept over a reload, re-anchored on
// the second draft (or listed as unplaced), and carried to a fresh profile as W3C Web Annotations.
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
const DRAFT1 = path.join(CORPUS, 'levanto-2025.docx');
const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kkfz-e2e-notes-'));
const DRAFT2 = path.join(tmp, 'levanto-2025-concept-2.docx');

const QUOTE = '708 medewerkers en 355 vrijwilligers';
const REMOVED_BLOCK = 'De begeleiding die wij bieden aan cliënten met een forensische titel';

let ext;
let page;
before(async () => {
  const made = spawnSync(process.execPath, ['--import', 'tsx', 'tests/support/write-second-draft.ts', 'levanto-2025', DRAFT2], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(made.status, 0, made.stderr);
  ext = await launchExtension();
  page = await ext.openPage('sidepanel.html');
}, { timeout: 90_000 });
after(async () => {
  await ext?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const tab = (p, name) => p.getByRole('tab', { name, exact: true });

async function importDocx(p, file) {
  await tab(p, 'Importeren').click();
  await p.getByLabel('Organisatie').fill('LEVANTOgroep');
  await p.getByTestId('import-input').setInputFiles(file);
  await p.getByTestId('import-done').waitFor({ timeout: 30_000 });
}

async function axeSerious(p) {
  await p.evaluate(AXE);
  const r = await p.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] }));
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

/** Selects `quote` inside the block whose text starts with `blockStart`, as a mouse would. */
async function selectText(p, blockStart, quote) {
  await p.evaluate(
    ([start, q]) => {
      const block = [...document.querySelectorAll('[data-block-index]')].find((b) => b.querySelector('.block-text').textContent.trim().startsWith(start));
      const walker = document.createTreeWalker(block.querySelector('.block-text'), NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.data.indexOf(q);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + q.length);
        getSelection().removeAllRanges();
        getSelection().addRange(range);
        block.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
      throw new Error(`“${q}” not found`);
    },
    [blockStart, quote],
  );
}

const blockWith = (p, start) => p.locator('[data-block-index]').filter({ has: p.locator('.block-text', { hasText: start }) }).first();

async function exportNotes(p) {
  await tab(p, 'Notities').click();
  const [download] = await Promise.all([p.waitForEvent('download'), p.getByTestId('notes-export').click()]);
  const file = path.join(tmp, `notes-${Date.now()}.jsonld`);
  await download.saveAs(file);
  return file;
}

/** The annotations of an export, without what is local to one profile (its report id). */
function portable(file) {
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  return json.first.items.map((a) => (typeof a.target === 'string' ? a : { ...a, target: { ...a.target, source: undefined } }));
}

test('a note on selected text and a note on a block, kept over a reload', { timeout: 60_000 }, async () => {
  await importDocx(page, DRAFT1);
  await tab(page, 'Verslag').click();
  await page.locator('[data-block-index]').first().waitFor();

  await selectText(page, "Zo'n 708 medewerkers", QUOTE);
  await page.getByTestId('note-on-selection').click();
  const form = page.getByTestId('note-form');
  await form.getByRole('radio', { name: 'vraag' }).check();
  await form.getByRole('textbox', { name: 'Notitie' }).fill('Zijn dit fte of personen?');
  await form.getByRole('textbox', { name: 'Jouw naam' }).fill('Kwaliteitsfunctionaris');
  await form.getByRole('button', { name: 'Notitie opslaan' }).click();
  await blockWith(page, "Zo'n 708 medewerkers").locator('[data-note-count="1"]').waitFor();

  const removed = blockWith(page, REMOVED_BLOCK);
  await removed.getByRole('button', { name: 'Notitie bij blok' }).click();
  await removed.getByTestId('note-form').getByRole('radio', { name: 'aanvulling nodig' }).check();
  await removed.getByTestId('note-form').getByRole('textbox', { name: 'Notitie' }).fill('Noem hier ook de FARE.');
  await removed.getByTestId('note-form').getByRole('button', { name: 'Notitie opslaan' }).click();
  await removed.locator('[data-note-count="1"]').waitFor();
  assert.deepEqual(await axeSerious(page), []);

  await page.reload();
  await tab(page, 'Notities').click();
  const cards = page.locator('[data-note-id]');
  await cards.nth(1).waitFor();
  assert.equal(await cards.count(), 2);
  assert.equal(await page.locator('[data-placed="yes"]').count(), 2);
  await page.getByText(QUOTE, { exact: true }).waitFor();
  assert.deepEqual(await axeSerious(page), []);
});

test('replies and resolving are kept on the note', async () => {
  const card = page.locator('[data-note-id]').filter({ hasText: 'fte of personen' });
  await card.getByRole('textbox', { name: /Antwoord/ }).fill('Personen, geen fte.');
  await card.getByRole('button', { name: 'Verstuur' }).click();
  await card.getByText('Personen, geen fte.').waitFor();
  await card.getByRole('button', { name: 'Afhandelen' }).click();
  // the default filter shows open notes: set it to all
  await page.locator('[data-filter="status"]').selectOption('');
  await page.locator('[data-note-status="resolved"]').filter({ hasText: 'fte of personen' }).waitFor();
});

test('the second draft: the note lands on the same words, the one in the removed section is unplaced', { timeout: 60_000 }, async () => {
  const before = await exportNotes(page);
  await importDocx(page, DRAFT2);
  await tab(page, 'Notities').click();
  await page.locator('[data-filter="status"]').selectOption('');
  const placed = page.locator('[data-note-id][data-placed="yes"]');
  await placed.first().waitFor();
  assert.equal(await placed.count(), 1);
  assert.match(await placed.textContent(), /fte of personen/);
  const unplaced = page.getByTestId('unplaced-notes');
  await unplaced.getByText('Noem hier ook de FARE.').waitFor();
  assert.match(await unplaced.textContent(), /Niet geplaatste notities/);

  await tab(page, 'Verslag').click();
  const block = blockWith(page, "Zo'n 708 medewerkers");
  await block.locator('[data-note-count="1"]').waitFor();
  // nothing was lost: the export has the same notes as before the new draft
  assert.deepEqual(portable(await exportNotes(page)), portable(before));
});

test('export, then import into a fresh profile, gives the same notes; a malformed file is refused', { timeout: 90_000 }, async () => {
  const exported = await exportNotes(page);
  const other = await launchExtension();
  try {
    const p = await other.openPage('sidepanel.html');
    await importDocx(p, DRAFT2);
    await tab(p, 'Notities').click();
    const bad = path.join(tmp, 'kapot.jsonld');
    fs.writeFileSync(bad, '{"type":"AnnotationCollection","first":{"items":[{"id":"x"}]}}');
    await p.getByTestId('notes-import').setInputFiles(bad);
    await p.getByRole('alert').filter({ hasText: 'Web Annotation' }).waitFor();
    assert.equal(await p.locator('[data-note-id]').count(), 0);

    await p.getByTestId('notes-import').setInputFiles(exported);
    await p.getByText('Ingelezen: 2 nieuw').waitFor();
    await p.getByTestId('notes-import').setInputFiles(exported);
    await p.getByText('Ingelezen: 0 nieuw, 0 bijgewerkt, 2 al aanwezig').waitFor();
    assert.deepEqual(portable(await exportNotes(p)), portable(exported));
    assert.deepEqual(other.requests, []);
    assert.deepEqual(other.errors, []);
  } finally {
    await other.close();
  }
});

test('nothing left the browser and no page logged an error', () => {
  assert.deepEqual(ext.requests, []);
  assert.deepEqual(ext.errors, []);
});
