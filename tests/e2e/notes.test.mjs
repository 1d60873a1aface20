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
before(
  async () => {
    const made = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'tests/support/write-second-draft.ts', 'levanto-2025', DRAFT2],
      { cwd: ROOT, encoding: 'utf8' },
    );
    assert.equal(made.status, 0, made.stderr);
    ext = await launchExtension();
    page = await ext.openPage('sidepanel.html');
  },
  { timeout: 90_000 },
);
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
      const block = [...document.querySelectorAll('.report [data-block-index]')].find((b) =>
        b.querySelector('.block-text').textContent.trim().startsWith(start),
      );
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

const blockWith = (p, start) =>
  p
    .locator('.report [data-block-index]')
    .filter({ has: p.locator('.block-text', { hasText: start }) })
    .first();

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
  return json.first.items.map((a) =>
    typeof a.target === 'string' ? a : { ...a, target: { ...a.target, source: undefined } },
  );
}

test('a note on selected text and a note on a block, kept over a reload', { timeout: 60_000 }, async () => {
  await importDocx(page, DRAFT1);
  await tab(page, 'Verslag').click();
  await page.locator('.report [data-block-index]').first().waitFor();

  await selectText(page, "Zo'n 708 medewerkers", QUOTE);
  await page.getByTestId('note-on-selection').click();
  const form = page.getByTestId('note-form');
  await form.getByRole('radio', { name: 'vraag' }).check();
  await form.getByRole('textbox', { name: 'Notitie' }).fill('Zijn dit fte of personen?');
  // the first note asks for the author's name (no name in the settings yet)
  await form.getByRole('textbox', { name: 'Jouw naam' }).fill('Kwaliteitsfunctionaris');
  await form.getByRole('button', { name: 'Notitie opslaan' }).click();
  await blockWith(page, "Zo'n 708 medewerkers").locator('[data-note-count="1"]').waitFor();
  // saving a note on the selection clears the "Geselecteerd: …" bar
  await page.getByTestId('note-on-selection').waitFor({ state: 'detached' });
  assert.equal(await page.locator('.selection-bar').textContent(), '');
  assert.equal(await page.evaluate(() => getSelection().isCollapsed || getSelection().rangeCount === 0), true);

  const removed = blockWith(page, REMOVED_BLOCK);
  await removed.getByRole('button', { name: 'Notitie bij blok' }).click();
  // asked once: the name is in the settings now
  await removed.getByTestId('note-form').waitFor();
  assert.equal(await removed.getByTestId('note-author').count(), 0);
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
  // the note carries the name given with the first note
  assert.match(await cards.filter({ hasText: 'fte of personen' }).textContent(), /Kwaliteitsfunctionaris/);
  assert.deepEqual(await axeSerious(page), []);
});

/** The text of every range in a CSS highlight (empty when there is none). */
const highlighted = (p, name) => p.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => r.toString()), name);

test(
  'the quoted words are highlighted; clicking them opens the note; the list shows the passage',
  { timeout: 60_000 },
  async () => {
    await tab(page, 'Verslag').click();
    const block = blockWith(page, "Zo'n 708 medewerkers");
    await block.waitFor();
    await page.waitForFunction(
      (q) => [...(CSS.highlights.get('kkfz-note') ?? [])].some((r) => r.toString() === q),
      QUOTE,
    );
    assert.ok((await highlighted(page, 'kkfz-note')).includes(QUOTE));

    // a click on the highlighted words opens the block's thread and focuses the note
    assert.equal(await block.locator('[data-note-id]').count(), 0);
    const box = await page.evaluate((q) => {
      const r = [...CSS.highlights.get('kkfz-note')].find((x) => x.toString() === q);
      r.startContainer.parentElement.scrollIntoView({ block: 'center' });
      const rect = r.getClientRects()[0];
      return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 };
    }, QUOTE);
    await page.mouse.click(box.x, box.y);
    const card = block.locator('[data-note-id]').filter({ hasText: 'fte of personen' });
    await card.waitFor();
    await page.waitForFunction(() => document.activeElement?.matches('[data-note-id]'));
    assert.equal(await block.locator('[data-note-count]').getAttribute('aria-expanded'), 'true');

    // a triple-click selects a whole paragraph (its focus lands in the next block): it still offers a note
    const para = blockWith(page, 'Daarom is het onze missie');
    await para.locator('.block-text').click({ clickCount: 3 });
    // (the case that used to fail: the selection's focus is outside the paragraph's text element)
    assert.equal(await para.evaluate((b) => b.querySelector('.block-text').contains(getSelection().focusNode)), false);
    await page.getByTestId('note-on-selection').waitFor();
    assert.match(await page.locator('.selection-bar').textContent(), /Geselecteerd: “Daarom is het onze missie/);
    await page.getByTestId('note-on-selection').click();
    assert.match(await page.getByTestId('note-form').first().textContent(), /Bij: “Daarom is het onze missie/);
    await page.getByTestId('note-form').first().getByRole('button', { name: 'Annuleren' }).click();

    // from the list back to the text: the passage is scrolled to and flashes
    await tab(page, 'Notities').click();
    await page
      .locator('[data-note-id]')
      .filter({ hasText: 'fte of personen' })
      .getByRole('button', { name: 'Toon in verslag' })
      .click();
    await page.waitForFunction(
      (q) => [...(CSS.highlights.get('kkfz-note-flash') ?? [])].some((r) => r.toString() === q),
      QUOTE,
    );
    // scrolled into view
    await page.waitForFunction(() => {
      const r = [...(CSS.highlights.get('kkfz-note-flash') ?? [])][0]?.getBoundingClientRect();
      return r && r.top >= 0 && r.bottom <= innerHeight;
    });
    assert.deepEqual(await axeSerious(page), []);
    await tab(page, 'Notities').click();
  },
);

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

test(
  'the second draft: the note lands on the same words, the one in the removed section is unplaced',
  { timeout: 60_000 },
  async () => {
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
  },
);

test(
  'export, then import into a fresh profile, gives the same notes; a malformed file is refused',
  { timeout: 90_000 },
  async () => {
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
  },
);

test('nothing left the browser and no page logged an error', () => {
  assert.deepEqual(ext.requests, []);
  assert.deepEqual(ext.errors, []);
});
