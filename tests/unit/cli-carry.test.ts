// `kkfz carry` and `kkfz compare` as a user runs them: a real process, its stdout, stderr, exit code and the
// .docx it writes (read back with mammoth).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { pillarName } from '../../lib/knowledge/framework';
import { CORPUS_DIR } from '../../scripts/corpus';
import { kkfz, scratchDir } from '../support/cli';
import { makeDocx } from '../support/make-docx';

const LEVANTO = join(CORPUS_DIR, 'levanto-2025.docx');
const HOMERUN = join(CORPUS_DIR, 'homerun-2025.docx');

const { dir, file } = scratchDir('kkfz-cli-carry-');

/** One line on stderr, nothing on stdout, exit 2, no stack trace. */
function oneLineError(r: { code: number; stdout: string; stderr: string }, message: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(message);
  expect(r.stderr).not.toMatch(/\bat .*\(|node:internal|Error:/);
}

describe('kkfz carry', () => {
  it('--json prints the documented shape; the counts add up to the blocks', async () => {
    const check = JSON.parse((await kkfz('check', LEVANTO, '--json')).stdout);
    const r = await kkfz('carry', LEVANTO, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out).sort()).toEqual(['counts', 'file', 'fromYear', 'items', 'year']);
    expect(out.file).toBe(LEVANTO);
    expect(out.fromYear).toBe(2025);
    expect(out.year).toBe(2026);
    expect(Object.keys(out.counts).sort()).toEqual(['drop', 'keep', 'update']);
    expect(out.counts.keep + out.counts.update + out.counts.drop).toBe(check.blocks.length);
    expect(out.items).toHaveLength(check.blocks.length);
    expect(out.items.map((x: { i: number }) => x.i).sort((a: number, b: number) => a - b)).toEqual(
      check.blocks.map((b: { i: number }) => b.i),
    );
    for (const state of ['keep', 'update', 'drop'])
      expect(out.items.filter((x: { state: string }) => x.state === state)).toHaveLength(out.counts[state]);
    for (const x of out.items) {
      expect(Object.keys(x).sort()).toEqual(['flags', 'i', 'pillar', 'state', 'text', 'theme']);
      for (const f of x.flags) {
        expect(Object.keys(f).sort()).toEqual(['end', 'evidence', 'message', 'reason', 'start']);
        expect(f.start).toBeLessThan(f.end);
        expect(f.end).toBeLessThanOrEqual(x.text.length);
      }
    }
    expect(out.counts.update).toBeGreaterThan(10);
    // --lang en gives the reasons in English
    const en = JSON.parse((await kkfz('carry', LEVANTO, '--json', '--lang', 'en')).stdout);
    const flagged = en.items.find((x: { flags: unknown[] }) => x.flags.length);
    expect(flagged.flags[0].message).toMatch(/\b(the|a|an)\b/);
  });

  it('prints the items to update per section with their reasons', async () => {
    const r = await kkfz('carry', LEVANTO);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Verslagjaar: 2025 → concept voor 2026/);
    expect(r.stdout).toMatch(/\d+ overnemen · \d+ bijwerken · \d+ weglaten/);
    // next year's focus themes, from the same schedule
    expect(r.stdout).toMatch(
      /^Focusthema’s 2026 \(jaarschema DJI\): 4 Betrekken cliënt\/netwerk, 7 Ervaringsdeskundigheid$/m,
    );
    expect(r.stdout).toMatch(/^Algemeen$/m);
    expect(r.stdout).toMatch(/^Thema \d+: /m);
    expect(r.stdout).toMatch(/cijfers\s+Cijfer uit 2025/);
  });

  it('--out writes a .docx in the KKFZ structure that mammoth reads back', async () => {
    const out = join(dir, 'concept.docx');
    const r = await kkfz('carry', LEVANTO, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`Geschreven: ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(existsSync(out)).toBe(true);
    const { value: html } = await mammoth.convertToHtml({ path: out });
    const h1 = [...html.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => m[1]);
    expect(h1).toEqual(expect.arrayContaining([1, 2, 3, 4, 5].map((p) => `Pijler ${p}: ${pillarName(p)}`)));
    expect(h1[h1.indexOf(`Pijler 1: ${pillarName(1)}`) + 1]).toBe(`Pijler 2: ${pillarName(2)}`);
    // with --json too, stdout holds only the JSON
    const json = await kkfz('carry', LEVANTO, '--json', '--out', join(dir, 'concept2.docx'));
    expect(() => JSON.parse(json.stdout)).not.toThrow();
    expect(existsSync(join(dir, 'concept2.docx'))).toBe(true);
  });

  it('takes --year over the detected year', async () => {
    const out = JSON.parse((await kkfz('carry', HOMERUN, '--json', '--year', '2024')).stdout);
    expect([out.fromYear, out.year]).toEqual([2024, 2025]);
  });

  it('without a reporting year it is a usage error that says to pass --year', async () => {
    const noYear = file(
      'zonder-jaar.docx',
      await makeDocx([{ h: 1, text: 'Kwaliteitsverslag' }, { p: 'Over veiligheid en vakmanschap.' }]),
    );
    oneLineError(await kkfz('carry', noYear), /--year/);
    expect((await kkfz('carry', noYear, '--year', '2025')).code).toBe(0);
  });

  it('refuses unreadable input and wrong usage with exit 2 and one line, as check does', async () => {
    oneLineError(await kkfz('carry', file('pdf.docx', '%PDF-1.7\n1 0 obj <<>> endobj\n')), /PDF/);
    oneLineError(await kkfz('carry', file('leeg.docx', new Uint8Array(0))), /leeg/i);
    oneLineError(await kkfz('carry', join(dir, 'bestaat-niet.docx')), /niet gevonden/);
    oneLineError(await kkfz('carry', LEVANTO, '--year', '20x5'), /--year/);
    oneLineError(await kkfz('carry', LEVANTO, '--focus', '2'), /--focus hoort niet bij/);
    oneLineError(await kkfz('carry', LEVANTO, '--out', join(dir, 'geen-map', 'x.docx')), /niet schrijven/);
    const json = await kkfz('carry', file('tekst.docx', 'geen docx'), '--json');
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).error.code).toBeTruthy();
    expect((await kkfz('carry')).code).toBe(2);
    expect((await kkfz('carry', LEVANTO, LEVANTO)).code).toBe(2);
  });
});

describe('kkfz compare', () => {
  it('a report compared with itself: everything unchanged, possibly stale blocks with reasons', async () => {
    const r = await kkfz('compare', LEVANTO, LEVANTO, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const blocks = JSON.parse((await kkfz('check', LEVANTO, '--json')).stdout).blocks.length;
    expect(Object.keys(out).sort()).toEqual(['current', 'fromYear', 'previous', 'sections', 'totals', 'year']);
    expect(out.totals).toMatchObject({ unchanged: blocks, changed: 0, added: 0, removed: 0 });
    expect(out.totals.stale).toBeGreaterThan(0);
    const unchanged = out.sections.flatMap(
      (s: { unchanged: { i: number; previous: number; flags: unknown[] }[] }) => s.unchanged,
    );
    expect(unchanged).toHaveLength(blocks);
    expect(unchanged.every((u: { i: number; previous: number }) => u.i === u.previous)).toBe(true);
    expect(unchanged.filter((u: { flags: unknown[] }) => u.flags.length)).toHaveLength(out.totals.stale);
    expect(out.sections[0].title).toBe('Algemeen');

    const text = await kkfz('compare', LEVANTO, LEVANTO);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      new RegExp(
        `${blocks} ongewijzigd overgenomen, waarvan ${out.totals.stale} mogelijk verouderd · 0 gewijzigd · 0 nieuw · 0 weggelaten`,
      ),
    );
    expect(text.stdout).toMatch(/Ongewijzigd overgenomen, mogelijk verouderd:/);
    expect(text.stdout).toMatch(/huidig jaar\s+Schrijft over 2025/);
    expect(text.stdout).toMatch(/Gewijzigd: geen/);
  });

  it('two different reports: new and removed blocks, in English with --lang en', async () => {
    const r = await kkfz('compare', HOMERUN, LEVANTO, '--json', '--lang', 'en');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.totals.added).toBeGreaterThan(50);
    expect(out.totals.removed).toBeGreaterThan(50);
    expect(out.sections[0].title).toBe('General');
    const text = await kkfz('compare', HOMERUN, LEVANTO, '--lang', 'en');
    expect(text.stdout).toMatch(/Left out \(there last year\):/);
  });

  it('refuses unreadable input and wrong usage with exit 2 and one line', async () => {
    oneLineError(await kkfz('compare', LEVANTO, file('pdf2.docx', '%PDF-1.7\n')), /PDF/);
    oneLineError(await kkfz('compare', join(dir, 'weg.docx'), LEVANTO), /niet gevonden: .*weg\.docx/);
    oneLineError(await kkfz('compare', LEVANTO, LEVANTO, '--year', '2025'), /--year hoort niet bij/);
    expect((await kkfz('compare', LEVANTO)).code).toBe(2);
  });
});
