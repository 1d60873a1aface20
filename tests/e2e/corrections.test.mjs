// Corrections that outlive an import, a whole section at once, and no silent duplicates, end to end at a
// narrow side-panel size (400×900): correct blocks of a corpus report, import its second draft (edited,
// moved and removed paragraphs), find the corrections again or under "Niet geplaatste correcties"; correct a
// section and undo it (button, Ctrl+Z); importing the identical file asks instead of adding a copy.
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
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kkfz-e2e-corrections-'));
const DRAFT2 = path.join(tmp, 'levanto-2025-concept-2.docx');

// blocks by the start of their text (tests/fixtures/anchoring/levanto-2025.json says what draft 2 changes)
const UNCHANGED = "Zo'n 708 medewerkers";
const REWORDED = { before: 'Per april 2025 is er een team', after: 'Per 1 april 2025 is er een nieuw team' };
const REMOVED = 'Honos+ vragenlijsten worden onder regie';
const SECTION = 'De organisatie';
const IN_SECTION = 'Dit doen wij in alle gemeenten';

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
    await page.setViewportSize({ width: 400, height: 900 });
  },
  { timeout: 90_000 },
);
after(async () => {
  await ext?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const tab = (name) => page.getByRole('tab', { name, exact: true });
const block = (start) =>
  page
    .locator('.block[data-block-index]')
    .filter({ has: page.locator('.block-text', { hasText: start }) })
    .first();
const heading = (text) =>
  page
    .locator('.block.heading[data-block-index]')
    .filter({ has: page.locator('.block-text', { hasText: new RegExp(`^\\s*${text}\\s*$`) }) })
    .first();

async function importDocx(file) {
  await tab('Importeren').click();
  await page.getByLabel('Organisatie').fill('LEVANTOgroep');
  await page.getByTestId('import-input').setInputFiles(file);
}

async function axeSerious() {
  await page.evaluate(AXE);
  const r = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] }));
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.length}× ${v.help}`);
}

/** Opens "Wijzig indeling" on a block, picks a pillar (0 = Algemeen) and saves. */
async function correct(b, pillar, scope = null) {
  await b.getByRole('button', { name: 'Wijzig indeling' }).click();
  await b.getByRole('radio', { name: pillar === 0 ? 'Algemeen' : new RegExp(`^${pillar}\\. `) }).check();
  if (scope) await b.getByTestId('correction-scope').getByRole('radio', { name: scope }).check();
  await b.getByRole('button', { name: 'Opslaan' }).click();
}

/** The pillar of every block from the heading `text` up to the next heading of its level or higher. */
async function sectionPillars(text) {
  return heading(text).evaluate((h) => {
    const all = [...document.querySelectorAll('.block[data-block-index]')];
    const at = all.indexOf(h);
    const out = [h.dataset.pillar];
    for (const b of all.slice(at + 1)) {
      if (b.classList.contains('heading')) break; // the section holds no sub-headings here
      out.push(b.dataset.pillar);
    }
    return out;
  });
}

/** Waits until the section's pillars are `want`: the view follows a stored change a moment later. */
async function untilSection(text, want) {
  await page.waitForFunction(
    ([s, w]) => {
      const all = [...document.querySelectorAll('.block[data-block-index]')];
      const h = all.find(
        (b) => b.classList.contains('heading') && b.querySelector('.block-text')?.textContent.trim() === s,
      );
      if (!h) return false;
      const out = [h.dataset.pillar];
      for (const b of all.slice(all.indexOf(h) + 1)) {
        if (b.classList.contains('heading')) break;
        out.push(b.dataset.pillar);
      }
      return out.join() === w;
    },
    [text, want.join()],
  );
}

test('corrections made on the first draft', { timeout: 60_000 }, async () => {
  await importDocx(DRAFT1);
  await page.getByTestId('import-done').waitFor({ timeout: 30_000 });
  await tab('Verslag').click();
  await block(UNCHANGED).waitFor();
  await correct(block(UNCHANGED), 3);
  await correct(block(REWORDED.before), 4);
  await correct(block(REMOVED), 2);
  for (const [start, p] of [
    [UNCHANGED, '3'],
    [REWORDED.before, '4'],
    [REMOVED, '2'],
  ]) {
    await page.waitForFunction(
      ([s, v]) =>
        [...document.querySelectorAll('.block[data-block-index]')].some(
          (b) => b.querySelector('.block-text')?.textContent.trim().startsWith(s) && b.dataset.pillar === v,
        ),
      [start, p],
    );
  }
  assert.equal(await page.getByTestId('unplaced-corrections').count(), 0);
});

test(
  'a second draft of the report keeps them: on the unchanged and the reworded block, the removed one listed',
  { timeout: 60_000 },
  async () => {
    await importDocx(DRAFT2);
    await page.getByTestId('import-done').waitFor({ timeout: 30_000 });
    await tab('Verslag').click();
    await block(UNCHANGED).waitFor();
    assert.equal(await block(UNCHANGED).getAttribute('data-pillar'), '3');
    assert.equal(await block(UNCHANGED).locator('.chip.user').count(), 1);
    assert.equal(await block(REWORDED.after).getAttribute('data-pillar'), '4');
    assert.equal(await block(REWORDED.after).locator('.chip.user').count(), 1);

    const unplaced = page.getByTestId('unplaced-corrections');
    await unplaced.waitFor();
    assert.match(await unplaced.getByRole('heading').textContent(), /Niet geplaatste correcties \(1\)/);
    const item = unplaced.locator('[data-correction-id]');
    assert.equal(await item.count(), 1);
    assert.match(await item.textContent(), /Honos\+ vragenlijsten worden onder regie/);
    assert.match(await item.textContent(), /Pijler 2/);
    assert.equal(await item.getAttribute('data-pillar'), '2');
    assert.deepEqual(await axeSerious(), []);
  },
);

test(
  'a whole section at once, skipping a block corrected by itself; one undo by button, one by Ctrl+Z',
  { timeout: 60_000 },
  async () => {
    await correct(block(IN_SECTION), 5);
    await page.waitForFunction(
      (s) =>
        [...document.querySelectorAll('.block[data-block-index]')].some(
          (b) => b.querySelector('.block-text')?.textContent.trim().startsWith(s) && b.dataset.pillar === '5',
        ),
      IN_SECTION,
    );
    const before = await sectionPillars(SECTION);
    assert.ok(before.length >= 5, `section ${SECTION} has blocks: ${before}`);
    const skipped = before.indexOf('5');
    assert.ok(skipped > 0);

    // by keyboard: the scope is a radio group in the editor; saving moves focus to "Ongedaan maken"
    await correct(heading(SECTION), 4, /de hele sectie/);
    const undo = page.getByTestId('section-undo');
    await undo.waitFor();
    await untilSection(
      SECTION,
      before.map((p, k) => (k === skipped ? '5' : '4')),
    );
    await page.waitForFunction(() => document.activeElement?.dataset.testid === 'section-undo');
    assert.deepEqual(await axeSerious(), []);
    await undo.click();
    await page.getByTestId('section-change').getByText('ongedaan gemaakt').waitFor();
    await page.waitForFunction(
      ([want, s]) => {
        const all = [...document.querySelectorAll('.block[data-block-index]')];
        const h = all.find(
          (b) => b.classList.contains('heading') && b.querySelector('.block-text')?.textContent.trim() === s,
        );
        const out = [h.dataset.pillar];
        for (const b of all.slice(all.indexOf(h) + 1)) {
          if (b.classList.contains('heading')) break;
          out.push(b.dataset.pillar);
        }
        return out.join() === want;
      },
      [before.join(), SECTION],
    );

    await correct(heading(SECTION), 1, /de hele sectie/);
    await undo.waitFor();
    await untilSection(
      SECTION,
      before.map((p, k) => (k === skipped ? '5' : '1')),
    );
    await heading(SECTION).focus();
    await page.keyboard.press('Control+z');
    await page.getByTestId('section-change').getByText('ongedaan gemaakt').waitFor();
    await untilSection(SECTION, before);
  },
);

test('importing the identical file again asks; "open" adds nothing, Escape cancels', { timeout: 60_000 }, async () => {
  await tab('Bibliotheek').click();
  const drafts = page.locator('[data-draft-id]');
  await drafts.first().waitFor();
  assert.equal(await drafts.count(), 2);

  await importDocx(DRAFT2);
  const ask = page.getByTestId('import-duplicate');
  await ask.waitFor();
  assert.match(await ask.textContent(), /Dit bestand staat al in de bibliotheek \(.+, .+\)/);
  // focus moves to "open" once the question has rendered; wait for it rather than for time
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'duplicate-open');
  assert.deepEqual(await axeSerious(), []);
  await page.keyboard.press('Escape');
  await ask.waitFor({ state: 'detached' });

  await page.getByTestId('import-input').setInputFiles(DRAFT2);
  await ask.waitFor();
  await page.getByRole('button', { name: 'Open het bewaarde verslag' }).click();
  await ask.waitFor({ state: 'detached' });
  await tab('Bibliotheek').click();
  await drafts.first().waitFor();
  assert.equal(await drafts.count(), 2);
  assert.equal(await page.locator('[data-draft-id].current').count(), 1);
});

test('nothing left the browser, no errors', () => {
  assert.deepEqual(ext.requests, []);
  assert.deepEqual(ext.errors, []);
});
