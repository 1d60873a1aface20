// `kkfz check <files and/or folders…>` over a scratch folder with good, thin, unreadable, nested, skipped and hidden
// files: in-process for the order, the error rows, the exit codes, the verdicts against one-by-one checks and the CSV
// read back; the built command once with one and with four worker threads; the pool's handling of a dying worker.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseDocx } from '../../lib/analyse';
import { coverage } from '../../lib/overview/coverage';
import { runChecks } from '../../cli/check-pool';
import { collectFiles } from '../../cli/collect-files';
import type { CheckTask, Outcome } from '../../cli/check-file';
import { csvLine } from '../../cli/csv';
import { CORPUS_DIR } from '../../scripts/corpus';
import { kkfz, kkfzProcess, scratchDir } from '../support/cli';
import { makeDocx } from '../support/make-docx';

const { dir, file } = scratchDir('kkfz-batch-');
mkdirSync(join(dir, 'map/diep'), { recursive: true });
mkdirSync(join(dir, 'map/.verborgen'));
// homerun has every required item once no focus theme is required (--focus none, used throughout): exit 0
const GOED = join(dir, 'goed.docx');
copyFileSync(join(CORPUS_DIR, 'homerun-2025.docx'), GOED);
const QUOTED = join(dir, 'met, komma "en" quote.docx');
const THIN = join(dir, 'map/a-dun.docx');
const BROKEN = file('map/b-kapot.docx', '%PDF-1.7\n1 0 obj <<>> endobj\n');
const NESTED = join(dir, 'map/diep/c-2024.docx');
file('map/~$a-dun.docx', 'vergrendeld');
file('map/notities.txt', 'geen verslag');
file('map/.verborgen/x.docx', 'niet gezien');

const ready = (async () => {
  writeFileSync(QUOTED, await makeDocx([{ h: 1, text: 'Kwaliteitsverslag 2025' }, { p: 'Kort.' }]));
  writeFileSync(
    THIN,
    await makeDocx([
      { h: 1, text: 'Kwaliteitsverslag 2025' },
      { h: 2, text: 'Pijler 1 Veiligheid' },
      { p: 'Over veiligheid en risicotaxatie op de afdeling.' },
    ]),
  );
  writeFileSync(
    NESTED,
    await makeDocx([{ h: 1, text: 'Kwaliteitsverslag 2024' }, { p: 'Wij werken aan vakmanschap en opleiding.' }]),
  );
})();

/** The command line every batch test uses, and the order its files come out in. */
const ARGS = [QUOTED, join(dir, 'map'), GOED, '--focus', 'none'];
const ORDER = [QUOTED, THIN, BROKEN, NESTED, GOED];

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[k + 1] === '"') cell += text[++k];
      else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
    } else cell += c;
  }
  return rows;
}

describe('kkfz check over files and folders', () => {
  it('--json: an array of the single-file objects in input order, an unreadable file as {file, error}; the worst exit code', async () => {
    await ready;
    const r = await kkfz('check', ...ARGS, '--json');
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.map((x: { file: string }) => x.file)).toEqual(ORDER);
    const broken = out[2];
    expect(broken).toEqual({ file: BROKEN, error: expect.stringMatching(/^Dit is een PDF-bestand/) });
    expect(broken.error).not.toMatch(/\n/);
    // the lock file and the text file are skipped with a note; the hidden folder is not looked into
    expect(r.stderr).toMatch(/^kkfz: overgeslagen, vergrendelbestand van Word \(~\$\): .*~\$a-dun\.docx$/m);
    expect(r.stderr).toMatch(/^kkfz: overgeslagen, geen \.docx: .*notities\.txt$/m);
    expect(r.stderr).not.toMatch(/verborgen/);
    expect(r.stderr.trim().split('\n')).toHaveLength(2);

    // the same verdicts as one by one: each object is the single file's own --json, and so is its exit code
    const codes: number[] = [];
    for (const [k, f] of ORDER.entries()) {
      const single = await kkfz('check', f, '--focus', 'none', '--json');
      codes.push(single.code);
      if (k === 2) expect(JSON.parse(single.stdout).error.message).toBe(broken.error);
      else expect(out[k]).toEqual(JSON.parse(single.stdout));
    }
    expect(codes).toEqual([1, 1, 2, 1, 0]);
  });

  it('the exit code is the worst of all files: 0, 1 or 2', async () => {
    await ready;
    expect((await kkfz('check', GOED, GOED, '--focus', 'none')).code).toBe(0);
    expect((await kkfz('check', GOED, THIN, '--focus', 'none')).code).toBe(1);
    expect((await kkfz('check', join(dir, 'map/diep'), BROKEN, '--focus', 'none')).code).toBe(2);
    // a path that does not exist is a row of its own, not the end of the batch
    const missing = join(dir, 'weg.docx');
    const r = await kkfz('check', GOED, missing, '--focus', 'none', '--json');
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)[1]).toEqual({ file: missing, error: `Bestand niet gevonden: ${missing}` });
  });

  it('prints a table: per report the year, required items missing and thin, words per pillar and warnings, then what is open', async () => {
    await ready;
    const r = await kkfz('check', ...ARGS);
    expect(r.code).toBe(2);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('KKFZ-controle: 5 verslagen');
    expect(lines[2]).toMatch(/^Bestand +Jaar +Ontbr\. +Dun +P0 +P1 +P2 +P3 +P4 +P5 +Waarsch\.$/);
    const rows = lines.slice(3, 8);
    expect(rows.map((l) => l.split(/ {2,}/)[0])).toEqual(ORDER);
    expect(rows[2]).toMatch(/ONLEESBAAR: Dit is een PDF-bestand/);
    expect(rows[3]).toMatch(/c-2024\.docx +2024 +\d+ +\d+( +\d+){6} +\d+$/);
    expect(rows[4]).toMatch(/goed\.docx +2025 +0 +0( +\d+){6} +0$/);
    expect(r.stdout).toMatch(/^ {2}.*a-dun\.docx: ontbreekt (\S+, )*pillar-2\b/m);
    expect(r.stdout).toMatch(
      /^5 verslagen: 1 compleet, 3 met iets verplichts dat ontbreekt of dun is, 1 onleesbaar\.$/m,
    );
    const en = await kkfz('check', ...ARGS, '--lang', 'en');
    expect(en.stdout).toMatch(/^5 reports: 1 complete, 3 with a required item missing or thin, 1 unreadable\.$/m);
    expect(en.stdout).toMatch(/UNREADABLE: This is a PDF/);
  });

  it('--csv reads back into the same files, verdicts and words per pillar, quotes and all', async () => {
    await ready;
    const r = await kkfz('check', ...ARGS, '--csv');
    expect(r.code).toBe(2);
    const [head, ...rows] = parseCsv(r.stdout);
    expect(head).toEqual([
      'bestand',
      'jaar',
      'exitcode',
      'ontbreekt',
      'dun',
      'ontbrekende onderdelen',
      'dunne onderdelen',
      ...[0, 1, 2, 3, 4, 5].map((p) => `woorden pijler ${p}`),
      'waarschuwingen',
      'fout',
    ]);
    expect(rows.map((row) => row[0])).toEqual(ORDER);
    expect(rows.every((row) => row.length === head!.length)).toBe(true);
    const json = JSON.parse((await kkfz('check', ...ARGS, '--json')).stdout);
    for (const [k, row] of rows.entries()) {
      if (k === 2) {
        expect(row.slice(1, 3)).toEqual(['', '2']);
        expect(row.at(-1)).toBe(json[2].error);
        continue;
      }
      const x = json[k];
      const open = (status: string) =>
        x.checklist
          .filter((c: { level: string; status: string }) => c.level === 'required' && c.status === status)
          .map((c: { id: string }) => c.id);
      expect(row.slice(1, 7)).toEqual([
        String(x.year),
        open('missing').length || open('thin').length ? '1' : '0',
        String(open('missing').length),
        String(open('thin').length),
        open('missing').join(', '),
        open('thin').join(', '),
      ]);
      expect(row[13]).toBe(x.warnings.join(' | '));
    }
    const goed = await analyseDocx(new Uint8Array(readFileSync(GOED)), { focusThemes: [] });
    expect(goed.ok && rows[4]!.slice(7, 13).map(Number)).toEqual(
      goed.ok && coverage(goed.value).pillars.map((p) => p.words),
    );
    expect(parseCsv(csvLine(['a,b', 'zeg "ja"', 'regel\nnieuw', 3, null]))).toEqual([
      ['a,b', 'zeg "ja"', 'regel\nnieuw', '3', ''],
    ]);
  });

  it('refuses wrong usage, and a batch without a .docx, with exit 2', async () => {
    await ready;
    const both = await kkfz('check', GOED, THIN, '--json', '--csv');
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^kkfz: --json en --csv gaan niet samen$/m);
    for (const jobs of ['0', 'twee', '-1']) {
      const r = await kkfz('check', GOED, THIN, `--jobs=${jobs}`);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--jobs verwacht een aantal van 1 of meer/);
    }
    expect((await kkfz('carry', GOED, '--jobs', '2')).stderr).toMatch(/--jobs hoort niet bij "kkfz carry"/);
    const empty = scratchDir('kkfz-batch-leeg-');
    empty.file('lees-mij.txt', 'x');
    const none = await kkfz('check', empty.dir, '--json');
    expect(none.code).toBe(2);
    expect(JSON.parse(none.stdout)).toEqual([]);
    expect(none.stderr).toMatch(/^kkfz: geen \.docx gevonden in /m);
  });

  it('collects each file once, a missing path included, folders in name order', async () => {
    const missing = join(dir, 'bestaat-niet.docx');
    const found = await collectFiles([THIN, join(dir, 'map'), missing, THIN]);
    expect(found.files).toEqual([THIN, BROKEN, NESTED, missing]);
    expect(found.skipped).toEqual([
      { file: join(dir, 'map/notities.txt'), reason: 'not-docx' },
      { file: join(dir, 'map/~$a-dun.docx'), reason: 'lock-file' },
    ]);
  });
});

describe('the built kkfz command checks in worker threads', () => {
  it('--jobs 1 and --jobs 4 print the same, and the same as in one thread', { timeout: 120_000 }, async () => {
    await ready;
    const one = await kkfzProcess('check', ...ARGS, '--json', '--jobs', '1');
    const four = await kkfzProcess('check', ...ARGS, '--json', '--jobs', '4');
    expect(one.code).toBe(2);
    expect(four.code).toBe(2);
    expect(four.stdout).toBe(one.stdout);
    expect(four.stdout).toBe((await kkfz('check', ...ARGS, '--json')).stdout);
  });

  it('a worker that dies takes only its own file along; every outcome comes, once', async () => {
    const worker = file(
      'worker.mjs',
      `import { parentPort } from 'node:worker_threads';
       parentPort.on('message', (t) => t.file.startsWith('crash') ? process.exit(3) : setTimeout(() => parentPort.postMessage({ file: t.file, exit: 0, row: null }), t.file.startsWith('slow') ? 30 : 0));`,
    );
    const tasks = ['a', 'crash', 'slow', 'b', 'crash2', 'c'].map((f): CheckTask => ({
      file: f,
      year: null,
      focusThemes: null,
      lang: 'nl',
      want: 'row',
    }));
    const seen: [number, Outcome][] = [];
    await runChecks(tasks, 2, pathToFileURL(worker), (k, o) => seen.push([k, o]));
    expect(seen.map(([k]) => k).sort()).toEqual([0, 1, 2, 3, 4, 5]);
    const byIndex = new Map(seen);
    expect([1, 4].map((k) => byIndex.get(k))).toEqual([
      { file: 'crash', exit: 2, error: expect.stringMatching(/^de controle stopte onverwacht: /) },
      { file: 'crash2', exit: 2, error: expect.stringMatching(/^de controle stopte onverwacht: /) },
    ]);
    expect([0, 2, 3, 5].every((k) => byIndex.get(k)!.exit === 0)).toBe(true);
  });
});
