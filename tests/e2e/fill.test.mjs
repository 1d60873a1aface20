// Filling web templates end to end: the e2e build (which may read localhost, standing in for the toolbar click
// that grants activeTab) in Chromium, a corpus report imported, then each test page read, previewed, filled
// and undone through the side panel. The pages' own state (React's, Quill's, the DOM's) is what is checked.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DIST, DIST_E2E, launchExtension } from './harness.mjs';
import { servePages } from '../pages/serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = process.env.KKFZ_CORPUS || path.resolve(ROOT, '../shared/corpus');
const REPORT = path.join(CORPUS, 'levanto-2025.docx');
const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

let ext;
let panel;
let site;
before(
  async () => {
    site = await servePages();
    ext = await launchExtension({ dist: DIST_E2E });
    panel = await ext.openPage('sidepanel.html');
    await panel.getByTestId('import-input').setInputFiles(REPORT);
    await panel.getByTestId('import-done').waitFor({ timeout: 20_000 });
  },
  { timeout: 90_000 },
);
after(async () => {
  await ext?.close();
  await site?.close();
});

/** Opens a test page in its own tab and waits until it reports its state. */
async function openForm(name) {
  const page = await ext.context.newPage();
  await page.goto(`${site.origin}/${name}`);
  await page.waitForFunction(() => Object.keys(window.__pageState?.() ?? {}).length > 0);
  return page;
}

/** In the side panel: pick the form's tab, read it, and return the preview rows by field name. */
async function readInPanel(form) {
  await panel.bringToFront();
  await panel.getByRole('tab', { name: 'Invullen' }).click();
  await panel.getByRole('button', { name: 'Tabbladen vernieuwen' }).click();
  const title = await form.title();
  const select = panel.getByTestId('fill-tab');
  await panel.waitForFunction(
    (t) => [...document.querySelectorAll('[data-testid="fill-tab"] option')].some((o) => o.textContent.startsWith(t)),
    title,
  );
  const value = await select
    .locator('option')
    .evaluateAll((os, t) => os.find((o) => o.textContent.startsWith(t))?.value, title);
  assert.ok(value, `the tab "${title}" is offered`);
  await select.selectOption(value);
  await panel.getByTestId('fill-read').click();
  // the preview of this page, not the one before it
  await panel
    .getByRole('heading', { name: new RegExp(`velden? in “${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`) })
    .waitFor();
  return rows();
}

const rows = () =>
  panel.getByTestId('fill-row').evaluateAll((els) =>
    els.map((e) => ({
      key: e.dataset.key,
      target: e.dataset.target,
      selected: e.dataset.selected === 'true',
      fit: e.dataset.fit,
      shortened: e.dataset.shortened === 'true',
      label: e.querySelector('.fill-label')?.textContent ?? '',
    })),
  );

/** The preview row whose label starts with `start`. */
const rowLabelled = (preview, start) => {
  const row = preview.find((r) => r.label.startsWith(start));
  assert.ok(row, `a row labelled “${start}…”: ${preview.map((r) => r.label).join(' | ')}`);
  return row;
};

async function apply() {
  await panel.getByTestId('fill-apply').click();
  await panel.getByTestId('fill-done').waitFor();
}

async function undo() {
  await panel.getByTestId('fill-undo').click();
  await panel.getByTestId('fill-undone').waitFor();
}

const state = (form) => form.evaluate(() => window.__pageState());

test('the extension as installed reads no page by itself: activeTab and scripting, portals only on request', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'manifest.json'), 'utf8'));
  assert.equal(manifest.host_permissions, undefined);
  assert.equal(manifest.content_scripts, undefined);
  assert.ok(manifest.permissions.includes('activeTab') && manifest.permissions.includes('scripting'));
  assert.deepEqual(manifest.optional_host_permissions, ['https://*/*', 'http://*/*']);
  // the test build differs only in reading the local test pages
  const e2e = JSON.parse(fs.readFileSync(path.join(DIST_E2E, 'manifest.json'), 'utf8'));
  assert.deepEqual(e2e.host_permissions, ['http://localhost/*', 'http://127.0.0.1/*']);
  assert.deepEqual({ ...e2e, host_permissions: undefined }, { ...manifest, host_permissions: undefined });
});

test('a plain form: matched fields are filled, the prefilled one and the personal ones are left alone, undo restores all', async () => {
  const form = await openForm('plain.html');
  const start = await state(form);
  const preview = await readInPanel(form);
  assert.ok(preview.length >= 10, `${preview.length} fields`);
  const ticked = preview.filter((r) => r.selected);
  assert.ok(ticked.length >= 4, `ticked: ${ticked.map((r) => r.label).join(', ')}`);
  assert.ok(
    preview.some((r) => r.target === 'visie' && !r.selected),
    'the prefilled mission field is not ticked',
  );
  await panel.evaluate(AXE);
  const axe = await panel.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] }));
  assert.deepEqual(
    axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`),
    [],
  );
  await apply();
  const after = await state(form);
  assert.equal(after.uitgangspunten, start.uitgangspunten, 'prefilled field untouched without confirmation');
  for (const personal of ['org_naam', 'kvk', 'email_correspondentie', 'tel_contact'])
    assert.equal(after[personal], '', personal);
  assert.ok(after.toel_4a.length > 20, 'the “Toelichting” under the HKZ heading got text');
  assert.ok(after.aantal_clienten.includes('122'), 'omvang carries the figures of the report');
  await undo();
  assert.deepEqual(await state(form), start);

  // with explicit confirmation, the non-empty field is overwritten
  const row = panel.locator('[data-testid="fill-row"][data-target="visie"]');
  await row.getByTestId('fill-overwrite').check();
  await apply();
  const overwritten = await state(form);
  assert.notEqual(overwritten.uitgangspunten, start.uitgangspunten);
  assert.match(overwritten.uitgangspunten, /visie/i);
  await undo();
  assert.deepEqual(await state(form), start);
  await form.close();
});

test('a React-controlled form: React’s own state holds the text; undo gives React the old values back', async () => {
  const form = await openForm('react.html');
  const start = await state(form);
  const preview = await readInPanel(form);
  assert.ok(preview.find((r) => r.target === 'theme-4')?.selected, 'naasten → theme 4, ticked');
  await apply();
  const after = await state(form);
  const changes = await form.evaluate(() => window.__changeCount);
  assert.ok(after.naasten.length > 20, 'React state has the text');
  assert.ok(changes.naasten > 0, 'React saw onChange');
  assert.equal(after.contactpersoon, start.contactpersoon, 'prefilled contact kept');
  assert.equal(after.bevoegdheid, start.bevoegdheid, 'prefilled answer kept without confirmation');
  // the DOM shows what React holds
  assert.equal(await form.locator('[name="naasten"]').inputValue(), after.naasten);
  await undo();
  assert.deepEqual(await state(form), start);
  await form.close();
});

test('a rich-text editor (Quill): the editor’s model holds the text; undo empties it again', async () => {
  const form = await openForm('editor.html');
  const start = await state(form);
  const preview = await readInPanel(form);
  assert.ok(preview.find((r) => r.target === 'pillar-1')?.selected, 'the pillar 1 editor is ticked');
  await apply();
  const after = await state(form);
  assert.ok(after.samenvatting_deel1.length > 50, `Quill has the text: ${after.samenvatting_deel1.slice(0, 80)}`);
  assert.equal(after.planning_themas, start.planning_themas, 'the prefilled editor is kept');
  assert.equal(after.opgesteld_door, '');
  await undo();
  assert.deepEqual(await state(form), start);
  await form.close();
});

test('a table-layout form and an aria-labelledby form are matched by their headers and labels', async () => {
  for (const [name, field, target] of [
    ['table.html', 'sv_r3_toel', 'theme-12'],
    ['aria.html', 'p4_netwerken', 'theme-13'],
  ]) {
    const form = await openForm(name);
    const start = await state(form);
    const preview = await readInPanel(form);
    const row = preview.find((r) => r.target === target);
    assert.ok(row, `${name}: ${target} matched`);
    // a match below the sure threshold waits for the user's tick
    if (!row.selected)
      await panel.locator(`[data-testid="fill-row"][data-key="${row.key}"] input[type="checkbox"]`).first().check();
    await apply();
    const after = await state(form);
    assert.ok(after[field].length > 20, `${name}: ${field} filled`);
    await undo();
    assert.deepEqual(await state(form), start);
    await form.close();
  }
});

test('fields in a same-origin frame are read and filled too', async () => {
  const form = await openForm('iframe.html');
  const preview = await readInPanel(form);
  assert.ok(
    preview.some((r) => r.target === 'prestatie-indicatoren'),
    'a field inside the frame',
  );
  await apply();
  const after = await state(form);
  assert.ok(after.b_indicatoren.length > 20, 'the frame’s field got text');
  assert.equal(after.b_aantal, '412 cliënten (38% van het totaal)', 'the frame’s prefilled field is kept');
  await form.close();
});

test('a portal with short number fields: the figures go in, each within its maxlength; the sender’s fields stay empty', async () => {
  const form = await openForm('portal.html');
  const start = await state(form);
  const preview = await readInPanel(form);
  assert.deepEqual(
    ['AGB-code', 'E-mail contactpersoon', 'Peildatum'].map((l) => rowLabelled(preview, l).target),
    ['none', 'none', 'none'],
  );
  assert.deepEqual(
    [
      'Aantal cliënten met een forensische titel',
      'Forensische cliënten als deel van het totaal',
      'Forensische zorg in % van de omzet',
    ].map((l) => [rowLabelled(preview, l).target, rowLabelled(preview, l).fit]),
    [
      ['omvang', 'number'],
      ['omvang', 'percentage'],
      ['financieel', 'percentage'],
    ],
  );
  // the one-line mission field is shortened to its 200 characters, the full text one click away
  const kern = rowLabelled(preview, 'Kernboodschap');
  assert.equal(kern.shortened, true);
  const kernRow = panel.locator(`[data-testid="fill-row"][data-key="${kern.key}"]`);
  await kernRow.getByTestId('fill-show-full').click();
  assert.ok((await kernRow.getByTestId('fill-full').innerText()).length > 200);
  await apply();
  const after = await state(form);
  assert.equal(after.n_fz, '122');
  assert.equal(after.pct_fz, '4,6%');
  assert.equal(after.pct_omzet, '2.0');
  assert.ok(after.kernboodschap.length > 20 && after.kernboodschap.length <= 200, after.kernboodschap);
  assert.ok(after.speerpunten.length > 20 && after.speerpunten.length <= 500, after.speerpunten);
  for (const name of ['agb', 'contact_mail', 'peildatum', 'mto_cijfer', 'pi_status'])
    assert.equal(after[name], start[name], name);
  await undo();
  assert.deepEqual(await state(form), start);
  await form.close();
});

test('contact fields among content fields: the contact fields, the upload and the signature stay empty', async () => {
  const form = await openForm('contact.html');
  const start = await state(form);
  const preview = await readInPanel(form);
  for (const label of [
    'Contactpersoon voor vragen over het kwaliteitsverslag',
    'Functie',
    'E-mail',
    'Organisatie',
    'Uw kwaliteitsverslag als bijlage',
    'Plaats en datum',
    'Handtekening',
  ]) {
    const row = rowLabelled(preview, label);
    assert.deepEqual([row.target, row.selected], ['none', false], label);
  }
  // the two "Toelichting" fields take their question from the heading above them
  assert.deepEqual(
    preview.filter((r) => r.label === 'Toelichting').map((r) => r.target),
    ['theme-11', 'theme-10'],
  );
  await apply();
  const after = await state(form);
  for (const name of ['contactpersoon', 'functie', 'mail', 'organisatie', 'bijlage', 'plaats_datum', 'ondertekening'])
    assert.equal(after[name], '', name);
  assert.ok(after.toel_medewerkers.length > 20, 'the staff-satisfaction field got text');
  assert.ok(after.doelen.length > 20, 'the goals field got text');
  await undo();
  assert.deepEqual(await state(form), start);
  await form.close();
});

test('a table of pillar rows with examples in brackets: every row is its pillar, and the rows are filled', async () => {
  const form = await openForm('pillars.html');
  const start = await state(form);
  const preview = await readInPanel(form);
  const starts = [
    'Veiligheid en persoonsgerichte zorg',
    'Vakmanschap van de professionals',
    'Hoe de zorg georganiseerd is',
    'Samenwerking met ketenpartners',
    'Informeren over de resultaten',
  ];
  starts.forEach((label, k) => {
    for (const row of preview.filter((r) => r.label.startsWith(label)))
      assert.equal(row.target, `pillar-${k + 1}`, row.label);
  });
  assert.deepEqual(
    ['Lerende cyclus', 'Ketensamenwerking', 'Overdracht en vervolgzorg'].map((l) => rowLabelled(preview, l).target),
    ['theme-9', 'theme-12', 'theme-14'],
  );
  await apply();
  const after = await state(form);
  for (const name of ['p3_stand', 'p4_stand', 't_keten']) assert.ok(after[name].length > 20, `${name} filled`);
  await undo();
  assert.deepEqual(await state(form), start);
  await form.close();
});

test('questions only in the paragraphs before the fields: each answer goes to its question', async () => {
  const form = await openForm('questions.html');
  const start = await state(form);
  const preview = await readInPanel(form);
  assert.deepEqual(
    ['1. Welke maatregelen', 'Antwoord (maximaal 600 tekens)', '5. Hoeveel cliënten', '7. Heeft u nog opmerkingen'].map(
      (l) => rowLabelled(preview, l).target,
    ),
    ['theme-1', 'vooruitblik', 'omvang', 'none'],
  );
  await apply();
  const after = await state(form);
  assert.equal(after.vraag_5, '122');
  assert.ok(after.vraag_6.length > 20 && after.vraag_6.length <= 600, after.vraag_6);
  assert.equal(after.vraag_7, '');
  await undo();
  assert.deepEqual(await state(form), start);
  await form.close();
});

test('nothing left the browser but the test pages, and no page logged an error', async () => {
  const foreign = ext.requests.filter((r) => !r.url.startsWith(site.origin));
  assert.deepEqual(foreign, []);
  assert.deepEqual(ext.errors, []);
});
