// `kkfz template` as run(argv, io) runs it: the plan per place in Dutch (or --json), the filled .docx with --out,
// exit 0 when every place was filled, 1 when one was left, 2 for unreadable input or wrong usage (one line).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { kkfz, scratchDir } from '../support/cli';
import { controlsTemplate, tableTemplate } from '../support/make-template';

const SAMPLE = join(import.meta.dirname, '../../samples/voorbeeldverslag-2025.docx');
const { dir, file } = scratchDir('kkfz-cli-template-');

/** One line on stderr, nothing on stdout, exit 2, no stack trace. */
function oneLineError(r: { code: number; stdout: string; stderr: string }, message: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(message);
  expect(r.stderr).not.toMatch(/\bat .*\(|node:internal|Error:/);
}

describe('kkfz template', async () => {
  const table = file('tabel.docx', await tableTemplate());
  const controls = file('invulvelden.docx', controlsTemplate());

  it('fills every place of a table template: exit 0, the plan in Dutch, the filled file written', async () => {
    const out = join(dir, 'ingevuld.docx');
    const r = await kkfz('template', table, '--from', SAMPLE, '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Sjabloon: .*tabel\.docx\nBron: .*voorbeeldverslag-2025\.docx \(verslagjaar 2025\)/);
    expect(r.stdout).toContain('Ingevuld: 5 van 5 plekken.');
    expect(r.stdout).toContain(`Geschreven: ${out}`);
    expect(r.stdout).toMatch(
      /Aantal cliënten met een forensische.*tabelcel\s+Omvang van de forensische zorg.*0\.\d\d\s+ja/,
    );
    expect(existsSync(out)).toBe(true);
    const html = (await mammoth.convertToHtml({ buffer: readFileSync(out) })).value;
    expect(html).toContain('<td><p>64</p></td>');
  });

  it('--json gives slots, items, scores and what was filled; a place left open is exit 1', async () => {
    const r = await kkfz('template', controls, '--from', SAMPLE, '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out).sort()).toEqual(['counts', 'from', 'out', 'slots', 'template', 'year']);
    expect(out).toMatchObject({ template: controls, from: SAMPLE, out: null, year: 2025 });
    expect(Object.keys(out.slots[0]).sort()).toEqual([
      'filled',
      'fit',
      'item',
      'itemLabel',
      'key',
      'kind',
      'label',
      'score',
      'shown',
      'source',
      'text',
      'why',
    ]);
    expect(
      out.slots.map((s: { kind: string; item: string | null; filled: boolean }) => [s.kind, s.item, s.filled]),
    ).toEqual([
      ['control', 'omvang', true],
      ['control', 'theme-1', true],
      ['control', 'theme-4', true],
      ['control', null, false],
    ]);
    expect(out.slots[0]).toMatchObject({ label: 'Aantal forensische cliënten', fit: 'number', text: '64' });
    expect(out.slots[3].why).toBe('geen onderdeel herkend');
    expect(out.counts).toEqual({ slots: 4, filled: 3, left: 1 });
  });

  it('says what stays open, in English with --lang en', async () => {
    const r = await kkfz('template', controls, '--from', SAMPLE, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Filled: 3 of 4 places.');
    expect(r.stdout).toMatch(/Not filled .*:\n {2}- Status \[Kies een item\.\]: /);
    expect(r.stdout).toContain('Nothing written: pass --out filled.docx');
  });

  it('refuses unreadable input and wrong usage with one line and exit 2', async () => {
    oneLineError(
      await kkfz('template', file('geen.docx', 'dit is tekst'), '--from', SAMPLE),
      /^kkfz: Sjabloon .*geen\.docx: Dit is geen Word-document/,
    );
    oneLineError(await kkfz('template', table, '--from', file('leeg.docx', '')), /^kkfz: Het bestand is leeg/);
    oneLineError(
      await kkfz('template', join(dir, 'bestaat-niet.docx'), '--from', SAMPLE),
      /^kkfz: Bestand niet gevonden/,
    );
    oneLineError(await kkfz('template', table), /^kkfz: --from ontbreekt/);
    oneLineError(
      await kkfz('template', table, '--from', SAMPLE, '--out', join(dir, 'x.pdf')),
      /^kkfz: --out moet eindigen op \.docx/,
    );
    oneLineError(
      await kkfz('template', table, '--from', SAMPLE, '--focus', '2'),
      /^kkfz: --focus hoort niet bij "kkfz template"/,
    );
    const json = await kkfz('template', file('ook-geen.docx', 'tekst'), '--from', SAMPLE, '--json');
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ error: { code: 'not-zip' } });
  });
});
