// The overview DJI reads, built from a real corpus report with a justification, stored aspect statuses and open
// notes; written as HTML (print stylesheet, escaping) and as .docx read back with mammoth (outline, the 14
// themes, focus marks, a table per pillar); and `kkfz overview` in-process, plus once as the command a user runs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { strFromU8, unzipSync } from 'fflate';
import { Window } from 'happy-dom';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { overview } from '../../cli/overview';
import { USAGE, type Invocation } from '../../cli/common';
import { analyseDocx } from '../../lib/analyse';
import { applyJustifications } from '../../lib/checklist/justify';
import { framework } from '../../lib/knowledge/framework';
import { djiOverview } from '../../lib/overview/dji';
import { djiOverviewDocx } from '../../lib/overview/dji-docx';
import { djiOverviewHtml } from '../../lib/overview/dji-html';
import type { Analysis, AspectStatus, Justification, Note } from '../../lib/schema';
import { excerpt } from '../../lib/text/excerpt';
import { CORPUS_DIR } from '../../scripts/corpus';
import { kkfz, scratchDir } from '../support/cli';

const LEVANTO = join(CORPUS_DIR, 'levanto-2025.docx');
const NOW = '2026-01-15T10:00:00.000Z';
const window = new Window();
afterAll(() => window.happyDOM.close());

async function analyse(file: string): Promise<Analysis> {
  const r = await analyseDocx(new Uint8Array(readFileSync(file)));
  if (!r.ok) throw new Error(r.error.en);
  return r.value;
}

const justification = (itemId: string, kind: Justification['kind'], reason: string): Justification => ({
  id: `r:${itemId}`,
  reportId: 'r',
  itemId,
  kind,
  reason,
  author: 'Anna',
  updatedAt: NOW,
});
const aspectStatus = (a: Partial<AspectStatus> & Pick<AspectStatus, 'pillar' | 'aspect' | 'status'>): AspectStatus => ({
  id: `a-${a.aspect}`,
  reportId: 'r',
  updatedAt: NOW,
  ...a,
});
function note(
  body: string,
  target: Note['target'],
  placement: Note['placement'] = null,
  status: Note['status'] = 'open',
): Note {
  return {
    id: body,
    reportId: 'r',
    target,
    kind: 'vraag',
    body,
    author: 'Bram',
    created: NOW,
    modified: NOW,
    status,
    replies: [],
    placement,
  };
}

/** The document as a DOM: mammoth's HTML (Word's Title style as p.title), or our own page. */
const parse = (html: string) => new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const texts = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)].map((e) => e.textContent.trim());
const themeHeading = (t: { id: number; name: string }) => `Thema ${t.id}: ${t.name}`;

describe('djiOverview on a corpus report', async () => {
  const analysis = await analyse(LEVANTO);
  const reason7 = 'Wij hebben geen ervaringsdeskundigen in dienst.';
  const justified = {
    ...analysis,
    checklist: applyJustifications(analysis.checklist, [
      justification('financieel', 'bewust-weggelaten', 'Staat in het jaarverslag.'),
      justification('theme-7', 'niet-van-toepassing', reason7),
    ]),
  };
  const onTheme12 = analysis.mappings.find(
    (m) => m.themes[0] === 12 && analysis.document.blocks[m.i]!.kind === 'paragraph',
  )!.i;
  const model = djiOverview({
    analysis: justified,
    title: 'Kwaliteitsverslag Forensische Zorg 2025',
    organisation: 'LEVANTOgroep',
    aspectStatuses: [
      aspectStatus({ pillar: 1, aspect: 'iets anders', aspectId: '3.1.3', status: 'niet-gestart' }),
      aspectStatus({ pillar: 2, aspect: 'Eigen aspect: intervisie', status: 'in-werking' }),
    ],
    notes: [
      note('Waar is het opleidingsplan?', { kind: 'checklist', headingPath: [], itemId: 'theme-6' }),
      note(
        'Met welke partners?',
        { kind: 'block', headingPath: analysis.document.blocks[onTheme12]!.headingPath },
        { draftId: 'd', start: 0, end: 5, block: onTheme12, score: 1 },
      ),
      note('Welke doelen voor 2026?', { kind: 'checklist', headingPath: [], itemId: 'vooruitblik' }),
      note('Al afgehandeld', { kind: 'checklist', headingPath: [], itemId: 'theme-1' }, null, 'resolved'),
    ],
    madeAt: NOW,
  });
  const themeOf = (id: number) => model.pillars.flatMap((p) => p.themes).find((t) => t.theme === id)!;

  it('puts the focus themes first, then every pillar with all its themes in KKFZ order', () => {
    expect(analysis.focusThemes).toEqual([2, 6, 9]);
    expect(model.focusThemes.map((t) => t.theme)).toEqual([2, 6, 9]);
    expect(model.focusThemes.every((t) => t.focus)).toBe(true);
    expect(model.focus.line).toBe('Focusthema’s volgens het verslagjaar 2025 (jaarschema DJI): 2, 6, 9');
    expect(model.pillars.map((p) => p.pillar)).toEqual([1, 2, 3, 4, 5]);
    // outside the focus section every theme exactly once, under its own pillar
    expect(model.pillars.flatMap((p) => p.themes.map((t) => t.theme))).toEqual(framework.themes.map((t) => t.id));
    for (const p of model.pillars)
      for (const t of p.themes) expect(framework.themes.find((x) => x.id === t.theme)!.pillar).toBe(p.pillar);
    expect(
      model.pillars
        .flatMap((p) => p.themes)
        .filter((t) => t.focus)
        .map((t) => t.theme),
    ).toEqual([2, 6, 9]);
    expect(model.pillars[0]!.status).toBe('present');
    expect(model.pillars[0]!.words).toBeGreaterThan(0);
  });

  it('quotes at most three short excerpts per theme with their section, never a heading, contents line or planning table', () => {
    const blocks = analysis.document.blocks;
    for (const t of model.pillars.flatMap((p) => p.themes)) {
      expect(t.excerpts.length, t.label).toBeLessThanOrEqual(3);
      for (const e of t.excerpts) {
        const b = blocks[e.block]!;
        expect(b.kind).not.toBe('heading');
        expect(analysis.mappings[e.block]!.themes.length).toBeLessThan(6);
        expect(e.text.length).toBeLessThanOrEqual(300);
        expect(e.text === b.text || (e.text.endsWith('…') && b.text.startsWith(e.text.replace(/\s?…$/, '')))).toBe(
          true,
        );
        expect(e.section).toEqual(b.headingPath);
      }
    }
    expect(themeOf(3).excerpts.length).toBeGreaterThan(0);
    expect(themeOf(12).excerpts.some((e) => /samenwerkingsverbanden/.test(e.text))).toBe(true);
  });

  it('shows a justified item with its kind and reason, and the omissions together in KKFZ order', () => {
    expect(themeOf(7).justified).toEqual({ kind: 'niet-van-toepassing', reason: reason7 });
    expect(model.keyFigures.find((k) => k.id === 'financieel')!.justified?.kind).toBe('bewust-weggelaten');
    expect(model.omissions.map((o) => [o.id, o.kind, o.reason])).toEqual([
      ['theme-7', 'niet-van-toepassing', reason7],
      ['financieel', 'bewust-weggelaten', 'Staat in het jaarverslag.'],
    ]);
    expect(model.summary).toMatch(/1 verantwoord/);
  });

  it('takes a stored aspect status over the report’s own table, and lists the user’s own aspects', () => {
    const p1 = model.pillars[0]!.aspects;
    expect(p1.find((a) => a.id === '3.1.3')).toMatchObject({
      status: 'niet gestart',
      source: 'opgeslagen',
      addressed: true,
    });
    expect(p1.find((a) => a.id === '3.1.2')).toMatchObject({ status: 'Gereed', source: 'verslag' });
    const p2 = model.pillars[1]!.aspects;
    expect(p2.find((a) => a.id === '4.1.1')).toMatchObject({ status: null, source: null });
    expect(p2.find((a) => a.id === null)).toEqual({
      id: null,
      article: null,
      title: 'Eigen aspect: intervisie',
      status: 'in werking',
      source: 'opgeslagen',
      addressed: null,
    });
  });

  it('puts each open note with its theme, or apart with what it is about; resolved notes not at all', () => {
    expect(themeOf(6).notes.map((n) => n.body)).toEqual(['Waar is het opleidingsplan?']);
    expect(themeOf(12).notes.map((n) => n.body)).toEqual(['Met welke partners?']);
    expect(model.otherNotes).toHaveLength(1);
    expect(model.otherNotes[0]).toMatchObject({ kind: 'Vraag', body: 'Welke doelen voor 2026?', author: 'Bram' });
    expect(model.otherNotes[0]!.about).toMatch(/^Vooruitblik/);
    expect(JSON.stringify(model)).not.toMatch(/Al afgehandeld/);
  });

  it('gives the key figures with the figures found, and the exemption from the indicators', () => {
    const [omvang, , indicators] = model.keyFigures;
    expect(model.keyFigures.map((k) => k.id)).toEqual(['omvang', 'financieel', 'prestatie-indicatoren']);
    expect(omvang!.excerpts.some((e) => /Totaal Forensische Zorg \| 122/.test(e.text))).toBe(true);
    expect(indicators!.excerpts.map((e) => e.text).join(' ')).toMatch(/gevrijwaard/);
  });

  describe('as .docx, read back with mammoth', async () => {
    const bytes = await djiOverviewDocx(model);
    const { value } = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      { styleMap: ["p[style-name='Title'] => p.title:fresh"] },
    );
    const doc = parse(value);
    const headings = [...doc.querySelectorAll('h1, h2, h3')].map((h) => ({
      level: Number(h.tagName[1]),
      text: h.textContent.trim(),
    }));

    it('has the title in Word’s Title style, then the KKFZ outline: Heading 1 per pillar, Heading 2 per theme', () => {
      expect(texts(doc, 'p.title')).toEqual(['Overzicht voor DJI — LEVANTOgroep']);
      expect(strFromU8(unzipSync(bytes)['word/document.xml']!)).toMatch(/<w:pStyle w:val="Title"\/>/);
      const h1 = headings.filter((h) => h.level === 1).map((h) => h.text);
      expect(h1).toEqual([
        '★ Focusthema’s',
        ...model.pillars.map((p) => p.label),
        'Kerngegevens',
        'Verantwoorde weglatingen',
        'Overige open notities',
      ]);
      // after the focus section, each of the 14 themes once, as Heading 2 under its own pillar
      const firstPillar = headings.findIndex((h) => h.text === model.pillars[0]!.label);
      let pillar = 0;
      const seen: number[] = [];
      for (const h of headings.slice(firstPillar)) {
        if (h.level === 1) pillar = model.pillars.find((p) => p.label === h.text)?.pillar ?? 0;
        const t = framework.themes.find((x) => h.text.replace(/^★ /, '') === themeHeading(x));
        if (!t) continue;
        expect(h.level).toBe(2);
        expect(t.pillar).toBe(pillar);
        seen.push(t.id);
      }
      expect(seen).toEqual(framework.themes.map((t) => t.id));
    });

    it('marks the focus themes: first, under their own heading, and again in their pillar', () => {
      const focus = headings
        .slice(
          1,
          headings.findIndex((h) => h.text === model.pillars[0]!.label),
        )
        .map((h) => h.text);
      expect(focus).toEqual([
        '★ Thema 2: Herstelgerichte zorg',
        '★ Thema 6: Opleidingsplan',
        '★ Thema 9: Lerende cyclus',
      ]);
      expect(headings.filter((h) => h.text.startsWith('★ Thema')).map((h) => h.text)).toEqual([...focus, ...focus]);
      expect(doc.body.textContent).toMatch(/★ focusthema/);
    });

    it('has a table per pillar: its themes (pillar 5: its key figures) with status, words and evidence', () => {
      const tables = [...doc.querySelectorAll('table')];
      expect(tables).toHaveLength(5);
      tables.forEach((table, k) => {
        // the table follows its pillar's heading
        let h = table.previousElementSibling;
        while (h && h.tagName !== 'H1') h = h.previousElementSibling;
        expect(h?.textContent).toBe(model.pillars[k]!.label);
        const rows = [...table.querySelectorAll('tr')].map((tr) =>
          [...tr.querySelectorAll('td, th')].map((c) => c.textContent.trim()),
        );
        expect(rows[0]).toEqual([k < 4 ? 'Thema' : 'Onderdeel', 'Status', 'Woorden', 'Bewijs']);
        expect(rows).toHaveLength(1 + (k < 4 ? model.pillars[k]!.themes.length : 3));
      });
      const row = (label: string) => [...doc.querySelectorAll('tr')].find((tr) => tr.textContent.includes(label))!;
      expect(row('★ Thema 2: Herstelgerichte zorg').textContent).toMatch(/dun/);
      expect(row('Thema 7: Ervaringsdeskundigheid').textContent).toMatch(/niet van toepassing/);
    });

    it('says the reason of a justified item and the stored aspect status', () => {
      const text = doc.body.textContent;
      expect(text).toContain(`niet van toepassing: ${reason7}`);
      expect(text).toMatch(/3\.1\.3 De cliënt ontvangt[^:]*: niet gestart \(opgeslagen\)/);
      expect(text).toContain('Vraag (Bram): Waar is het opleidingsplan?');
    });
  });

  describe('as HTML', () => {
    const html = djiOverviewHtml(model);
    const doc = parse(html);

    it('is a standalone Dutch page with a print stylesheet for A4', () => {
      expect(html.startsWith('<!doctype html>\n<html lang="nl">')).toBe(true);
      expect(html).toMatch(/@page\s*\{\s*size:\s*A4;\s*margin:/);
      expect(html).toMatch(/@media print\s*\{/);
      expect(texts(doc, 'h1')).toEqual(['Overzicht voor DJI — LEVANTOgroep']);
      expect(texts(doc, 'h2').slice(0, 6)).toEqual(['★ Focusthema’s', ...model.pillars.map((p) => p.label)]);
      // every theme an h3 in its pillar's section, the focus themes once more at the top
      for (const t of framework.themes)
        expect(texts(doc, `#pijler-${t.pillar} h3`).map((x) => x.replace(/^★ /, ''))).toContain(themeHeading(t));
      expect(texts(doc, '#focus h3')).toEqual([
        '★ Thema 2: Herstelgerichte zorg',
        '★ Thema 6: Opleidingsplan',
        '★ Thema 9: Lerende cyclus',
      ]);
      expect(doc.querySelectorAll('section.pillar table')).toHaveLength(5);
    });

    it('escapes the report’s text: a <script> in it stays text', () => {
      const block = themeOf(3).excerpts[0]!.block;
      const blocks = justified.document.blocks.map((b) =>
        b.i === block ? { ...b, text: `<script>alert("x")</script> ${b.text}` } : b,
      );
      const hostile = djiOverview({
        analysis: { ...justified, document: { ...justified.document, blocks } },
        title: 'T',
        organisation: '<img src=x onerror=alert(1)>',
        madeAt: NOW,
      });
      const page = djiOverviewHtml(hostile);
      expect(page).not.toMatch(/<script|<img/i);
      expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(parse(page).querySelector('h1')!.textContent).toBe('Overzicht voor DJI — <img src=x onerror=alert(1)>');
    });
  });
});

describe('excerpt', () => {
  it('keeps a short text, cuts a long one at a sentence end, else at a word end, with an ellipsis', () => {
    expect(excerpt('Kort.')).toBe('Kort.');
    const sentences = `${'Eerste zin met genoeg woorden om te tellen. '.repeat(8)}Laatste zin.`;
    const cut = excerpt(sentences, 120);
    expect(cut).toMatch(/tellen\. …$/);
    expect(cut.length).toBeLessThanOrEqual(120);
    const words = excerpt('woord '.repeat(100).trim(), 50);
    expect(words).toMatch(/^(woord )*woord…$/);
    expect(words.length).toBeLessThanOrEqual(50);
  });
});

describe('kkfz overview', () => {
  const { dir } = scratchDir('kkfz-overview-');
  const out: string[] = [];
  const err: string[] = [];
  const run = (extra: Partial<Invocation>) =>
    overview({
      args: [LEVANTO],
      json: false,
      csv: false,
      lang: 'nl',
      io: { stdout: (s) => out.push(s), stderr: (s) => err.push(s) },
      ...extra,
    });
  afterEach(() => {
    out.length = 0;
    err.length = 0;
  });

  it('writes printable HTML or a .docx by the extension of --out, and says so in one line', async () => {
    const html = join(dir, 'overzicht.html');
    expect(await run({ out: html })).toBe(0);
    expect(out).toEqual([`Geschreven: ${html} (overzicht voor DJI, html, focusthema's: 2, 6, 9)\n`]);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>[\s\S]*@page\s*\{\s*size:\s*A4/);

    out.length = 0;
    const docx = join(dir, 'overzicht.DOCX');
    expect(await run({ out: docx, focus: '1,3', year: '2025' })).toBe(0);
    expect(out).toEqual([`Geschreven: ${docx} (overzicht voor DJI, docx, focusthema's: 1, 3)\n`]);
    const { value } = await mammoth.convertToHtml({ buffer: readFileSync(docx) });
    const doc = parse(value);
    expect(
      texts(doc, 'h2')
        .filter((h) => h.startsWith('★'))
        .slice(0, 2),
    ).toEqual(['★ Thema 1: Veiligheidsmanagement', '★ Thema 3: Risicogestuurde behandeling/begeleiding']);
    expect(doc.body.textContent).toContain('Focusthema’s zelf gekozen: 1, 3');
    expect(err).toEqual([]);
  });

  it('refuses another extension or no --out with one line and exit 2, writing nothing', async () => {
    const pdf = join(dir, 'overzicht.pdf');
    expect(await run({ out: pdf })).toBe(2);
    expect(err).toEqual([`kkfz: --out moet eindigen op .html of .docx (kreeg "${pdf}")\n`]);
    expect(existsSync(pdf)).toBe(false);
    err.length = 0;
    expect(await run({})).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/--out ontbreekt/);
    expect(out).toEqual([]);
  });

  it('is a kkfz command with its usage line', async () => {
    expect(USAGE).toMatch(/kkfz overview <verslag\.docx> --out overzicht\.html\|overzicht\.docx/);
    const r = await kkfz('overview', LEVANTO, '--out', join(dir, 'overzicht.txt'));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^kkfz: --out moet eindigen op \.html of \.docx/),
    ]);
  });
});
