import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectReportYear } from '../../lib/report/year';
import { importDocx } from '../../lib/docx/import';
import { corpusCases } from '../../scripts/corpus';
import { blocksOf } from '../support/blocks';

describe('detectReportYear', () => {
  it('finds 2025 in every corpus report and says where', async () => {
    for (const c of corpusCases()) {
      const r = await importDocx(new Uint8Array(readFileSync(c.docx)));
      if (!r.ok) throw new Error(r.error.en);
      const guess = detectReportYear(r.value.blocks, r.value.title);
      expect(guess.year, c.name).toBe(2025);
      expect(guess.evidence).toMatch(/2025/);
    }
  });

  it('prefers the title over years in the text', () => {
    const blocks = blocksOf([
      { h: 1, text: 'Jaarverslag 2024' },
      { p: 'In 2025 gaan we verder, in 2025 ook, en in 2025.' },
    ]);
    expect(detectReportYear(blocks).year).toBe(2024);
  });

  it('reads "over 2025" and a peildatum when the title has no year', () => {
    expect(
      detectReportYear(blocksOf([{ h: 1, text: 'Kwaliteitsverslag' }, { p: 'Dit verslag gaat over 2025.' }])).year,
    ).toBe(2025);
    expect(detectReportYear(blocksOf([{ p: 'Aantallen op peildatum 31 december 2023.' }])).year).toBe(2023);
  });

  it('does not take a planning span or next year’s activities for the reporting year', () => {
    expect(detectReportYear(blocksOf([{ p: 'Het kader wordt ingevoerd van 2022–2028.' }])).year).toBeNull();
    expect(
      detectReportYear(
        blocksOf([
          { h: 1, text: 'Kwaliteitsverslag 2025' },
          { h: 2, text: 'Activiteiten voor 2026' },
        ]),
      ).year,
    ).toBe(2025);
    expect(detectReportYear(blocksOf([{ h: 2, text: 'Activiteiten voor 2026' }, { p: 'tekst' }])).year).toBeNull();
  });
});
