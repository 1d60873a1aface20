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
before(async () => {
  site = await servePages();
  ext = await launchExtension({ dist: DIST_E2E });
  panel = await ext.openPage('sidepanel.html');
  await panel.getByTestId('import-input').setInputFiles(REPORT);
  await panel.getByTestId('import-done').waitFor({ timeout: 20_000 });
}, { timeout: 90_000 });
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
  await panel.waitForFunction((t) => [...document.querySelectorAll('[data-testid="fill-tab"] option')].some((o) => o.textContent.startsWith(t)), title);
  const value = await select.locator('option').evaluateAll((os, t) => os.find((o) => o.textContent.startsWith(t))?.value, title);
  assert.ok(value, `the tab "${title}" is offered`);
  await select.selectOption(value);
  await panel.getByTestId('fill-read').click();
  // the preview of this page, not the one before it
  await panel.getByRole('heading', { name: new RegExp(`velden? in “${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`) }).waitFor();
  return rows();
}

const rows = () =>
  panel.getByTestId('fill-row').evaluateAll((els) => els.map((e) => ({ key: e.dataset.key, target: e.dataset.target, selected: e.dataset.selected === 'true', label: e.querySelector('.fill-label')?.textContent ?? '' })));

async function apply() {
  await panel.getByTestId('fill-apply').click();
  await panel.getByTestId('fill-done').waitFor();
}

async function undo() {
  await panel.getByTestId('fill-undo').click();
  await panel.getByTestId('fill-undone').waitFor();
}

const state = (form) => form.evaluate(() => window.__pageState());
const norm = (s) => s.replace(/\s+/g, ' ').trim();

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
  assert.ok(preview.some((r) => r.target === 'visie' && !r.selected), 'the prefilled mission field is not ticked');
  await panel.evaluate(AXE);
  const axe = await panel.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] }));
  assert.deepEqual(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`), []);
  await apply();
  const after = await state(form);
  assert.equal(after.uitgangspunten, start.uitgangspunten, 'prefilled field untouched without confirmation');
  for (const personal of ['org_naam', 'kvk', 'email_correspondentie', 'tel_contact']) assert.equal(after[personal], '', personal);
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
    if (!row.selected) await panel.locator(`[data-testid="fill-row"][data-key="${row.key}"] input[type="checkbox"]`).first().check();
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
  assert.ok(preview.some((r) => r.target === 'prestatie-indicatoren'), 'a field inside the frame');
  await apply();
  const after = await state(form);
  assert.ok(after.b_indicatoren.length > 20, 'the frame’s field got text');
  assert.equal(after.b_aantal, '412 cliënten (38% van het totaal)', 'the frame’s prefilled field is kept');
  await form.close();
});

test('nothing left the browser but the test pages, and no page logged an error', async () => {
  const foreign = ext.requests.filter((r) => !r.url.startsWith(site.origin));
  assert.deepEqual(foreign, []);
  assert.deepEqual(ext.errors, []);
});
