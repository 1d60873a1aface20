// Filling our own templates from the corpus reports and the sample: read back with mammoth, every template heading
// is still a heading and in its order, placeholders gave way to the report's own paragraphs, lists and tables,
// figure cells hold figures, content controls hold their text; every part we touched passes a strict XML parser and
// every other part is byte for byte the template's. A carried-forward draft's flags come in as Word comments.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { analyseDocx } from '../../lib/analyse';
import { exportCarryDocx } from '../../lib/carry/export-docx';
import { carryForward } from '../../lib/carry/forward';
import type { Analysis } from '../../lib/schema';
import { collectTemplate } from '../../lib/template/collect';
import { planTemplate, withText, type TemplateEntry } from '../../lib/template/plan';
import { draftSource, reportSource, type TemplateSource } from '../../lib/template/source';
import { writeTemplate } from '../../lib/template/write';
import { CORPUS_DIR } from '../../scripts/corpus';
import { makeDocx } from '../support/make-docx';
import { brandedTemplate, controlsTemplate, pillarTemplate, TABLE_ROWS, tableTemplate } from '../support/make-template';

const REPORTS = [
  join(CORPUS_DIR, 'levanto-2025.docx'),
  join(CORPUS_DIR, 'homerun-2025.docx'),
  join(CORPUS_DIR, 'samen-zorg-twente-2025.docx'),
  join(import.meta.dirname, '../../samples/voorbeeldverslag-2025.docx'),
];
const SAMPLE = REPORTS[3]!;
const window = new JSDOM('').window;

async function analysis(file: string): Promise<Analysis> {
  const r = await analyseDocx(new Uint8Array(readFileSync(file)));
  if (!r.ok) throw new Error(r.error.en);
  return r.value;
}

interface Filled {
  plan: TemplateEntry[];
  bytes: Uint8Array;
  filled: string[];
  left: string[];
}

function fill(
  template: Uint8Array,
  source: TemplateSource,
  change: (plan: TemplateEntry[]) => TemplateEntry[] = (p) => p,
): Filled {
  const t = collectTemplate(template);
  if (!t.ok) throw new Error(t.error.en);
  const plan = change(planTemplate(t.value, source));
  const w = writeTemplate(template, plan, { date: '2026-01-12T09:00:00.000Z' });
  if (!w.ok) throw new Error(w.error.en);
  return { plan, ...w.value };
}

/** A strict XML 1.0 parse (jsdom's, built on saxes): no parser error, no forbidden character. */
function strict(name: string, xml: string): void {
  const doc = new window.DOMParser().parseFromString(xml, 'application/xml');
  expect(
    doc.getElementsByTagName('parsererror').length,
    `${name}: ${doc.getElementsByTagName('parsererror')[0]?.textContent}`,
  ).toBe(0);
}

/** Every part that differs from the template's, each parsed strictly; the names of the changed parts. */
function changedParts(before: Uint8Array, after: Uint8Array): string[] {
  const a = unzipSync(before);
  const b = unzipSync(after);
  for (const name of Object.keys(a)) expect(b[name], `${name} is kept`).toBeDefined();
  const changed = Object.keys(b).filter(
    (name) => !a[name] || Buffer.compare(Buffer.from(a[name]), Buffer.from(b[name]!)) !== 0,
  );
  for (const name of changed) if (/\.(?:xml|rels)$/.test(name)) strict(name, strFromU8(b[name]!));
  return changed.sort();
}

/** The document as mammoth reads it: its top-level elements in order. */
async function read(bytes: Uint8Array): Promise<{ tag: string; text: string; el: Element }[]> {
  const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  const body = new JSDOM(`<body>${html}</body>`).window.document.body;
  return Array.from(body.children).map((el) => ({
    tag: el.tagName.toLowerCase(),
    text: el.textContent.replace(/\s+/g, ' ').trim(),
    el,
  }));
}

const headings = (els: { tag: string; text: string }[]) =>
  els.filter((e) => /^h\d$/.test(e.tag)).map((e) => `${e.tag} ${e.text}`);

describe('filling headings with placeholders', async () => {
  const template = await pillarTemplate();
  const sources = await Promise.all(REPORTS.map(async (f) => ({ file: f, source: reportSource(await analysis(f)) })));

  it.each(REPORTS.map((f, k) => [f.split('/').at(-1)!, k] as const))(
    '%s: the five pillars, every heading kept in order, placeholders replaced by the report’s own text',
    async (_, k) => {
      const { source } = sources[k]!;
      const out = fill(template, source);
      // a template that names the five pillars asks for the five pillars
      expect(out.plan.slice(0, 5).map((e) => e.target)).toEqual([
        'pillar-1',
        'pillar-2',
        'pillar-3',
        'pillar-4',
        'pillar-5',
      ]);
      expect(changedParts(template, out.bytes)).toEqual(['word/document.xml']);
      const before = await read(template);
      const after = await read(out.bytes);
      expect(headings(after)).toEqual(headings(before));
      const texts = new Set(source.blocks.map((b) => b.text));
      for (const e of out.plan) {
        const heading = after.findIndex(
          (x) => /^h\d$/.test(x.tag) && x.text === (e.where.kind === 'section' && e.label),
        );
        const next = after[heading + 1]!;
        if (!out.filled.includes(e.key)) {
          expect(next.text, e.label).toBe(e.shown);
          continue;
        }
        expect(next.text, e.label).not.toBe(e.shown);
        // the first of the report's paragraphs under the heading, whole (a lead-in names where the next came from)
        const first = after.slice(heading + 1).find((x) => x.tag === 'p' && !x.el.querySelector('strong'))!;
        expect(texts.has(first.text), `${e.label}: “${first.text.slice(0, 60)}”`).toBe(true);
      }
      const placeholders = after.filter((x) => x.text === '[Vul hier in]').length;
      expect(placeholders).toBe(out.plan.filter((e) => e.shown === '[Vul hier in]' && out.left.includes(e.key)).length);
    },
  );

  it('keeps the report’s lists as lists and its tables as tables', async () => {
    const lists = sources
      .map(({ source }) => fill(template, source))
      .map(async (out) => ({ out, html: await read(out.bytes) }));
    let listed = 0;
    let tabled = 0;
    for (const { out, html } of await Promise.all(lists)) {
      const items = out.plan.flatMap((e) => (out.filled.includes(e.key) ? e.pieces : []));
      const expectTables = items.filter((p) => p.kind === 'table').length;
      expect(html.filter((x) => x.tag === 'table').length).toBe(expectTables);
      const li = html.flatMap((x) => (x.tag === 'ul' || x.tag === 'ol' ? Array.from(x.el.querySelectorAll('li')) : []));
      expect(li.length).toBe(items.filter((p) => p.kind === 'list-item').length);
      listed += li.length;
      tabled += expectTables;
    }
    expect(listed).toBeGreaterThan(10);
    expect(tabled).toBeGreaterThan(0);
  });

  it('leaves an unticked place as it was, and lists it', async () => {
    const out = fill(template, sources[3]!.source, (plan) =>
      plan.map((e, k) => (k === 1 ? { ...e, selected: false } : e)),
    );
    expect(out.left).toContain(out.plan[1]!.key);
    const after = await read(out.bytes);
    const at = after.findIndex((x) => x.text === out.plan[1]!.label);
    expect(after[at + 1]!.text).toBe('[Vul hier in]');
  });

  it('strips what XML may not hold from text the user wrote', async () => {
    const out = fill(template, sources[3]!.source, (plan) =>
      plan.map((e, k) => (k === 0 ? withText(e, 'Tekst\u0001 met\uFFFE vreemde tekens\n- een punt') : e)),
    );
    changedParts(template, out.bytes);
    const after = await read(out.bytes);
    const at = after.findIndex((x) => x.text === out.plan[0]!.label);
    expect(after[at + 1]!.text).toBe('Tekst met vreemde tekens');
    expect(after[at + 2]!.tag).toBe('ul');
  });
});

describe('filling a two-column table', async () => {
  const template = await tableTemplate();

  it.each([
    ['voorbeeldverslag-2025', SAMPLE, '64', '37%'],
    ['levanto-2025', join(CORPUS_DIR, 'levanto-2025.docx'), '122', '2,0%'],
  ])(
    '%s: figures in the figure cells, passages in the others, the cells’ own properties kept',
    async (_, file, count, share) => {
      const out = fill(template, reportSource(await analysis(file)));
      expect(out.left).toEqual([]);
      expect(changedParts(template, out.bytes)).toEqual(['word/document.xml']);
      const table = (await read(out.bytes)).find((x) => x.tag === 'table')!.el;
      const rows = Array.from(table.querySelectorAll('tr')).map((tr) =>
        Array.from(tr.children).map((c) => c.textContent.trim()),
      );
      expect(rows[0]).toEqual(['Onderwerp', 'Invulling']);
      expect(rows.slice(1).map((r) => r[0])).toEqual(TABLE_ROWS);
      expect(rows[1]![1]).toBe(count);
      expect(rows[2]![1]).toBe(share);
      for (const r of rows.slice(3)) expect(r[1]!.length).toBeGreaterThan(40);
      expect(rows.flat().join(' ')).not.toContain('[in te vullen]');
      // the answer cells' own properties (width, borders) are the template's
      const tcPr = (bytes: Uint8Array) =>
        strFromU8(unzipSync(bytes)['word/document.xml']!).match(/<w:tcPr>.*?<\/w:tcPr>/g);
      expect(tcPr(out.bytes)).toEqual(tcPr(template));
    },
  );
});

describe('filling content controls', async () => {
  const template = controlsTemplate();
  const out = fill(template, reportSource(await analysis(SAMPLE)));
  const xml = strFromU8(unzipSync(out.bytes)['word/document.xml']!);

  it('writes inside each control’s content, in the place’s paragraph style, and leaves a choice to the user', async () => {
    expect(out.left).toEqual([out.plan[3]!.key]);
    expect(changedParts(template, out.bytes)).toEqual(['word/document.xml']);
    const controls = new window.DOMParser().parseFromString(xml, 'application/xml').getElementsByTagName('w:sdt');
    expect(controls).toHaveLength(4);
    const shows = Array.from(controls).map((c) => c.getElementsByTagName('w:showingPlcHdr').length);
    expect(shows).toEqual([0, 0, 0, 1]);
    // the figure went in the line's control, the passages in the block controls, in their paragraph style
    expect(controls[0]!.getElementsByTagName('w:sdtContent')[0]!.textContent).toBe('64');
    for (const c of [controls[1]!, controls[2]!]) {
      // the control's own paragraphs (a table's take the table's style)
      const paragraphs = Array.from(c.getElementsByTagName('w:sdtContent')[0]!.childNodes).filter(
        (n): n is Element => n.nodeName === 'w:p',
      );
      expect(paragraphs.length).toBeGreaterThan(0);
      expect(paragraphs.every((p) => p.getElementsByTagName('w:pStyle')[0]?.getAttribute('w:val') === 'BodyText')).toBe(
        true,
      );
      expect(c.getElementsByTagName('w:rStyle')).toHaveLength(0);
    }
    const text = (await read(out.bytes)).map((x) => x.text);
    expect(text).toContain('Aantal forensische cliënten: 64');
    expect(text).toContain('Status van de implementatie: Kies een item.');
  });
});

describe('filling a house template with a logo, header and footer', async () => {
  const template = await brandedTemplate();
  const out = fill(template, reportSource(await analysis(SAMPLE)));

  it('changes the main text only: header, footer, logo, styles, numbering and settings byte for byte the template’s', () => {
    expect(out.left).toEqual([]);
    const parts = Object.keys(unzipSync(template));
    expect(parts).toEqual(
      expect.arrayContaining([
        'word/header1.xml',
        'word/footer1.xml',
        'word/media/image1.png',
        'word/styles.xml',
        'word/numbering.xml',
        'word/settings.xml',
      ]),
    );
    expect(changedParts(template, out.bytes)).toEqual(['word/document.xml']);
  });

  it('fills under a bare heading, inside a line and after a label, in that order', async () => {
    const after = await read(out.bytes);
    expect(after[0]!.el.querySelector('img')).not.toBeNull();
    expect(headings(after)).toEqual(headings(await read(template)));
    const at = (text: string) => after.findIndex((x) => x.text === text);
    expect(after[at('Visie op forensische zorg') + 1]!.tag).toBe('p');
    expect(after[at('Visie op forensische zorg') + 1]!.text.length).toBeGreaterThan(40);
    expect(after.map((x) => x.text)).toContain('Aantal forensische cliënten: 64 (peildatum 31 december).');
    const label = at('Toelichting:');
    const next = after.findIndex((x, k) => k > label && /^h\d$/.test(x.tag));
    expect(
      after
        .slice(label + 1, next)
        .map((x) => x.text)
        .join(' ').length,
    ).toBeGreaterThan(40);
    expect(after.some((x) => /<aantal>|\[Vul hier in\]/.test(x.text))).toBe(false);
  });
});

describe('the house style', () => {
  it('gives text under a bare heading the paragraph style the template’s own text is in', async () => {
    const template = await makeDocx(
      [
        { h: 1, text: 'Visie op forensische zorg' },
        { h: 1, text: 'Over dit sjabloon' },
        {
          p: 'Dit sjabloon houdt de huisstijl van de organisatie aan, ook in de tekst die erin komt.',
          style: 'Huistekst',
        },
      ],
      { styles: [{ id: 'Huistekst', name: 'Huistekst' }] },
    );
    const out = fill(template, reportSource(await analysis(SAMPLE)));
    expect(out.filled).toEqual([out.plan[0]!.key]);
    const doc = new window.DOMParser().parseFromString(
      strFromU8(unzipSync(out.bytes)['word/document.xml']!),
      'application/xml',
    );
    const paragraphs = Array.from(doc.getElementsByTagName('w:body')[0]!.childNodes).filter(
      (n): n is Element => n.nodeName === 'w:p',
    );
    const styles = paragraphs.map((p) => p.getElementsByTagName('w:pStyle')[0]?.getAttribute('w:val') ?? null);
    // heading, the report's paragraphs in the house style, heading, the template's own paragraph
    expect(styles[0]).toBe('Heading1');
    expect(styles.at(-2)).toBe('Heading1');
    expect(styles.slice(1, -2).length).toBeGreaterThan(0);
    expect(new Set(styles.slice(1, -2))).toEqual(new Set(['Huistekst']));
  });
});

describe('filling from a carried-forward draft', async () => {
  const levanto = await analysis(join(CORPUS_DIR, 'levanto-2025.docx'));
  const draft = carryForward(levanto, {
    id: 'd',
    reportId: 'r',
    sourceDraftId: 's',
    organisation: '',
    fromYear: 2025,
    now: '2026-01-12T09:00:00.000Z',
  });
  const template = await tableTemplate();
  const out = fill(template, draftSource(levanto, draft));

  it('puts what must be brought up to date in Word comments, with the part, its relationship and content type', async () => {
    expect(changedParts(template, out.bytes)).toEqual([
      '[Content_Types].xml',
      'word/_rels/document.xml.rels',
      'word/comments.xml',
      'word/document.xml',
    ]);
    const parts = unzipSync(out.bytes);
    const comments = new window.DOMParser()
      .parseFromString(strFromU8(parts['word/comments.xml']!), 'application/xml')
      .getElementsByTagName('w:comment');
    expect(comments.length).toBeGreaterThan(0);
    const xml = strFromU8(parts['word/document.xml']!);
    for (const tag of ['commentRangeStart', 'commentRangeEnd', 'commentReference'])
      expect(xml.match(new RegExp(`<w:${tag} `, 'g'))).toHaveLength(comments.length);
    // the figure cell's comment names that figure, not the rest of its table
    const count = out.plan[0]!;
    expect(count.pieces[0]).toMatchObject({ kind: 'paragraph', text: '122' });
    const notes = (count.pieces[0] as { marks: { notes: string[] }[] }).marks.flatMap((m) => m.notes);
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) expect(n).toContain('122');
    expect(strFromU8(parts['word/_rels/document.xml.rels']!)).toContain('relationships/comments');
    expect(strFromU8(parts['[Content_Types].xml']!)).toContain('wordprocessingml.comments+xml');
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(out.bytes) });
    expect(result.messages.filter((m) => m.type === 'error')).toEqual([]);
  });

  it('numbers its comments after a template’s own, which stay', async () => {
    // last year's carried draft as exported, with its comments and a status column to fill in, as the template
    const own = await exportCarryDocx(draft);
    const ids = (bytes: Uint8Array) =>
      [...strFromU8(unzipSync(bytes)['word/comments.xml']!).matchAll(/<w:comment [^>]*w:id="(\d+)"/g)].map((m) =>
        Number(m[1]),
      );
    const before = ids(own);
    const filled = fill(own, draftSource(levanto, draft));
    expect(filled.filled.length).toBeGreaterThan(0);
    expect(changedParts(own, filled.bytes)).toEqual(['word/comments.xml', 'word/document.xml']);
    const after = ids(filled.bytes);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.length).toBeGreaterThan(before.length);
    expect(new Set(after).size).toBe(after.length);
  });
});
