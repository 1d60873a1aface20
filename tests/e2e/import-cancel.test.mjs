// A long import stopped from the panel, in Chromium with the built extension: a large generated report shows its
// progress, the panel stays responsive while the worker reads it, "Stoppen" ends it, and the library (IndexedDB and
// the Bibliotheek view) is exactly what it was before.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { launchExtension } from './harness.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kkfz-e2e-cancel-'));
const SMALL = path.join(tmp, 'klein.docx');
const LARGE = path.join(tmp, 'groot.docx');
/** copies of the small report's body: ~40,000 paragraphs, under the import's 50,000, seconds of work for mammoth */
const COPIES = 3_000;

/** A real Word file from the test builder, then the same body repeated: a large report that is still accepted. */
function makeFiles() {
  const write = `import { makeDocx } from './tests/support/make-docx.ts'; import { writeFileSync } from 'node:fs';
    const parts = [{ h: 1, text: 'Kwaliteitsverslag 2025' }];
    for (let k = 1; k <= 3; k++) parts.push({ h: 2, text: 'Pijler ' + k }, ...Array.from({ length: 3 }, (_, i) => ({ p: 'Alinea ' + i + ' over veiligheid, behandeling en het leren van incidenten in pijler ' + k + '.' })));
    writeFileSync(process.argv[1], await makeDocx(parts));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', write, SMALL], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  const files = unzipSync(fs.readFileSync(SMALL));
  const xml = strFromU8(files['word/document.xml']);
  const start = xml.indexOf('<w:body>') + '<w:body>'.length;
  const end = xml.lastIndexOf('<w:sectPr');
  files['word/document.xml'] = strToU8(xml.slice(0, start) + xml.slice(start, end).repeat(COPIES) + xml.slice(end));
  fs.writeFileSync(LARGE, zipSync(files));
}

/** Every record of every store of the panel's database; binary parts by their size. */
const dumpLibrary = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('kkfz-assistent');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const out = {};
          for (const name of names) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => (out[name] = all.result);
          }
          tx.oncomplete = () => {
            db.close();
            const binary = (_k, v) =>
              v instanceof Blob
                ? `blob:${v.size}`
                : ArrayBuffer.isView(v) || v instanceof ArrayBuffer
                  ? `bytes:${v.byteLength}`
                  : v;
            resolve(JSON.parse(JSON.stringify(out, binary)));
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );

let ext;
let page;
before(
  async () => {
    makeFiles();
    ext = await launchExtension();
    page = await ext.openPage('sidepanel.html');
  },
  { timeout: 120_000 },
);
after(async () => {
  await ext?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const tab = (name) => page.getByRole('tab', { name });

test(
  'a stopped import of a large report leaves the library as it was, and the panel responds throughout',
  { timeout: 120_000 },
  async () => {
    // a library with one report in it
    await tab('Importeren').click();
    await page.getByLabel('Organisatie').fill('Zorg BV');
    await page.getByTestId('import-input').setInputFiles(SMALL);
    await page.getByTestId('import-done').waitFor({ timeout: 30_000 });
    await tab('Bibliotheek').click();
    const list = page.locator('ul.library');
    await list.getByText('klein.docx').waitFor();
    const shown = await list.textContent();
    const stored = await dumpLibrary(page);
    assert.equal(stored.drafts.length, 1);

    await tab('Importeren').click();
    await page.getByTestId('import-input').setInputFiles(LARGE);
    // the worker is reading the Word document: the bar says so
    const bar = page.getByRole('progressbar', { name: /groot\.docx: Word-document lezen/ });
    await bar.waitFor({ timeout: 30_000 });

    // the panel's own thread is free meanwhile: timers keep firing (the analysis on this thread would stall them
    // for seconds), and the import is still busy after
    const longestGap = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const end = performance.now() + 1000;
          let last = performance.now();
          let longest = 0;
          const tick = () => {
            const now = performance.now();
            longest = Math.max(longest, now - last);
            last = now;
            if (now < end) setTimeout(tick, 10);
            else resolve(longest);
          };
          setTimeout(tick, 10);
        }),
    );
    assert.ok(longestGap < 1000, `the panel stalled for ${Math.round(longestGap)} ms`);
    assert.equal(await page.getByTestId('import-progress').count(), 1, 'the large report is still being analysed');

    await page.getByRole('button', { name: 'Stoppen' }).click();
    await page
      .getByTestId('import-stopped')
      .getByText('Importeren van “groot.docx” is gestopt. Er is niets bewaard.')
      .waitFor();
    assert.equal(await page.getByTestId('import-progress').count(), 0);
    assert.equal(await page.getByTestId('import-done').count(), 0);
    assert.deepEqual(await dumpLibrary(page), stored);

    // the panel responds: another tab shows the same library, and the import takes a file again
    await tab('Bibliotheek').click();
    await list.getByText('klein.docx').waitFor();
    assert.equal(await list.textContent(), shown);
    await tab('Importeren').click();
    await page.getByTestId('import-input').setInputFiles(SMALL);
    await page.getByTestId('import-duplicate').waitFor();
    // Escape works from inside the prompt: wait until its first button has the focus the prompt gives it
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'duplicate-open');
    await page.keyboard.press('Escape');
    await page.getByTestId('import-duplicate').waitFor({ state: 'detached' });
    assert.deepEqual(await dumpLibrary(page), stored);
    assert.deepEqual(ext.errors, []);
    assert.deepEqual(ext.requests, []);
  },
);
