// The checks on a report's quality aspects: aspects it never addresses, status tables with empty cells for the
// report's year, stored statuses its table contradicts. On LEVANTOgroep 2025 (pillar 1 "Gereed", pillars 2–4
// empty) and on a small constructed report.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseDocx } from '../../lib/analyse';
import { aspectChecks } from '../../lib/aspects/checks';
import { reportAspects } from '../../lib/aspects/report-aspects';
import { mapBlocks } from '../../lib/classify/map';
import { aspects } from '../../lib/knowledge/aspects';
import type { AspectStatus } from '../../lib/schema';
import { corpusCases } from '../../scripts/corpus';
import { blocksOf } from '../support/blocks';

const status = (
  aspectId: string | undefined,
  state: AspectStatus['status'],
  aspect = aspects.find((a) => a.id === aspectId)?.title ?? 'Eigen aspect',
): AspectStatus => ({
  id: `r:${aspectId ?? aspect}`,
  reportId: 'r',
  pillar: aspects.find((a) => a.id === aspectId)?.pillar ?? 1,
  aspect,
  ...(aspectId ? { aspectId } : {}),
  status: state,
  updatedAt: '2026-01-10T09:00:00.000Z',
});
const ofPillar = (p: number) => aspects.filter((a) => a.pillar === p).map((a) => a.id);

describe('aspectChecks on LEVANTOgroep 2025', async () => {
  const r = await analyseDocx(new Uint8Array(readFileSync(corpusCases().find((c) => c.name === 'levanto-2025')!.docx)));
  if (!r.ok) throw new Error('corpus file did not analyse');
  const { blocks } = r.value.document;
  const ra = reportAspects(blocks, r.value.mappings, r.value.effectiveYear);

  it('names the status tables of pillars 2–4 with their empty 2025 cells, by the aspects’ numbers', () => {
    const empty = aspectChecks(blocks, ra, []).filter((c) => c.kind === 'empty-cells');
    expect(empty.map((c) => c.block)).toEqual(ra.statusTables.slice(1).map((t) => t.block));
    expect(empty.map((c) => c.aspects)).toEqual([ofPillar(2), ofPillar(3), ofPillar(4)]);
    expect(empty[0]!.nl).toBe(
      'Statustabel zonder status voor 2025 bij 7 rijen: 4.1.1, 4.1.2, 4.1.3, 4.1.4, 4.1.5, 4.1.6, 4.1.7.',
    );
    expect(empty[2]!.en).toBe('Status table without a status for 2025 in 3 rows: 6.1.1, 6.1.2, 6.1.3.');
  });

  it('names every aspect without a block of its own once, pointing at the status table where it has a row', () => {
    const unaddressed = aspectChecks(blocks, ra, []).filter((c) => c.kind === 'unaddressed');
    expect(unaddressed.map((c) => c.aspects[0])).toEqual(
      ra.aspects.filter((a) => a.evidence.length === 0).map((a) => a.id),
    );
    const addressed = ra.aspects.filter((a) => a.evidence.length > 0).map((a) => a.id);
    expect(addressed).toContain('3.1.5');
    const c = unaddressed.find((x) => x.aspects[0] === '4.1.7')!;
    expect(c.block).toBe(ra.statusTables[1]!.block);
    expect(c.nl).toMatch(/^4\.1\.7 Bijdrage .*: nergens in het verslag besproken, alleen in de statustabel\.$/);
    // not in any status table: no block
    expect(unaddressed.find((x) => x.aspects[0] === '7-verantwoording')?.block).toBeNull();
  });

  it('says where a stored status differs from the table’s, not where they agree or the table gives none', () => {
    const stored = [
      status('3.1.2', 'in-werking'),
      status('3.1.1', 'gereed'),
      status('4.1.1', 'niet-gestart'),
      status(undefined, 'niet-gestart'),
    ];
    const differ = aspectChecks(blocks, ra, stored).filter((c) => c.kind === 'disagrees');
    expect(differ).toEqual([
      {
        kind: 'disagrees',
        aspects: ['3.1.2'],
        block: ra.statusTables[0]!.block,
        nl: `3.1.2 ${aspects[1]!.title}: hier ‘in werking’, in de statustabel van het verslag ‘Gereed’.`,
        en: `3.1.2 ${aspects[1]!.title}: ‘in operation’ here, ‘Gereed’ in the report’s status table.`,
      },
    ]);
    // a row typed by hand with a known aspect's title is that aspect
    const typed = status(undefined, 'niet-gestart', aspects[0]!.title);
    expect(
      aspectChecks(blocks, ra, [typed])
        .filter((c) => c.kind === 'disagrees')
        .map((c) => c.aspects),
    ).toEqual([['3.1.1']]);
  });
});

describe('aspectChecks on a constructed report', () => {
  const blocks = blocksOf([
    { h: 1, text: 'Kwaliteitsverslag 2025' },
    { h: 2, text: 'Rapportage en dossiervoering' },
    { p: 'Medewerkers rapporteren dagelijks in het elektronisch cliëntendossier.' },
    {
      table: [
        ['Kwaliteitsaspect', 'Status 2024', 'Status 2025'],
        ['3.1.4 Rapportage en dossiervoering', 'in werking', 'gereed'],
        ['Het leefklimaat in de verblijfssetting', 'gestart', ''],
        ['Eigen thema: de buurtkamer met vrijwilligers', 'gereed', ''],
      ],
    },
  ]);
  const ra = reportAspects(blocks, mapBlocks(blocks), 2025);
  const checks = aspectChecks(blocks, ra, []);

  it('names an empty row without a number by its own words, a row of no known aspect too', () => {
    const [empty, ...rest] = checks.filter((c) => c.kind === 'empty-cells');
    expect(rest).toEqual([]);
    expect(empty).toEqual({
      kind: 'empty-cells',
      aspects: ['3.2-leefklimaat'],
      block: 3,
      nl: 'Statustabel zonder status voor 2025 bij 2 rijen: “Het leefklimaat in de verblijfssetting”, “Eigen thema: de buurtkamer met vrijwilligers”.',
      en: 'Status table without a status for 2025 in 2 rows: “Het leefklimaat in de verblijfssetting”, “Eigen thema: de buurtkamer met vrijwilligers”.',
    });
  });

  it('leaves out the aspect the report addresses, and counts the empty cell of another year not at all', () => {
    const unaddressed = checks.filter((c) => c.kind === 'unaddressed').map((c) => c.aspects[0]);
    expect(unaddressed).not.toContain('3.1.4');
    expect(unaddressed).toHaveLength(aspects.length - 1);
    expect(checks.filter((c) => c.kind === 'disagrees')).toEqual([]);
  });

  it('finds nothing to say about tables when the report has none', () => {
    const plain = blocksOf([{ h: 1, text: 'Verslag' }, { p: 'Tekst.' }]);
    const c = aspectChecks(plain, reportAspects(plain, mapBlocks(plain), 2025), [status('3.1.1', 'gereed')]);
    expect(c.every((x) => x.kind === 'unaddressed' && x.block === null)).toBe(true);
  });
});
