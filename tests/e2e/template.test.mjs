// "Invullen → Word-sjabloon" end to end, in Chromium with the built extension (the template read and written in its
// worker): import the sample report, pick the bundled house template, check the preview, choose another item for a
// place, edit one text and untick another, keep the template, download the filled document and read it back —
// headings still headings and in order, placeholders replaced, the figure in its cell, the header and footer byte
// for byte the template's. After a reload the kept template comes back with the choice made for it.
// Accessibility with axe-core, no console errors, and not one request leaving the browser.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { launchExtension } from './harness.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const REPORT = path.join(ROOT, 'samples/voorbeeldverslag-2025.docx');
const TEMPLATE = path.join(ROOT, 'samples/voorbeeld-sjabloon.docx');
const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kkfz-e2e-template-'));
const OWN_TEXT = 'Onze eigen tekst over de organisatie van de zorg.';

let ext;
let page;
before(
  async () => {
    ext = await launchExtension();
    page = await ext.openPage('sidepanel.html');
    await page.setViewportSize({ width: 400, height: 900 });
    await page.getByTestId('import-input').setInputFiles(REPORT);
    await page.getByTestId('import-done').waitFor({ timeout: 30_000 });
  },
  { timeout: 90_000 },
);
after(async () => {
  await ext?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const row = (label) =>
  page.getByTestId('template-row').filter({ has: page.locator('.fill-label', { hasText: label }) });

async function axeSerious() {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function openTemplateView() {
  await page.getByRole('tab', { name: 'Invullen' }).click();
  await page.getByRole('radio', { name: 'Word-sjabloon' }).check();
  await page.getByRole('heading', { name: 'Word-sjabloon invullen' }).waitFor();
}

test('picking the template shows every place with its item, score and text', { timeout: 60_000 }, async () => {
  await openTemplateView();
  await page.getByText(/Nog geen sjablonen bewaard/).waitFor();
  await page.getByTestId('template-input').setInputFiles(TEMPLATE);
  await page.getByText('8 plekken in “voorbeeld-sjabloon.docx”').waitFor({ timeout: 30_000 });
  assert.equal(await row('Vakmanschap van onze medewerkers').getAttribute('data-target'), 'pillar-2');
  assert.equal(await row('Aantal cliënten').getAttribute('data-target'), 'omvang');
  assert.equal(await row('Aantal cliënten').getByTestId('template-text').inputValue(), '64');
  // the house's own words for pillar 1: the pillar its four named siblings leave
  assert.equal(await row('Veilige zorg').getAttribute('data-target'), 'pillar-1');
  assert.match(await row('Vooruitblik').getByTestId('template-shown').textContent(), /doelen en plannen/);
  const width = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert.equal(width[0], width[1], 'nothing wider than the 400 px panel');
  assert.deepEqual(await axeSerious(), []);
});

test('the user picks an item, edits a text, unticks a place and keeps the template', { timeout: 60_000 }, async () => {
  await row('Veilige zorg').getByTestId('template-target').selectOption('theme-1');
  await page.waitForFunction(() => {
    const r = [...document.querySelectorAll('[data-testid="template-row"]')].find((x) =>
      x.textContent.includes('Veilige zorg'),
    );
    return r?.dataset.target === 'theme-1' && r.dataset.selected === 'true';
  });
  const organisation = row('Organisatie van de zorg');
  await organisation.locator('summary').click();
  await organisation.getByTestId('template-text').fill(OWN_TEXT);
  // by keyboard: the checkbox of the look-ahead
  await row('Vooruitblik').getByTestId('template-on').focus();
  await page.keyboard.press('Space');
  assert.equal(await row('Vooruitblik').getAttribute('data-selected'), 'false');
  await page.getByTestId('template-keep').click();
  await page.getByText(/Bewaard in de bibliotheek/).waitFor();
  await page.getByTestId('template-kept').filter({ hasText: 'voorbeeld-sjabloon.docx' }).waitFor();
});

test(
  'the download is the template filled: its own styles, header and footer, the chosen texts',
  { timeout: 60_000 },
  async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('template-download').click(),
    ]);
    assert.equal(download.suggestedFilename(), 'voorbeeld-sjabloon-ingevuld.docx');
    const file = path.join(tmp, download.suggestedFilename());
    await download.saveAs(file);
    await page.getByText('“voorbeeld-sjabloon-ingevuld.docx” gedownload: 7 van 8 plekken ingevuld.').waitFor();
    assert.match(await page.getByTestId('template-left').textContent(), /Vooruitblik — niet aangevinkt/);

    const { value: html } = await mammoth.convertToHtml({ path: file });
    const headings = [...html.matchAll(/<h([12])>(.*?)<\/h\1>/g)].map((m) => `${m[1]} ${m[2]}`);
    const template = (await mammoth.convertToHtml({ path: TEMPLATE })).value;
    const own = [...template.matchAll(/<h([12])>(.*?)<\/h\1>/g)].map((m) => `${m[1]} ${m[2]}`);
    // every template heading is still a heading, in its order (the report's own sub-headings come in between)
    let at = -1;
    for (const h of own) {
      const next = headings.indexOf(h, at + 1);
      assert.ok(next > at, `${h} in order in ${JSON.stringify(headings)}`);
      at = next;
    }
    const { value: text } = await mammoth.extractRawText({ path: file });
    assert.ok(text.includes(OWN_TEXT), 'the edited text');
    assert.ok(!text.includes('[Vul hier in]'), 'every ticked placeholder replaced');
    assert.ok(
      text.includes('Beschrijf hier de doelen en plannen voor volgend jaar.'),
      'the unticked place keeps its hint',
    );
    assert.match(html, /<td><p>Aantal cliënten met een forensische titel<\/p><\/td><td><p>64<\/p><\/td>/);
    assert.ok(text.includes('Veiligheidsmanagement'), 'the chosen theme’s passages');

    const before = unzipSync(fs.readFileSync(TEMPLATE));
    const after = unzipSync(fs.readFileSync(file));
    for (const name of Object.keys(before).filter((n) => /^word\/(header|footer|styles|numbering)/.test(n)))
      assert.deepEqual(after[name], before[name], `${name} unchanged`);
  },
);

test('after a reload the kept template comes back with the item chosen for it', { timeout: 60_000 }, async () => {
  await page.reload();
  await page.getByRole('tab', { name: 'Overzicht', selected: true }).waitFor();
  await openTemplateView();
  const kept = page.getByTestId('template-kept').filter({ hasText: 'voorbeeld-sjabloon.docx' });
  await kept.getByTestId('template-use').click();
  await page.getByText('8 plekken in “voorbeeld-sjabloon.docx”').waitFor({ timeout: 30_000 });
  assert.equal(await row('Veilige zorg').getAttribute('data-target'), 'theme-1');
  assert.deepEqual(await axeSerious(), []);
});

test('nothing left the browser and no page logged an error', () => {
  assert.deepEqual(ext.requests, []);
  assert.deepEqual(ext.errors, []);
});
