// The workspace fits the side panel: at 400 px no view scrolls sideways (wide report tables scroll in a box of
// their own, rows wrap, long words and links break), and axe-core finds nothing serious or critical on any view,
// the Verslag view with the report's pictures included. The report is a corpus file with wide tables, given the
// pictures (with and without alt text) and the long link real reports have (tests/support/add-pictures.ts).
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
const SOURCE = path.join(CORPUS, 'levanto-2025.docx');
const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kkfz-e2e-layout-'));
const REPORT = path.join(tmp, 'levanto-2025-met-afbeeldingen.docx');
const WIDTH = 400;
const LONG_NOTE =
  'Zie https://intranet.example.org/kwaliteit/forensische-zorg/2025/verbeterplannen/veiligheidsmanagement-locatie-noord.docx';

let ext;
let page;
let PICTURE_ALT;
before(
  async () => {
    const write = `import { addPictures, PICTURE_ALT } from './tests/support/add-pictures.ts'; import { readFileSync, writeFileSync } from 'node:fs';
    writeFileSync(process.argv[2], addPictures(new Uint8Array(readFileSync(process.argv[1])))); console.log(PICTURE_ALT);`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', write, SOURCE, REPORT], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    PICTURE_ALT = r.stdout.trim();
    ext = await launchExtension();
    page = await ext.openPage('sidepanel.html');
    await page.setViewportSize({ width: WIDTH, height: 900 });
  },
  { timeout: 90_000 },
);
after(async () => {
  await ext?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function axeSerious() {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE);
  const result = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes.length}× ${v.help} (${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')})`,
    );
}

/** The page's width against the window's, and the elements sticking out on the right (outside a scroll box). */
const overflow = () =>
  page.evaluate(() => {
    const vw = window.innerWidth;
    const out = [...document.querySelectorAll('body *')]
      .filter((e) => !e.closest('.scroll-box') && e.getBoundingClientRect().right > vw + 0.5)
      .slice(0, 5)
      .map(
        (e) =>
          `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).replace(/\s+/g, '.')}` : ''} → ${Math.round(e.getBoundingClientRect().right)}px`,
      );
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: vw, out };
  });

async function assertFits(view) {
  const m = await overflow();
  assert.ok(
    m.scrollWidth <= m.innerWidth,
    `${view} scrolls sideways: ${m.scrollWidth} > ${m.innerWidth}; ${m.out.join('; ')}`,
  );
  assert.deepEqual(m.out, [], `${view}: elements stick out`);
}

const tabs = () => page.getByRole('tablist').first().getByRole('tab');
async function openTab(k) {
  const tab = tabs().nth(k);
  await tab.click();
  await page.locator(`[role="tab"][aria-selected="true"]#${await tab.getAttribute('id')}`).waitFor();
  const panel = page.getByRole('tabpanel');
  await panel.locator('h2, .empty').first().waitFor();
  return { name: (await tab.textContent()).trim(), key: (await tab.getAttribute('id')).replace(/^tab-/, '') };
}

test(
  'the report imports: a corpus report with wide tables, pictures and a long link',
  { timeout: 90_000 },
  async () => {
    await page.getByTestId('import-input').setInputFiles(REPORT);
    await page.getByTestId('import-done').waitFor({ timeout: 60_000 });
  },
);

test(
  'Verslag: wide tables scroll in their own named, focusable box; pictures fit and carry their alt text',
  { timeout: 60_000 },
  async () => {
    await page.locator('#tab-report').click();
    await page.locator('[data-block-index]').first().waitFor();
    // every picture loaded from its blob: URL, so its width is known
    await page.waitForFunction(
      () => {
        const imgs = [...document.querySelectorAll('.report img')];
        return imgs.length === 3 && imgs.every((i) => i.complete && i.naturalWidth > 0);
      },
      undefined,
      { timeout: 30_000 },
    );
    await page.waitForFunction(() => document.querySelectorAll('.scroll-box[data-scrolls]').length > 0, undefined, {
      timeout: 30_000,
    });
    await assertFits('Verslag');

    const boxes = await page.locator('.scroll-box').evaluateAll((els) =>
      els.map((e) => ({
        scrolls: e.scrollWidth > e.clientWidth + 1,
        tabindex: e.getAttribute('tabindex'),
        role: e.getAttribute('role'),
        label: e.getAttribute('aria-label'),
      })),
    );
    const scrolling = boxes.filter((b) => b.scrolls);
    assert.ok(scrolling.length > 0, 'levanto has a table wider than 400 px');
    for (const b of scrolling) {
      assert.equal(b.tabindex, '0');
      assert.equal(b.role, 'region');
      assert.match(b.label ?? '', /^Tabel in blok \d+/);
    }
    // a table that fits is no tab stop
    for (const b of boxes.filter((x) => !x.scrolls)) assert.equal(b.tabindex, null);

    // the keyboard scrolls a wide table
    const box = page.locator('.scroll-box[data-scrolls]').first();
    await box.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((el) => el.scrollLeft > 0, await box.elementHandle());

    const imgs = await page.locator('.report img').evaluateAll((els) =>
      els.map((i) => ({
        alt: i.getAttribute('alt'),
        role: i.getAttribute('role'),
        right: i.getBoundingClientRect().right,
        src: i.getAttribute('src') ?? '',
      })),
    );
    assert.deepEqual(
      imgs.map((i) => [i.alt, i.role]),
      [
        [PICTURE_ALT, null],
        ['', 'presentation'],
        ['Tijdlijn van de invoering 2022–2028', null],
      ],
    );
    for (const i of imgs) {
      assert.ok(i.src.startsWith('blob:chrome-extension://'), i.src);
      assert.ok(i.right <= WIDTH, `a picture sticks out: ${i.right}px`);
    }
    const link = await page
      .locator('.report a[href*="bijlage-kengetallen"]')
      .evaluate((a) => a.getBoundingClientRect().right);
    assert.ok(link <= WIDTH, `the long link sticks out: ${link}px`);

    // theme chips stay chips, not bars across the block
    const chips = await page
      .locator('.report .chip.theme')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    assert.ok(chips.length > 0 && chips.every((w) => w < 60), `theme chips: ${chips.slice(0, 5).join(', ')}px`);
    assert.deepEqual(await axeSerious(), []);
  },
);

test(
  "something to show in Notities and Jaarovergang: a note with a long link, and next year's draft",
  { timeout: 90_000 },
  async () => {
    const block = page.locator('.report [data-block-index]').nth(3);
    await block.getByRole('button', { name: /Notitie bij/ }).click();
    const form = page.getByTestId('note-form');
    await form.locator('textarea').fill(LONG_NOTE);
    const author = form.locator('input:not([type="radio"])');
    if ((await author.inputValue()) === '') await author.fill('Kwaliteitsfunctionaris');
    await form.locator('button[type="submit"]').click();
    await page.locator('[data-note-count]').first().waitFor();

    await page.locator('#tab-carry').click();
    await page.getByTestId('carry-make').click();
    await page.locator('[data-block-id]').first().waitFor({ timeout: 60_000 });
  },
);

test(
  `no view scrolls sideways at ${WIDTH} px, and axe finds nothing serious on any of them`,
  { timeout: 180_000 },
  async () => {
    const n = await tabs().count();
    assert.equal(n, 8, 'the eight views');
    const seen = [];
    for (let k = 0; k < n; k++) {
      const { name, key } = await openTab(k);
      seen.push(key);
      if (key === 'overview') await page.locator('[data-checklist-id]').first().waitFor();
      if (key === 'report') await page.locator('.scroll-box[data-scrolls]').first().waitFor();
      if (key === 'notes') await page.getByText(LONG_NOTE).first().waitFor();
      if (key === 'progress') await page.locator('[data-progress-id]').first().waitFor();
      if (key === 'carry') await page.locator('[data-block-id]').first().waitFor();
      await assertFits(name);
      assert.deepEqual(await axeSerious(), [], `axe on ${name}`);
      if (key === 'progress') {
        // each row wraps: the note field is there in full, not cut off at the right
        const right = await page
          .locator('[data-progress-id] textarea')
          .evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().right)));
        assert.ok(right <= WIDTH, `the note column is cut off: ${right}px`);
      }
    }
    assert.deepEqual(seen, ['import', 'overview', 'report', 'notes', 'progress', 'carry', 'fill', 'library']);
  },
);

test(
  "at 1280 px the views do not scroll sideways either, and the report's tables no longer need to",
  { timeout: 120_000 },
  async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const n = await tabs().count();
    for (let k = 0; k < n; k++) {
      const { name } = await openTab(k);
      await assertFits(name);
    }
    await page.locator('#tab-report').click();
    await page.locator('.scroll-box').first().waitFor();
    // main is at most 60rem wide: the widest corpus table still scrolls there, the narrow ones do not
    const boxes = await page
      .locator('.scroll-box')
      .evaluateAll((els) => els.map((e) => [e.scrollWidth > e.clientWidth + 1, e.hasAttribute('tabindex')]));
    for (const [scrolls, focusable] of boxes) assert.equal(focusable, scrolls);
    await page.setViewportSize({ width: WIDTH, height: 900 });
  },
);

test(
  'the notice about storage the browser may clear: shown only when refused, dismissed by keyboard for good',
  { timeout: 60_000 },
  async () => {
    await page.locator('#tab-import').click();
    // the same request the panel made when it opened; whether it is granted depends on the browser
    const refused = await page.evaluate(
      async () => (await navigator.storage.persist(), !(await navigator.storage.persisted())),
    );
    const notice = page.getByTestId('storage-not-persisted');
    if (!refused) {
      assert.equal(await notice.count(), 0);
      return;
    }
    await notice.waitFor();
    const dismiss = notice.getByRole('button', { name: 'Niet meer tonen' });
    await dismiss.focus();
    await page.keyboard.press('Enter');
    await notice.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'tab');

    await page.reload();
    await page.locator('#tab-overview[aria-selected="true"]').waitFor();
    // wait for what the notice waits for (the storage answers and the remembered dismissal), then a rendered frame
    await page.evaluate(async () => {
      await navigator.storage.persisted();
      await chrome.storage.local.get('storageNoticeDismissed');
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
    assert.equal(await notice.count(), 0);
    assert.equal(
      await page.evaluate(
        async () => (await chrome.storage.local.get('storageNoticeDismissed')).storageNoticeDismissed,
      ),
      true,
    );
  },
);

test('nothing went wrong on the way: no console errors, no request leaving the browser', () => {
  assert.deepEqual(ext.errors, []);
  assert.deepEqual(ext.requests, []);
});
