// Figures for number fields, found in every corpus report and the sample: forensic clients as a count and as a share
// of all clients, the financial share and amount, each from the plainest place the report states it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseDocx } from '../../lib/analyse';
import type { Measure } from '../../lib/fill/field-kind';
import { findFigures, parseNumber, pickFigure, type Topic } from '../../lib/fill/figures';
import type { Block } from '../../lib/schema';
import { corpusCases, sampleCase } from '../../scripts/corpus';

const REPORTS = [...corpusCases().filter((c) => !c.variant), sampleCase()!];

/** count, client share, financial share, amount per report: what a careful reader takes from it */
const WANT: Record<string, [number | null, number | null, number | null, number | null]> = {
  'homerun-2025': [1351, null, 15, null],
  'levanto-2025': [122, 4.6, 2, 1_386_000],
  // three rows of forensic care and no total: added up
  'samen-zorg-twente-2025': [32, 67, 85, 1_397_721],
  'voorbeeldverslag-2025 (sample)': [64, 30, 37, 2_397_600],
};
const ASKS: [Measure, Topic, string][] = [
  ['count', 'clients', 'omvang'],
  ['share', 'clients', 'omvang'],
  ['share', 'money', 'financieel'],
  ['amount', 'money', 'financieel'],
];

describe('parseNumber', () => {
  it('reads Dutch thousands and decimals', () => {
    expect(parseNumber('1.386')).toEqual({ value: 1386, decimals: 0 });
    expect(parseNumber('4,6')).toEqual({ value: 4.6, decimals: 1 });
    expect(parseNumber('1.397.721')).toEqual({ value: 1397721, decimals: 0 });
    expect(parseNumber('2,0')).toEqual({ value: 2, decimals: 1 });
    expect(parseNumber('abc')).toBeNull();
  });
});

describe('findFigures and pickFigure', async () => {
  const analysed = await Promise.all(
    REPORTS.map(async (c) => {
      const r = await analyseDocx(new Uint8Array(readFileSync(c.docx)));
      if (!r.ok) throw new Error(r.error.en);
      return { name: c.name, value: r.value };
    }),
  );

  it('finds in every report the figures a reader finds, and says where', () => {
    for (const { name, value } of analysed) {
      const figures = findFigures(value.document.blocks, value.effectiveYear);
      const got = ASKS.map(([m, t, item]) =>
        pickFigure(figures, m, t, new Set(value.checklist.find((c) => c.id === item)!.evidence)),
      );
      expect(
        got.map((f) => f?.value ?? null),
        name,
      ).toEqual(WANT[name]);
      for (const f of got) if (f) expect(f.source.length, name).toBeGreaterThan(5);
    }
  });

  it('never takes a figure of an earlier year, a flow of clients or a year for a count', () => {
    const block = (i: number, text: string, heading = 'Omvang van de forensische zorg'): Block => ({
      i,
      id: `b${i}`,
      kind: 'paragraph',
      text,
      html: '',
      headingPath: [heading],
      parent: null,
    });
    const figures = findFigures(
      [
        block(0, 'Eind 2024 waren dat 52 van de 190 cliënten (27%). In 2025 stroomden 39 forensische cliënten in.'),
        block(1, 'Op 31 december 2025 begeleidden wij 212 cliënten, van wie 64 met een forensische titel (30%).'),
        block(2, 'Het aandeel van de forensische zorg in de opbrengst was 37% (2024: 33%).', 'Financieel percentage'),
      ],
      2025,
    );
    const pick = (m: Measure, t: Topic) => pickFigure(figures, m, t, new Set())?.value ?? null;
    expect([pick('count', 'clients'), pick('share', 'clients'), pick('share', 'money')]).toEqual([64, 30, 37]);
    expect(figures.map((f) => f.value)).not.toContain(33);
    expect(figures.map((f) => f.value)).not.toContain(39);
    expect(figures.map((f) => f.value)).not.toContain(2025);
  });
});
