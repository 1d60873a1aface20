// The CLI as a user runs it: a real process, its stdout, stderr and exit code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import CFB from 'cfb';
import officeCrypto from 'officecrypto-tool';
import { corpusCases } from '../../scripts/corpus';
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
    expect(Object.keys(out).sort()).toEqual(['blocks', 'checklist', 'file', 'warnings', 'year']);
    expect(out.year).toBe(2025);
    expect(out.blocks).toHaveLength(c.gold.length);
    for (const b of out.blocks) {
      expect(Object.keys(b).sort()).toEqual(['confidence', 'evidence', 'i', 'kind', 'pillar', 'rule', 'text', 'themes', 'unsure']);
      expect(b.evidence.length).toBeGreaterThan(0);
      expect(b.rule).toMatch(/^[a-z-]+$/);
      expect(b.unsure).toBe(b.confidence < 0.6);
    }
    expect(out.blocks.map((b: { text: string }) => b.text.slice(0, 100))).toEqual(c.gold.map((g) => g.text));
    const ids = out.checklist.map((x: { id: string }) => x.id);
    for (const id of ['pillar-1', 'pillar-5', 'omvang', 'vooruitblik', 'theme-1', 'theme-14', 'visie', 'financieel', 'prestatie-indicatoren', 'meerjarenplanning', 'terugblik']) expect(ids).toContain(id);
    expect(out.warnings.every((w: unknown) => typeof w === 'string')).toBe(true);
  });

  it('makes focus themes required and takes --year over the detected year', async () => {
    const r = await kkfz('check', corpus['homerun-2025']!.docx, '--json', '--focus', '2,6', '--year', '2024');
    const out = JSON.parse(r.stdout);
    expect(out.year).toBe(2024);
    const level = (id: string) => out.checklist.find((x: { id: string }) => x.id === id).level;
    expect(level('theme-2')).toBe('required');
    expect(level('theme-6')).toBe('required');
    expect(level('theme-9')).toBe('recommended');
    // required items come first
    const levels = out.checklist.map((x: { level: string }) => x.level);
    expect(levels.indexOf('recommended')).toBeGreaterThan(levels.lastIndexOf('required'));
  });

  it('exits 1 when a required item is missing or thin, 0 when all are present', async () => {
    const thin = await kkfz('check', file('dun.docx', await makeDocx([{ h: 1, text: 'Kwaliteitsverslag 2025' }, { p: 'Kort.' }])), '--json');
    expect(thin.code).toBe(1);
    const out = JSON.parse(thin.stdout);
    expect(out.checklist.find((x: { id: string }) => x.id === 'pillar-1').status).toBe('missing');
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
    ['an .xlsx renamed to .docx', () => zipSync({ '[Content_Types].xml': new TextEncoder().encode('<Types/>'), 'xl/workbook.xml': new TextEncoder().encode('<workbook/>') }), /Excel|werkmap|spreadsheet/i],
    ['a truncated .docx', () => docx().slice(0, Math.floor(docx().length / 2)), /beschadigd|onvolledig|corrupt/i],
    ['an empty file', () => new Uint8Array(0), /leeg/i],
    ['a password-protected .docx', async () => new Uint8Array(await officeCrypto.encrypt(Buffer.from(docx()), { password: 'geheim' })), /wachtwoord/],
    [
      'a legacy .doc',
      () => {
        const doc = CFB.utils.cfb_new();
        CFB.utils.cfb_add(doc, '/WordDocument', Buffer.alloc(2048, 1));
        return new Uint8Array(CFB.write(doc, { type: 'buffer' }) as Buffer);
      },
      /\.doc\b/,
    ],
    ['a zip bomb', () => zipSync({ 'word/document.xml': new Uint8Array(64 * 1024 * 1024) }, { level: 9 }), /onwaarschijnlijk groot/],
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
    expect((await kkfz('check', corpus['homerun-2025']!.docx, '--focus', '15')).code).toBe(2);
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
