// The CLI as a user runs it: a real process, its stdout, stderr and exit code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import CFB from 'cfb';
import officeCrypto from 'officecrypto-tool';
import { corpusCases } from '../../scripts/corpus';
import { isTheme, themeIds } from '../../lib/knowledge/shape';
import { kkfz, scratchDir } from '../support/cli';
import { makeDocx } from '../support/make-docx';

const corpus = Object.fromEntries(corpusCases().map((c) => [c.name, c]));
const { dir, file } = scratchDir('kkfz-cli-');

describe('kkfz check --json', () => {
  it('prints only JSON of the documented shape, one block per gold block', async () => {
    const c = corpus['levanto-2025']!;
    const r = await kkfz('check', c.docx, '--json');
    expect([0, 1]).toContain(r.code);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['file', 'year', 'focus', 'blocks', 'checklist', 'aspects', 'warnings']);
    // the analysis' focus themes (by default the reporting year's): exactly the themes that are required
    expect(out.focus.every((t: unknown) => Number.isInteger(t) && isTheme(t as number))).toBe(true);
    const requiredThemes = out.checklist.filter(
      (x: { id: string; level: string }) => x.id.startsWith('theme-') && x.level === 'required',
    );
    expect(
      requiredThemes.map((x: { id: string }) => Number(x.id.slice(6))).sort((a: number, b: number) => a - b),
    ).toEqual([...out.focus].sort((a: number, b: number) => a - b));
    expect(out.year).toBe(2025);
    expect(out.blocks).toHaveLength(c.gold.length);
    for (const b of out.blocks) {
      expect(Object.keys(b).sort()).toEqual([
        'confidence',
        'evidence',
        'i',
        'kind',
        'pillar',
        'rule',
        'text',
        'themes',
        'unsure',
      ]);
      expect(b.evidence.length).toBeGreaterThan(0);
      expect(b.rule).toMatch(/^[a-z-]+$/);
      expect(b.unsure).toBe(b.confidence < 0.6);
    }
    expect(out.blocks.map((b: { text: string }) => b.text.slice(0, 100))).toEqual(c.gold.map((g) => g.text));
    const ids = out.checklist.map((x: { id: string }) => x.id);
    for (const id of [
      'pillar-1',
      'pillar-5',
      'omvang',
      'vooruitblik',
      'theme-1',
      'theme-14',
      'visie',
      'financieel',
      'prestatie-indicatoren',
      'meerjarenplanning',
      'terugblik',
    ])
      expect(ids).toContain(id);
    expect(out.warnings.every((w: unknown) => typeof w === 'string')).toBe(true);
    // every checklist item with the questions for its author: there whenever it is missing or thin
    for (const x of out.checklist) {
      expect(Object.keys(x).sort()).toEqual(['evidence', 'guidance', 'id', 'level', 'status']);
      expect(x.guidance.every((q: unknown) => typeof q === 'string')).toBe(true);
      if (x.status !== 'present') expect(x.guidance.length, x.id).toBeGreaterThan(0);
    }
    expect(out.checklist.some((x: { status: string }) => x.status !== 'present')).toBe(true);
    // every known aspect, with the blocks that address it and the status of the report's own table for 2025
    expect(out.aspects).toHaveLength(24);
    for (const x of out.aspects) {
      expect(Object.keys(x).sort()).toEqual(['evidence', 'id', 'pillar', 'status', 'title']);
      expect([1, 2, 3, 4, 5]).toContain(x.pillar);
      expect(x.evidence.every((i: number) => Number.isInteger(i) && i >= 0 && i < out.blocks.length)).toBe(true);
      expect(x.status === null || typeof x.status === 'string').toBe(true);
    }
    const aspect = (id: string) => out.aspects.find((x: { id: string }) => x.id === id);
    expect(aspect('3.1.3').status).toBe('Gereed');
    expect(aspect('4.1.1').status).toBeNull();
    expect(aspect('3.1.3').evidence.length).toBeGreaterThan(0);
  });

  it('makes focus themes required and takes --year over the detected year', async () => {
    const r = await kkfz('check', corpus['homerun-2025']!.docx, '--json', '--focus', '2,6', '--year', '2024');
    const out = JSON.parse(r.stdout);
    expect(out.year).toBe(2024);
    expect(out.focus).toEqual([2, 6]);
    const level = (id: string) => out.checklist.find((x: { id: string }) => x.id === id).level;
    expect(level('theme-2')).toBe('required');
    expect(level('theme-6')).toBe('required');
    expect(level('theme-9')).toBe('recommended');
    // required items come first
    const levels = out.checklist.map((x: { level: string }) => x.level);
    expect(levels.indexOf('recommended')).toBeGreaterThan(levels.lastIndexOf('required'));
  });

  it('exits 1 when a required item is missing or thin, 0 when all are present', async () => {
    const thin = await kkfz(
      'check',
      file('dun.docx', await makeDocx([{ h: 1, text: 'Kwaliteitsverslag 2025' }, { p: 'Kort.' }])),
      '--json',
    );
    expect(thin.code).toBe(1);
    const out = JSON.parse(thin.stdout);
    const pillar1 = out.checklist.find((x: { id: string }) => x.id === 'pillar-1');
    expect(pillar1.status).toBe('missing');
    expect(pillar1.guidance.join(' ')).toMatch(/zes weken/);
  });
});

describe('kkfz check --focus: by default the reporting year’s, or given, or none', () => {
  const HOMERUN = () => corpus['homerun-2025']!.docx;
  const levels = (stdout: string) =>
    Object.fromEntries(
      JSON.parse(stdout)
        .checklist.filter((x: { id: string }) => x.id.startsWith('theme-'))
        .map((x: { id: string; level: string }) => [x.id, x.level]),
    );

  it('without --focus, the 2025 schedule makes themes 2, 6 and 9 required (theme 2 is thin in this report: exit 1)', async () => {
    const r = await kkfz('check', HOMERUN());
    expect(r.stdout).toMatch(/^Focusthema's 2025 \(jaarschema DJI\): 2, 6, 9$/m);
    expect(r.stdout).toMatch(/DUN\s+verplicht\s+theme-2 /);
    expect(r.code).toBe(1);
    const json = await kkfz('check', HOMERUN(), '--json');
    const level = levels(json.stdout);
    expect(Object.keys(level).filter((id) => level[id] === 'required')).toEqual(['theme-2', 'theme-6', 'theme-9']);
    // --year moves the default with it
    const other = levels((await kkfz('check', HOMERUN(), '--json', '--year', '2026')).stdout);
    expect(Object.keys(other).filter((id) => other[id] === 'required')).toEqual(['theme-4', 'theme-7']);
  });

  it('--focus none: no theme is required (this report then has every required item: exit 0)', async () => {
    const r = await kkfz('check', HOMERUN(), '--focus', 'none');
    expect(r.stdout).toMatch(/^Focusthema's: geen \(--focus none\)$/m);
    expect(r.code).toBe(0);
    const level = levels((await kkfz('check', HOMERUN(), '--json', '--focus', 'none')).stdout);
    expect(Object.values(level).every((l) => l === 'recommended')).toBe(true);
  });

  it('--focus 6,9 wins over the year; in English it says so too', async () => {
    const r = await kkfz('check', HOMERUN(), '--focus', '6,9');
    expect(r.stdout).toMatch(/^Focusthema's \(opgegeven met --focus\): 6, 9$/m);
    expect(r.stdout).toMatch(/aanbevolen\s+theme-2 /);
    expect(r.stdout).toMatch(/verplicht\s+theme-6 /);
    expect(r.code).toBe(0);
    const en = await kkfz('check', HOMERUN(), '--focus', '6,9', '--lang', 'en');
    expect(en.stdout).toMatch(/^Focus themes \(given with --focus\): 6, 9$/m);
  });

  it('an empty or half-numeric --focus is a usage error that mentions none', async () => {
    for (const value of ['', '2,x', ',']) {
      const r = await kkfz('check', HOMERUN(), `--focus=${value}`);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/--focus .*of none/);
    }
  });
});

describe('kkfz check (readable table)', () => {
  it('prints the map per pillar and theme, the checklist and the warnings', async () => {
    const r = await kkfz('check', corpus['samen-zorg-twente-2025']!.docx);
    expect(r.stdout).toMatch(/Verslagjaar: 2025/);
    expect(r.stdout).toMatch(/Pijlers\s+blokken\s+woorden/);
    expect(r.stdout).toMatch(/4 Samenwerken/);
    expect(r.stdout).toMatch(/Opleidingsplan/);
    expect(r.stdout).toMatch(/Checklist/);
    expect(r.stdout).toMatch(/pillar-1/);
  });
});

describe('kkfz check: bad input and wrong usage exit 2 with one clear line', () => {
  const docx = () => new Uint8Array(readFileSync(corpus['homerun-2025']!.docx));
  const cases: [string, () => Uint8Array | string | Promise<Uint8Array>, RegExp][] = [
    ['a PDF renamed to .docx', () => '%PDF-1.7\n1 0 obj <<>> endobj\n', /PDF/],
    ['a text file renamed to .docx', () => 'gewoon wat tekst\n', /Word/i],
    [
      'an .xlsx renamed to .docx',
      () =>
        zipSync({
          '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
          'xl/workbook.xml': new TextEncoder().encode('<workbook/>'),
        }),
      /Excel|werkmap|spreadsheet/i,
    ],
    ['a truncated .docx', () => docx().slice(0, Math.floor(docx().length / 2)), /beschadigd|onvolledig|corrupt/i],
    ['an empty file', () => new Uint8Array(0), /leeg/i],
    [
      'a password-protected .docx',
      () => new Uint8Array(officeCrypto.encrypt(Buffer.from(docx()), { password: 'geheim' })),
      /wachtwoord/,
    ],
    [
      'a legacy .doc',
      () => {
        const doc = CFB.utils.cfb_new();
        CFB.utils.cfb_add(doc, '/WordDocument', Buffer.alloc(2048, 1));
        return new Uint8Array(CFB.write(doc, { type: 'buffer' }) as Buffer);
      },
      /\.doc\b/,
    ],
    [
      'a zip bomb, said as what it is',
      () => zipSync({ 'word/document.xml': new Uint8Array(64 * 1024 * 1024) }, { level: 9 }),
      /^kkfz: Het bestand is geweigerd: uitgepakt te groot: 64 MB uit \d+ kB .*zip-bom/,
    ],
  ];
  for (const [what, make, message] of cases) {
    it(what, async () => {
      const r = await kkfz('check', file(`${what.replace(/\W+/g, '-')}.docx`, await make()));
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(r.stderr).not.toMatch(/\bat .*\(|node:internal|Error:/);
    });
  }

  it('--json still prints only JSON on stdout for an unreadable file', async () => {
    const r = await kkfz('check', file('tekst.docx', 'geen docx'), '--json');
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.code).toBeTruthy();
  });

  it('a missing file, a missing argument and a wrong option are usage errors', async () => {
    expect((await kkfz('check', join(dir, 'bestaat-niet.docx'))).code).toBe(2);
    expect((await kkfz('check')).code).toBe(2);
    expect((await kkfz('check', corpus['homerun-2025']!.docx, '--focus', String(themeIds.length + 1))).code).toBe(2);
    expect((await kkfz('check', corpus['homerun-2025']!.docx, '--bogus')).code).toBe(2);
  });

  it('a valid but empty document is a result (everything missing), not a crash', async () => {
    const r = await kkfz('check', file('leeg-document.docx', await makeDocx([])), '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.blocks).toEqual([]);
    expect(out.warnings.join(' ')).toMatch(/geen tekst/);
  });
});
