import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateChecklist } from '../../lib/checklist/evaluate';
import { mapBlocks } from '../../lib/classify/map';
import { importDocx } from '../../lib/docx/import';
import { checklistItemIds, defaultProfile } from '../../lib/knowledge/checklist-profile';
import { themeIds, themeItemId } from '../../lib/knowledge/shape';
import type { Block, Mapping } from '../../lib/schema';
import { corpusCases, sampleCase } from '../../scripts/corpus';
import { blocksOf, type Line } from '../support/blocks';

const LONG = 'Wij hebben dit jaar veel gedaan. '.repeat(20); // 120 words

function check(
  lines: Line[],
  options: { focusThemes?: number[]; year?: number | null; mappings?: (b: Block[]) => Mapping[] } = {},
) {
  const blocks = blocksOf(lines);
  const mappings = options.mappings ? options.mappings(blocks) : mapBlocks(blocks);
  const verdicts = evaluateChecklist(blocks, mappings, {
    focusThemes: options.focusThemes ?? [],
    year: options.year ?? 2025,
  });
  return (id: string) => verdicts.find((v) => v.id === id)!;
}

describe('evaluateChecklist: themes and key figures in a report’s own words', () => {
  it('finds the size of forensic care whatever the report calls its clients', () => {
    for (const word of ['deelnemers', 'jongeren', 'bewoners', 'patiënten', 'justitiabelen']) {
      const at = check([
        { h: 2, text: 'Ons jaar' },
        { p: `Op 31 december volgden 146 ${word} een traject, van wie 58 met een forensische titel.` },
      ]);
      expect(at('omvang').status, word).toBe('present');
    }
  });

  it('counts a theme as present when its content is there in other words: a survey among patients is theme 10', () => {
    const at = check([
      { h: 2, text: 'Kwaliteit en verbeteren' },
      { p: `De ervaringsmeting onder patiënten had een respons van 64%. ${LONG}` },
    ]);
    expect(at('theme-10').status).toBe('present');
  });
});

describe('evaluateChecklist', () => {
  it('lists every item of the default profile with the ids of kkfz.md, required first', () => {
    const blocks = blocksOf([{ p: 'x' }]);
    const verdicts = evaluateChecklist(blocks, mapBlocks(blocks), { focusThemes: [9], year: 2025 });
    const ids = verdicts.map((v) => v.id);
    for (const id of [
      'pillar-1',
      'pillar-2',
      'pillar-3',
      'pillar-4',
      'pillar-5',
      'omvang',
      'vooruitblik',
      'visie',
      'financieel',
      'prestatie-indicatoren',
      'meerjarenplanning',
      'terugblik',
    ])
      expect(ids).toContain(id);
    for (const t of themeIds) expect(ids).toContain(themeItemId(t));
    expect(verdicts).toHaveLength(checklistItemIds.length);
    const levels = verdicts.map((v) => v.level);
    expect(levels.lastIndexOf('required')).toBeLessThan(levels.indexOf('recommended'));
    expect(verdicts.find((v) => v.id === 'theme-9')!.level).toBe('required');
    expect(verdicts.find((v) => v.id === 'theme-8')!.level).toBe('recommended');
    expect(defaultProfile.thinWords).toBe(80);
  });

  it('calls a pillar present with enough words, thin with a heading or a few words, missing without any block', () => {
    const at = check([
      { h: 2, text: 'Pijler 1: Veiligheid en persoonsgerichte zorg' },
      { p: LONG },
      { h: 2, text: 'Pijler 2: Forensisch vakmanschap' },
      { p: 'Kort stukje.' },
      { h: 2, text: 'Pijler 3: Organisatie van zorg' },
    ]);
    expect(at('pillar-1')).toMatchObject({ status: 'present', evidence: [0, 1] });
    expect(at('pillar-2').status).toBe('thin');
    expect(at('pillar-2').reason).toMatch(/2 woorden/);
    expect(at('pillar-3').status).toBe('thin');
    expect(at('pillar-3').reason).toMatch(/alleen genoemd/);
    expect(at('pillar-4')).toMatchObject({ status: 'missing', evidence: [] });
  });

  it('does not count a planning table of all themes as an account of a theme', () => {
    const names = [
      'Veiligheidsmanagement',
      'Herstelgerichte zorg',
      'Opleidingsplan',
      'Ervaringsdeskundigheid',
      'Lerende cyclus',
      'Cliëntmetingen',
      'Overdracht / stapelzorg',
    ];
    const at = check([
      { h: 2, text: 'Planning' },
      { table: [['Thema', '2022', '2023', '2024', '2025'], ...names.map((n) => [n, 'x', '', '', ''])] },
    ]);
    expect(at('theme-7')).toMatchObject({ status: 'thin', reason: 'alleen genoemd in een overzicht van thema’s' });
    expect(at('meerjarenplanning').status).toBe('present');
  });

  it('finds omvang and financieel by their figures, and calls a heading without figures thin', () => {
    const at = check([
      { h: 2, text: 'Kengetallen' },
      { h: 3, text: 'Omvang van de forensische zorg' },
      {
        table: [
          ['Zorgsoort', 'Aantal cliënten', 'Percentage'],
          ['Forensische zorg', '42', '4%'],
        ],
      },
      { h: 3, text: 'Financieel percentage' },
      { p: 'Volgt later.' },
    ]);
    expect(at('omvang').status).toBe('present');
    expect(at('omvang').evidence).toContain(2);
    expect(at('financieel').status).toBe('thin');
  });

  it('counts an exemption from prestatie-indicatoren as present', () => {
    const at = check([
      {
        p: 'Wegens het geringe aantal forensische cliënten was de organisatie gevrijwaard van het aanleveren van prestatie-indicatoren.',
      },
    ]);
    expect(at('prestatie-indicatoren').status).toBe('present');
  });

  it('finds the vooruitblik for the year after the reporting year, not for the reporting year itself', () => {
    const plans = [{ h: 2, text: 'Activiteiten voor 2026' }, { li: LONG }] as Line[];
    expect(check(plans, { year: 2025 })('vooruitblik').status).toBe('present');
    expect(check(plans, { year: 2026 })('vooruitblik').status).toBe('missing');
  });

  it('uses the user’s corrected mapping: moving a block to another pillar moves the verdict', () => {
    const lines: Line[] = [{ h: 2, text: 'Pijler 1: Veiligheid en persoonsgerichte zorg' }, { p: LONG }];
    expect(check(lines)('pillar-4').status).toBe('missing');
    const corrected = check(lines, {
      mappings: (b) => mapBlocks(b).map((m) => (m.i === 1 ? { ...m, pillar: 4, basis: 'user' as const } : m)),
    });
    expect(corrected('pillar-4').status).toBe('present');
  });
});

describe('evaluateChecklist on real reports', async () => {
  const verdicts = new Map<string, Map<string, string>>();
  for (const c of [...corpusCases().filter((x) => !x.variant), sampleCase()!]) {
    const r = await importDocx(new Uint8Array(readFileSync(c.docx)));
    if (!r.ok) throw new Error(r.error.en);
    const v = evaluateChecklist(r.value.blocks, mapBlocks(r.value.blocks), { focusThemes: [], year: 2025 });
    verdicts.set(c.name.split(' ')[0]!, new Map(v.map((x) => [x.id, x.status])));
  }
  it('finds pillars 1–4 and the omvang in every corpus report', () => {
    for (const [name, v] of verdicts)
      for (const id of ['pillar-1', 'pillar-3', 'pillar-4', 'omvang'])
        expect(v.get(id), `${name} ${id}`).toBe('present');
  });
  it('flags what the reports really lack or keep thin', () => {
    expect(verdicts.get('homerun-2025')!.get('meerjarenplanning')).toBe('missing');
    expect(verdicts.get('samen-zorg-twente-2025')!.get('prestatie-indicatoren')).toBe('missing');
    expect(verdicts.get('levanto-2025')!.get('prestatie-indicatoren')).toBe('present');
    expect(verdicts.get('levanto-2025')!.get('meerjarenplanning')).toBe('present');
    expect(verdicts.get('voorbeeldverslag-2025')!.get('pillar-2')).toBe('thin');
  });
});
