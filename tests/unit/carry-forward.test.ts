// Carrying a report forward: every block filed in the KKFZ structure with its state, the export as a real
// .docx that mammoth reads back with that outline and those highlights, and the comparison of a new year's
// draft with last year's report.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { analyseDocument, analyseDocx } from '../../lib/analyse';
import { carryForward, carriedTitle } from '../../lib/carry/forward';
import { compareYears } from '../../lib/carry/compare';
import { exportCarryDocx } from '../../lib/carry/export-docx';
import { fileBlocks, sectionRank } from '../../lib/carry/sections';
import { findTableOfContents } from '../../lib/classify/toc';
import { mapBlocks } from '../../lib/classify/map';
import { themePillar } from '../../lib/knowledge/framework';
import type { Analysis } from '../../lib/schema';
import { CORPUS_DIR } from '../../scripts/corpus';
import { blocksOf, type Line } from '../support/blocks';

async function analysed(file: string): Promise<Analysis> {
  const r = await analyseDocx(new Uint8Array(readFileSync(join(CORPUS_DIR, file))));
  if (!r.ok) throw new Error(r.error.en);
  return r.value;
}

const meta = (fromYear: number) => ({
  id: 'c1',
  reportId: 'r1',
  sourceDraftId: 'd1',
  organisation: 'LEVANTOgroep',
  fromYear,
  now: '2026-01-05T10:00:00.000Z',
});

describe('carryForward', async () => {
  const levanto = await analysed('levanto-2025.docx');
  const homerun = await analysed('homerun-2025.docx');

  it('carries every block once, filed by pillar and a theme of that pillar, in KKFZ order', () => {
    for (const a of [levanto, homerun]) {
      const draft = carryForward(a, meta(2025));
      expect(draft.year).toBe(2026);
      expect(draft.items.map((x) => x.i).sort((x, y) => x - y)).toEqual(a.document.blocks.map((b) => b.i));
      for (const item of draft.items) {
        expect(item.pillar).toBe(a.mappings[item.i]!.pillar);
        if (item.theme !== null) expect(themePillar(item.theme)).toBe(item.pillar);
      }
      const ranks = draft.items.map(sectionRank);
      expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
      // within a section, the report's own order
      for (let k = 1; k < draft.items.length; k++)
        if (ranks[k] === ranks[k - 1]) expect(draft.items[k]!.i).toBeGreaterThan(draft.items[k - 1]!.i);
    }
  });

  it('suggests a state per block: flagged → needs update, table of contents and title → drop, the rest kept', () => {
    const draft = carryForward(levanto, meta(2025));
    const toc = findTableOfContents(levanto.document.blocks);
    expect(toc.size).toBeGreaterThan(10);
    for (const item of draft.items) {
      if (toc.has(item.i) || item.i === 0) expect(item.state).toBe('drop');
      else expect(item.state).toBe(item.flags.length ? 'update' : 'keep');
    }
    expect(draft.items.filter((x) => x.state === 'update').length).toBeGreaterThan(10);
    expect(draft.items.filter((x) => x.state === 'keep').length).toBeGreaterThan(30);
  });

  it('files the activities for next year under their pillars, not under a general "activities" chapter', () => {
    const draft = carryForward(homerun, meta(2025));
    const item = draft.items.find((x) => x.text.startsWith('het opleidingsplan wordt vertaald naar een jaarkalender'))!;
    expect(item.pillar).toBe(2);
    expect(item.theme).toBe(6);
    expect(item.flags.some((f) => f.reason === 'goal')).toBe(true);
  });

  it('gives the title the new year', () => {
    expect(carriedTitle('Kwaliteitsverslag Forensische Zorg 2025', 2025)).toBe(
      'Kwaliteitsverslag Forensische Zorg 2026',
    );
    expect(carriedTitle('Jaarverslag', 2025)).toBe('Kwaliteitsverslag 2026');
    expect(carriedTitle(null, 2024)).toBe('Kwaliteitsverslag 2025');
  });

  it('keeps a heading with the theme its section is about', () => {
    const blocks = blocksOf([
      { h: 1, text: 'Organisatie van zorg' },
      { h: 2, text: 'Tevredenheid' },
      { p: 'De cliënttevredenheid is gemeten met een clienttevredenheidsonderzoek onder alle cliënten.' },
      { p: 'Uit het clienttevredenheidsonderzoek blijkt dat cliënten de bejegening waarderen.' },
    ]);
    const filed = fileBlocks(blocks, mapBlocks(blocks));
    expect(filed.map((f) => f.pillar)).toEqual([3, 3, 3, 3]);
    expect(filed[1]!.theme).toBe(10);
    expect(filed[0]!.theme).toBe(10);
  });
});

describe('the carried-forward draft as .docx', async () => {
  const levanto = await analysed('levanto-2025.docx');
  const draft = carryForward(levanto, meta(2025));
  const bytes = await exportCarryDocx(draft);
  const { value: html } = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    { styleMap: ["highlight[color='yellow'] => mark", "p[style-name='Title'] => h1.title:fresh"] },
  );

  it('has the KKFZ structure as real headings: pillars as heading 1, themes as heading 2', () => {
    const h1 = [...html.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => m[1]);
    expect(h1).toEqual([
      'Algemeen',
      'Pijler 1: Veiligheid en persoonsgerichte zorg',
      'Pijler 2: Forensisch vakmanschap',
      'Pijler 3: Organisatie van zorg',
      'Pijler 4: Samenwerken',
      'Pijler 5: Informeren over resultaten',
    ]);
    const h2 = [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1]!);
    const themes = [...new Set(draft.items.filter((x) => x.state !== 'drop' && x.theme !== null).map((x) => x.theme))];
    expect(h2.map((h) => Number(/^Thema (\d+)/.exec(h)![1]))).toEqual(themes);
    expect(html).toMatch(/^<h1 class="title">Kwaliteitsverslag Forensische Zorg 2026\b[^<]*LEVANTOgroep<\/h1>/);
    expect(html.match(/LEVANTOgroep/g)!.length).toBeGreaterThan(0);
    expect(/<h1 class="title">[^<]*LEVANTOgroep[^<]*LEVANTOgroep/.test(html)).toBe(false);
  });

  it('highlights the flagged passages and leaves the rest plain; dropped blocks are gone', () => {
    const marks = [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    const flagged = draft.items
      .filter((x) => x.state !== 'drop')
      .flatMap((x) => x.flags.map((f) => x.text.slice(f.start, f.end)));
    expect(marks.length).toBeGreaterThan(10);
    // every mark is made of flagged text, and every flagged passage (of a paragraph) is marked
    for (const m of marks) expect(flagged.some((f) => m.includes(f) || f.includes(m))).toBe(true);
    const prose = draft.items
      .filter((x) => x.state !== 'drop' && x.kind !== 'table')
      .flatMap((x) => x.flags.map((f) => x.text.slice(f.start, f.end)));
    for (const f of prose) expect(marks.some((m) => m.includes(f))).toBe(true);
    expect(html).not.toContain('Inhoudsopgave');
  });
});

/** An Analysis of an outline, mapped by the real mapper. */
function analysisOf(lines: Line[], year: number): Analysis {
  const blocks = blocksOf(lines);
  return analyseDocument({ blocks, images: [], title: null }, [], { year }, mapBlocks(blocks));
}

describe('compareYears', () => {
  const lastYear = analysisOf(
    [
      { h: 1, text: 'Pijler 2: Forensisch vakmanschap' },
      { p: 'Alle begeleiders volgen de e-learning forensische zorg binnen drie maanden na indiensttreding.' },
      { p: 'In 2024 hebben 18 medewerkers de training risicotaxatie afgerond.' },
      { p: 'Intervisie vindt elke zes weken plaats in ieder team, onder leiding van een gedragsdeskundige.' },
      { h: 1, text: 'Pijler 4: Samenwerken' },
      { p: 'Wij overleggen maandelijks met de reclassering over elke cliënt met een toezichtstitel.' },
    ],
    2024,
  );
  const thisYear = analysisOf(
    [
      { h: 1, text: 'Pijler 2: Forensisch vakmanschap' },
      { p: 'Alle begeleiders volgen de e-learning forensische zorg binnen drie maanden na indiensttreding.' },
      { p: 'In 2024 hebben 18 medewerkers de training risicotaxatie afgerond.' },
      { p: 'Intervisie vindt elke vier weken plaats in ieder team, onder leiding van een gedragsdeskundige.' },
      { p: 'Sinds dit jaar werkt een ervaringsdeskundige mee in het ambulante team.' },
      { h: 1, text: 'Pijler 4: Samenwerken' },
    ],
    2025,
  );
  const result = compareYears(lastYear, thisYear);
  const section = (pillar: number) => result.sections.filter((s) => s.pillar === pillar);

  it('says per section what was copied unchanged, what was reworded, what is new and what was left out', () => {
    expect(result.fromYear).toBe(2024);
    expect(result.totals).toMatchObject({ unchanged: 4, changed: 1, added: 1, removed: 1 });
    const p2 = section(2).flatMap((s) => s.unchanged.map((u) => thisYear.document.blocks[u.i]!.text));
    expect(p2).toContain('In 2024 hebben 18 medewerkers de training risicotaxatie afgerond.');
    const changed = section(2).flatMap((s) => s.changed)[0]!;
    expect(changed.diff.filter((d) => d.op === 'del').map((d) => d.text.trim())).toEqual(['zes']);
    expect(changed.diff.filter((d) => d.op === 'add').map((d) => d.text.trim())).toEqual(['vier']);
    expect(
      section(4)
        .flatMap((s) => s.removed)
        .map((i) => lastYear.document.blocks[i]!.text),
    ).toEqual(['Wij overleggen maandelijks met de reclassering over elke cliënt met een toezichtstitel.']);
  });

  it('marks a copied passage that was stale last year as possibly stale now, with the reason', () => {
    const copied = result.sections.flatMap((s) => s.unchanged);
    const stale = copied.filter((u) => u.flags.length);
    expect(result.totals.stale).toBe(stale.length);
    expect(stale.map((u) => thisYear.document.blocks[u.i]!.text)).toEqual([
      'In 2024 hebben 18 medewerkers de training risicotaxatie afgerond.',
    ]);
    expect(stale[0]!.flags.map((f) => f.reason).sort()).toEqual(['current-year', 'figures']);
  });
});
