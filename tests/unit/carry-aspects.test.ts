// Last year's aspect statuses in next year's draft: carried (the stored status, else the report's table), and
// written into the .docx as a status table under each pillar with next year's column to fill in, which mammoth
// and our own status-table reader read back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseDocx, analyseDocument } from '../../lib/analyse';
import { readStatusTables } from '../../lib/aspects/status-table';
import { carryForward } from '../../lib/carry/forward';
import { exportCarryDocx } from '../../lib/carry/export-docx';
import { importDocx } from '../../lib/docx/import';
import { aspects } from '../../lib/knowledge/aspects';
import { pillarName } from '../../lib/knowledge/framework';
import { CarryDraft, type AspectStatus, type CarryAspect } from '../../lib/schema';
import { CORPUS_DIR } from '../../scripts/corpus';
import { blocksOf } from '../support/blocks';
import { carryDraft } from '../support/carry-draft';

const window = new Window();
afterAll(() => window.happyDOM.close());

const meta = {
  id: 'c1',
  reportId: 'r1',
  sourceDraftId: 'd1',
  organisation: 'LEVANTOgroep',
  fromYear: 2025,
  now: '2026-01-05T10:00:00.000Z',
};
const row = (id: string, status: AspectStatus['status'], extra: Partial<AspectStatus> = {}): AspectStatus => ({
  id: `r1:aspect:${id}`,
  reportId: 'r1',
  pillar: aspects.find((a) => a.id === id)?.pillar ?? 1,
  aspect: aspects.find((a) => a.id === id)?.title ?? id,
  aspectId: id,
  status,
  updatedAt: '2026-01-04T10:00:00.000Z',
  ...extra,
});

describe('carryForward: aspect statuses', async () => {
  const r = await analyseDocx(new Uint8Array(readFileSync(join(CORPUS_DIR, 'levanto-2025.docx'))));
  if (!r.ok) throw new Error(r.error.en);
  const levanto = r.value;

  it('carries every known aspect in the framework’s order, with the status the report’s table gives', () => {
    const draft = carryForward(levanto, meta);
    expect(draft.aspects!.map((a) => a.aspectId)).toEqual(aspects.map((a) => a.id));
    const status = Object.fromEntries(draft.aspects!.map((a) => [a.aspectId, a.status]));
    for (const a of aspects) expect(status[a.id], a.id).toBe(a.pillar === 1 ? 'gereed' : null);
    expect(draft.aspects![0]).toEqual({ aspectId: '3.1.1', pillar: 1, aspect: aspects[0]!.title, status: 'gereed' });
  });

  it('takes a stored status over the table’s, and the user’s own aspects after the known ones of their pillar', () => {
    const own: AspectStatus = {
      id: 'own-1',
      reportId: 'r1',
      pillar: 1,
      aspect: 'Veiligheidsrondes',
      status: 'in-werking',
      updatedAt: '2026-01-04T10:00:00.000Z',
    };
    const draft = carryForward(levanto, meta, [
      row('3.1.2', 'in-werking'),
      row('4.1.1', 'niet-gestart'),
      own,
      { ...own, id: 'own-5', pillar: 5, aspect: 'Jaarverslag op de website', status: 'gereed' },
    ]);
    const p1 = draft.aspects!.filter((a) => a.pillar === 1);
    expect(p1.map((a) => a.aspectId ?? a.aspect)).toEqual([
      ...aspects.filter((a) => a.pillar === 1).map((a) => a.id),
      'Veiligheidsrondes',
    ]);
    expect(p1.find((a) => a.aspectId === '3.1.2')!.status).toBe('in-werking');
    expect(p1.at(-1)).toEqual({ pillar: 1, aspect: 'Veiligheidsrondes', status: 'in-werking' });
    expect(draft.aspects!.find((a) => a.aspectId === '4.1.1')!.status).toBe('niet-gestart');
    expect(draft.aspects!.at(-1)).toEqual({ pillar: 5, aspect: 'Jaarverslag op de website', status: 'gereed' });
    expect(() => CarryDraft.parse(draft)).not.toThrow();
  });

  it('carries no status the table’s words do not name, and none for a report without a table', () => {
    const blocks = blocksOf([
      { h: 1, text: 'Kwaliteitsverslag 2025' },
      {
        table: [
          ['Kwaliteitsaspect', 'Status 2025'],
          ['Veiligheidsmanagement en risicomanagement', 'zie paragraaf 3'],
          ['Multidisciplinair werken', 'deels'],
        ],
      },
    ]);
    const draft = carryForward(analyseDocument({ blocks, images: [], title: null }, [], { year: 2025 }), meta);
    const status = Object.fromEntries(draft.aspects!.map((a) => [a.aspectId, a.status]));
    expect([status['3.1.2'], status['4.1.3'], status['3.1.1']]).toEqual([null, 'in-werking', null]);
  });

  it('still reads a draft stored before aspects were carried', () => {
    const { aspects: _none, ...old } = carryForward(levanto, meta);
    expect(CarryDraft.parse(old).aspects).toBeUndefined();
  });
});

describe('exportCarryDocx: aspect statuses', () => {
  const carried: CarryAspect[] = [
    { aspectId: '3.1.1', pillar: 1, aspect: aspects[0]!.title, status: 'gereed' },
    {
      aspectId: '3.2-leefklimaat',
      pillar: 1,
      aspect: aspects.find((a) => a.id === '3.2-leefklimaat')!.title,
      status: 'in-werking',
    },
    { pillar: 1, aspect: 'Veiligheidsrondes', status: 'niet-gestart' },
    { aspectId: '4.1.1', pillar: 2, aspect: aspects.find((a) => a.id === '4.1.1')!.title, status: null },
  ];
  const draft = { ...carryDraft(), aspects: carried };

  it('writes a status table under each pillar’s heading, Status 2025 filled in and Status 2026 empty', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(await exportCarryDocx(draft)) });
    // happy-dom's own types differ from lib.dom's in details these assertions don't touch
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    // no headings of its own: the KKFZ outline stays as it was
    expect([...doc.querySelectorAll('h1')].map((h) => h.textContent)).toEqual([
      'Algemeen',
      ...[1, 2, 3, 4, 5].map((p) => `Pijler ${p}: ${pillarName(p)}`),
    ]);
    const cells = (t: Element) =>
      [...t.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    const statusTables = [...doc.querySelectorAll('table')].filter((t) => t.querySelector('td')!.textContent === 'Nr.');
    expect(statusTables.map(cells)).toEqual([
      [
        ['Nr.', 'Kwaliteitsaspect', 'Status 2025', 'Status 2026'],
        ['3.1.1', carried[0]!.aspect, 'Gereed', ''],
        ['', carried[1]!.aspect, 'In werking', ''],
        ['', 'Veiligheidsrondes', 'Niet gestart', ''],
      ],
      [
        ['Nr.', 'Kwaliteitsaspect', 'Status 2025', 'Status 2026'],
        ['4.1.1', carried[3]!.aspect, '', ''],
      ],
    ]);
    // each right under its pillar's heading, after a label
    const pillarOf = (t: Element) => {
      let e: Element | null = t.previousElementSibling;
      while (e && e.tagName !== 'H1') e = e.previousElementSibling;
      return e?.textContent;
    };
    expect(statusTables.map(pillarOf)).toEqual([`Pijler 1: ${pillarName(1)}`, `Pijler 2: ${pillarName(2)}`]);
    expect(statusTables.map((t) => t.previousElementSibling!.textContent)).toEqual([
      'Status van de kwaliteitsaspecten',
      'Status van de kwaliteitsaspecten',
    ]);
    expect(statusTables[0]!.previousElementSibling!.previousElementSibling!.tagName).toBe('H1');
    // the intro says so
    expect(doc.querySelector('p + p')!.textContent).toMatch(
      /Onder elke pijler staat de status van zijn kwaliteitsaspecten in 2025; vul de kolom 2026 in\.$/,
    );
  });

  it('in English on request', async () => {
    const { value: html } = await mammoth.convertToHtml({
      buffer: Buffer.from(await exportCarryDocx(draft, { language: 'en' })),
    });
    expect(html).toContain('<p><strong>Status of the quality aspects</strong></p>');
    expect(html).toContain(
      '<td><p>No.</p></td><td><p>Quality aspect</p></td><td><p>Status 2025</p></td><td><p>Status 2026</p></td>',
    );
    expect(html).toContain('<td><p>In operation</p></td>');
  });

  it('is read back as status tables: the 2025 statuses, next year’s cells empty to fill in', async () => {
    const r = await importDocx(await exportCarryDocx(draft));
    if (!r.ok) throw new Error(r.error.en);
    const tables = readStatusTables(r.value.blocks, 2026);
    const ours = tables.filter((t) => t.rows.some((x) => x.statuses.length === 2 && x.statuses[1]!.year === 2026));
    expect(ours.map((t) => t.years)).toEqual([
      [2025, 2026],
      [2025, 2026],
    ]);
    expect(ours[0]!.rows.map((x) => [x.aspect, x.statuses[0]!.status])).toEqual([
      ['3.1.1', 'Gereed'],
      ['3.2-leefklimaat', 'In werking'],
      [null, 'Niet gestart'],
    ]);
    expect(ours.flatMap((t) => t.emptyCells.filter((c) => c.year === 2026))).toHaveLength(4);
  });

  it('writes no such section for a draft without aspects', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(await exportCarryDocx(carryDraft())) });
    expect(html).not.toMatch(/kwaliteitsaspecten|Nr\./);
  });
});
