// The quality aspects of a report: the blocks that address each aspect, and the status the report's own
// status table gives it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseDocx } from '../../lib/analyse';
import { mapBlocks } from '../../lib/classify/map';
import { reportAspects } from '../../lib/aspects/report-aspects';
import { readStatusTable } from '../../lib/aspects/status-table';
import { aspects } from '../../lib/knowledge/aspects';
import { corpusCases } from '../../scripts/corpus';
import { blocksOf } from '../support/blocks';

async function aspectsOf(path: string) {
  const r = await analyseDocx(new Uint8Array(readFileSync(path)));
  if (!r.ok) throw new Error(`cannot read ${path}`);
  const a = r.value;
  return reportAspects(a.document.blocks, a.mappings, a.effectiveYear);
}
const statusMap = (ra: Awaited<ReturnType<typeof aspectsOf>>) =>
  Object.fromEntries(ra.aspects.map((a) => [a.id, a.status]));

describe('aspect evidence on a synthetic report', () => {
  const blocks = blocksOf([
    { h: 1, text: 'Kwaliteitsverslag 2025' },
    { p: 'Wij bieden forensische begeleiding aan volwassenen in de regio.' },
    { h: 2, text: 'Pijler 1: Veiligheid en persoonsgerichte zorg' },
    { h: 3, text: 'Rapportage en dossiervoering' },
    {
      p: 'Medewerkers rapporteren dagelijks in het elektronisch cliëntendossier; de belangrijkste informatie staat er binnen 24 uur in.',
    },
    { p: 'Een interne audit liet zien dat de rapportages op orde zijn.' },
    { h: 3, text: 'Het netwerk' },
    { p: 'Naasten en verwanten worden uitgenodigd voor het eerste gesprek en bij elke evaluatie.' },
    { h: 2, text: 'Pijler 3: Organisatie van zorg' },
    {
      p: 'De cliëntenraad heeft dit jaar twee keer gesproken over de forensische zorg, en de medezeggenschap is versterkt.',
    },
  ]);
  const ra = reportAspects(blocks, mapBlocks(blocks), 2025);
  const ev = (id: string) => ra.aspects.find((a) => a.id === id)!.evidence;

  it('lists every known aspect once, with its pillar and title, in the knowledge order', () => {
    expect(ra.aspects.map((a) => a.id)).toEqual(aspects.map((a) => a.id));
    for (const a of ra.aspects) expect(a.pillar).toBe(aspects.find((x) => x.id === a.id)!.pillar);
  });

  it('takes the section of a heading that names the aspect, and blocks whose own words name it', () => {
    expect(ev('3.1.4')).toEqual([3, 4, 5]);
    expect(ev('3.1.5')).toEqual([7]);
    expect(ev('5.1.5')).toEqual([9]);
  });

  it('leaves an aspect the report does not address without evidence, and without a status when there is no table', () => {
    expect(ev('4.1.7')).toEqual([]);
    expect(ra.statusTables).toEqual([]);
    expect(ra.aspects.every((a) => a.status === null)).toBe(true);
  });

  it('does not count words of another pillar’s section (the mapping decides the pillar)', () => {
    const other = blocksOf([
      { h: 2, text: 'Pijler 5: Informeren over resultaten' },
      { p: 'Het dossier van de cliëntenraad is gepubliceerd op de website, met de kengetallen.' },
    ]);
    const r = reportAspects(other, mapBlocks(other), 2025);
    expect(r.aspects.find((a) => a.id === '5.1.5')!.evidence).toEqual([]);
  });
});

describe('status tables', () => {
  it('reads LEVANTOgroep 2025: pillar 1 all “Gereed” for 2025, pillars 2–4 with empty status cells', async () => {
    const ra = await aspectsOf(corpusCases().find((c) => c.name === 'levanto-2025')!.docx);
    const s = statusMap(ra);
    for (const id of ['3.1.1', '3.1.2', '3.1.3', '3.1.4', '3.1.5', '3.1.6', '3.2-veiligheidsplan', '3.2-leefklimaat'])
      expect(s[id], id).toBe('Gereed');
    for (const id of [
      '4.1.1',
      '4.1.2',
      '4.1.3',
      '4.1.4',
      '4.1.5',
      '4.1.6',
      '4.1.7',
      '5.1.1',
      '5.1.2',
      '5.1.3',
      '5.1.4',
      '5.1.5',
      '6.1.1',
      '6.1.2',
      '6.1.3',
      '7-verantwoording',
    ])
      expect(s[id], id).toBeNull();
    // four tables (one per pillar 1–4), every row matched to its own aspect by its words; the planning of
    // themes and the tables of figures are no status tables
    expect(ra.statusTables).toHaveLength(4);
    expect(ra.statusTables.map((t) => t.rows.length)).toEqual([8, 7, 5, 3]);
    expect(
      ra.statusTables.every((t) => t.year === 2025 && t.rows.every((r) => r.aspect !== null && r.by === 'words')),
    ).toBe(true);
    expect(ra.statusTables.map((t) => t.emptyCells.length)).toEqual([0, 14, 10, 6]);
    // 2024 of pillar 1, row 2 (“Veiligheidsmanagement”): in werking
    expect(ra.statusTables[0]!.rows.find((r) => r.aspect === '3.1.2')!.statuses).toEqual([
      { year: 2024, status: 'In werking' },
      { year: 2025, status: 'Gereed' },
    ]);
  });

  it('reads Kompas 2024’s appendix: rows by article number, an unknown article by its words, the 2024 column', async () => {
    const ra = await aspectsOf('tests/fixtures/heldout/kompas-2024.docx');
    expect(statusMap(ra)).toEqual({
      '3.1.1': 'gereed',
      '3.1.2': null,
      '3.1.3': 'in werking',
      '3.1.4': 'gereed',
      '3.1.5': 'in werking',
      '3.1.6': 'gereed',
      '3.2-veiligheidsplan': null,
      '3.2-leefklimaat': 'in werking',
      '4.1.1': 'gereed',
      '4.1.2': null,
      '4.1.3': 'gereed',
      '4.1.4': null,
      '4.1.5': 'gereed',
      '4.1.6': 'in werking',
      '4.1.7': 'in werking',
      '5.1.1': 'gereed',
      '5.1.2': 'gereed',
      '5.1.3': 'gereed',
      '5.1.4': 'gestart',
      '5.1.5': 'gereed',
      '6.1.1': 'gereed',
      '6.1.2': 'gereed',
      '6.1.3': 'gereed',
      '7-verantwoording': null,
    });
    const p1 = ra.statusTables.find((t) => t.rows.some((r) => r.aspect === '3.1.1'))!;
    expect(p1.years).toEqual([2023, 2024]);
    expect(p1.rows.find((r) => r.aspect === '3.2-leefklimaat')!.by).toBe('words');
    expect(ra.statusTables.every((t) => t.emptyCells.length === 0)).toBe(true);
    // a row of no known aspect is kept, without an aspect; pillar 5's table names no known aspect, but has the
    // header of the others: a status table too
    expect(ra.statusTables).toHaveLength(5);
    expect(ra.statusTables.flatMap((t) => t.rows).filter((r) => r.aspect === null)).toHaveLength(4);
    expect(ra.statusTables[4]!.rows.map((r) => r.statuses.find((x) => x.year === 2024)!.status)).toEqual([
      'gereed',
      'gereed',
      'gereed',
    ]);
  });

  it('takes the last year column when the report’s year has none, and reports empty cells', () => {
    const [table] = blocksOf([
      {
        table: [
          ['Kwaliteitsaspect', 'Status 2023', 'Status 2024'],
          ['Multidisciplinair werken', 'gestart', ''],
          ['Veiligheidsmanagement en risicomanagement', 'in werking', 'gereed'],
          ['Medezeggenschap van cliënten', '', 'loopt nog, zie paragraaf 4'],
        ],
      },
    ]);
    const t = readStatusTable(table!, 2026)!;
    expect(t).not.toBeNull();
    expect(t.year).toBe(2024);
    expect(t.rows.map((r) => [r.aspect, r.statuses.find((s) => s.year === 2024)!.status])).toEqual([
      ['4.1.3', ''],
      ['3.1.2', 'gereed'],
      ['5.1.5', 'loopt nog, zie paragraaf 4'],
    ]);
    expect(t.emptyCells).toEqual([
      { row: 1, aspect: '4.1.3', year: 2024 },
      { row: 3, aspect: '5.1.5', year: 2023 },
    ]);
    const ra = reportAspects(
      [table!],
      [{ i: 0, pillar: 0, themes: [], confidence: 0.5, evidence: ['x'] } as never],
      2024,
    );
    const s = statusMap(ra);
    expect([s['4.1.3'], s['3.1.2'], s['5.1.5']]).toEqual([null, 'gereed', 'loopt nog, zie paragraaf 4']);
  });

  it('is no status table: a planning of themes over years, a table of figures per year, a table without years', () => {
    const [planning, figures, plain] = blocksOf([
      {
        table: [
          ['Thema', '2024', '2025', '2026'],
          ['Thema 1: veiligheidsmanagement', 'Thema 1', '', ''],
          ['Thema 6: opleidingsplan', '', 'Thema 6', ''],
        ],
      },
      {
        table: [
          ['Onderwerp', '2024', '2025'],
          ['Cliëntenraad vergaderingen', '4', '6'],
          ['Multidisciplinair overleg', '40', '44'],
        ],
      },
      {
        table: [
          ['Onderwerp', 'Status'],
          ['Multidisciplinair werken', 'gereed'],
          ['Risicomanagement', 'gereed'],
        ],
      },
    ]);
    expect(readStatusTable(planning!, 2025)).toBeNull();
    expect(readStatusTable(figures!, 2025)).toBeNull();
    expect(readStatusTable(plain!, 2025)).toBeNull();
  });

  it('finds none in reports whose year tables plan the themes (marks such as “x”, “focus”, “borgen”)', async () => {
    for (const path of [
      'samples/voorbeeldverslag-2025.docx',
      'tests/fixtures/heldout/debrug-2025.docx',
      corpusCases().find((c) => c.name === 'samen-zorg-twente-2025')!.docx,
    ]) {
      const ra = await aspectsOf(path);
      expect(ra.statusTables, path).toEqual([]);
      expect(
        ra.aspects.every((a) => a.status === null),
        path,
      ).toBe(true);
    }
  });
});
