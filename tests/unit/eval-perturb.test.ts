import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../lib/docx/blocks';
import { importDocx } from '../../lib/docx/import';
import { flattenDocx, namesFramework, removeNaming, stripStructure } from '../../lib/eval/perturb';
import { calibrationBands, NO_RULE, tallyRules, type ScoredFile } from '../../lib/eval/rules';
import type { GoldLine } from '../../lib/eval/score';
import type { Mapping } from '../../lib/schema';
import { CORPUS_DIR } from '../../scripts/corpus';

describe('stripStructure (the "no naming" robustness test)', () => {
  const blocks = splitBlocks(
    [
      '<h1>Jaarverslag 2025</h1>',
      '<h2>Pijler 1: Veiligheid en persoonsgerichte zorg</h2>',
      '<h3>Risicotaxatie</h3>',
      '<p>Binnen Pijler 1 zetten we de FARE in bij iedere nieuwe cliënt, zoals artikel 3.1.3 van ons vraagt (KKFZ 3.1.3 b).</p>',
      '<p>Thema 3: risicogestuurde begeleiding</p>',
      '<table><tr><td>Thema 5: Vakbekwaamheid</td><td>Gereed</td></tr><tr><td>4.1.6 b) bevoegd en bekwaam</td><td>ja</td></tr><tr><td>Scholing</td><td>nee</td></tr></table>',
      '<ul><li>Goede samenwerking met de gemeente</li></ul>',
      '<h2>Kengetallen</h2>',
      '<p>In 2025 begeleidden wij 127 forensische cliënten.</p>',
      '<table><tr><td>Pijler 2</td></tr></table>',
    ].join(''),
  );

  it('deletes a naming heading and re-parents its children to the heading above', () => {
    const { blocks: out, kept } = stripStructure(blocks);
    expect(kept).toEqual([0, 2, 3, 5, 6, 7, 8]);
    expect(out.map((b) => b.i)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const risk = out[1]!;
    expect(risk.text).toBe('Risicotaxatie');
    expect(risk.parent).toBe(0);
    expect(risk.headingPath).toEqual(['Jaarverslag 2025']);
    // the paragraph under it keeps its own heading as parent, now at its new index
    expect(out[2]!.parent).toBe(1);
    expect(out[2]!.headingPath).toEqual(['Jaarverslag 2025', 'Risicotaxatie']);
    // a later heading of the same level as the deleted one still closes the section
    expect(out[5]!.text).toBe('Kengetallen');
    expect(out[5]!.parent).toBe(0);
    expect(out[6]!.parent).toBe(5);
    // ids stay as they were
    expect(out.map((b) => b.id)).toEqual(kept.map((k) => blocks[k]!.id));
  });

  it('removes the naming words from running text, and short naming lines as a whole', () => {
    const { blocks: out } = stripStructure(blocks);
    expect(out[2]!.text).toBe('Binnen zetten we de FARE in bij iedere nieuwe cliënt, zoals van ons vraagt.');
    expect(out[2]!.html).toBe('<p>Binnen zetten we de FARE in bij iedere nieuwe cliënt, zoals van ons vraagt.</p>');
    expect(out.some((b) => b.text.startsWith('Thema 3'))).toBe(false);
    // "samenwerking" as an ordinary word is no pillar name
    expect(out[4]!.text).toBe('Goede samenwerking met de gemeente');
    expect(removeNaming('Binnen Pijler 3 zetten we')).toBe('Binnen zetten we');
  });

  it('blanks the first cells that name a pillar, theme or article, and drops a table left empty', () => {
    const { blocks: out } = stripStructure(blocks);
    const table = out[3]!;
    expect(table.kind).toBe('table');
    expect(table.rows).toEqual([
      ['', 'Gereed'],
      ['', 'ja'],
      ['Scholing', 'nee'],
    ]);
    expect(table.text).toBe('| Gereed / | ja / Scholing | nee');
    expect(out.some((b) => b.text === 'Pijler 2')).toBe(false);
  });

  it('recognises the forms of pillar, theme and article naming', () => {
    for (const t of [
      'PIJLER 4 - SAMENWERKEN',
      'Organisatie van de zorg',
      'Samenwerking met ketenpartners',
      'Thema 12',
      '4.1.7c',
      '5.1.2.c',
      'zie artikel 5.1.2',
      'Informeren over resultaten',
    ])
      expect(namesFramework(t), t).toBe(true);
    for (const t of [
      'Goede samenwerking met de gemeente',
      'Versie 3.1.2025',
      'Hoofdstuk 3.1.3 Scholing',
      'Kengetallen',
    ])
      expect(namesFramework(t), t).toBe(false);
  });

  it('leaves a document without naming untouched', () => {
    const plain = splitBlocks('<h1>Inleiding</h1><p>Wij bieden begeleid wonen.</p>');
    expect(stripStructure(plain)).toEqual({ blocks: plain, kept: [0, 1] });
  });
});

describe('flattenDocx (the "no styles, no formatting" robustness test)', () => {
  it('strips run properties (nested ones too) and paragraph styles, keeps list numbering and list styles', () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const docx = zipSync({
      'word/document.xml': strToU8(
        `<w:document ${W}><w:body>` +
          '<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:outlineLvl w:val="0"/><w:rPr><w:b/></w:rPr></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="40"/><w:rPrChange w:id="1"><w:rPr><w:i/></w:rPr></w:rPrChange></w:rPr><w:t>Titel</w:t></w:r></w:p>' +
          '<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:rPr/><w:t>Punt</w:t></w:r></w:p>' +
          '<w:p><w:pPr><w:pStyle w:val="TextBody"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Item</w:t></w:r></w:p>' +
          '</w:body></w:document>',
      ),
      'word/styles.xml': strToU8(
        `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>` +
          '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:caps/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>' +
          '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="Kop 2"/><w:basedOn w:val="Heading1"/></w:style>' +
          '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr><w:rPr><w:b w:val="true"/></w:rPr></w:style>' +
          '</w:styles>',
      ),
      'word/numbering.xml': strToU8(
        `<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="1"><w:pStyle w:val="Heading2"/></w:lvl></w:abstractNum></w:numbering>`,
      ),
      'docProps/app.xml': strToU8('<Properties/>'),
    });
    const files = unzipSync(flattenDocx(docx));
    expect(Object.keys(files).sort()).toEqual([
      'docProps/app.xml',
      'word/document.xml',
      'word/numbering.xml',
      'word/styles.xml',
    ]);
    const doc = strFromU8(files['word/document.xml']!);
    expect(doc).not.toMatch(/rPr|outlineLvl|Heading1|TextBody/);
    expect(doc).toContain('<w:t>Titel</w:t>');
    expect(doc).toContain('<w:pStyle w:val="ListBullet"/>');
    expect(doc).toContain('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>');
    const styles = strFromU8(files['word/styles.xml']!);
    expect(styles).not.toMatch(/<w:(?:b|bCs|sz|szCs|caps|outlineLvl)[\s/>]/);
    expect(styles).not.toMatch(/heading 1|Kop 2|"Heading[12]"/);
    // references to a renamed heading style follow it
    expect(strFromU8(files['word/numbering.xml']!)).not.toContain('Heading2');
    expect(styles).toMatch(/<w:basedOn w:val="KkfzFlat1"\/>/);
  });

  const levanto = join(CORPUS_DIR, 'levanto-2025.docx');
  it.skipIf(!existsSync(levanto))(
    'levanto-2025: same block texts in the same order, no heading from a style, still a .docx',
    async () => {
      const bytes = new Uint8Array(readFileSync(levanto));
      const styled = await importDocx(bytes);
      const flat = flattenDocx(bytes);
      const entries = unzipSync(flat);
      expect(entries['word/document.xml']).toBeDefined();
      expect(entries['[Content_Types].xml']).toBeDefined();
      const flattened = await importDocx(flat);
      expect(styled.ok && flattened.ok).toBe(true);
      if (!styled.ok || !flattened.ok) return;
      expect(flattened.value.blocks.map((b) => b.text)).toEqual(styled.value.blocks.map((b) => b.text));
      expect(styled.value.blocks.some((b) => b.kind === 'heading' && !b.guessed)).toBe(true);
      for (const b of flattened.value.blocks) if (b.kind === 'heading') expect(b.guessed, b.text).toBe(true);
      // lists stay lists
      expect(flattened.value.blocks.filter((b) => b.kind === 'list-item').length).toBe(
        styled.value.blocks.filter((b) => b.kind === 'list-item').length,
      );
    },
  );
});

const gold = (pillars: number[]): GoldLine[] =>
  pillars.map((pillar, i) => ({ i, kind: 'paragraph', text: `b${i}`, pillar, themes: [] }));
const mapping = (i: number, pillar: number, confidence: number, rule?: string): Mapping => ({
  i,
  pillar,
  themes: [],
  confidence,
  evidence: [],
  basis: 'topic',
  ...(rule ? { rule } : {}),
});

describe('tallyRules', () => {
  const files: ScoredFile[] = [
    {
      file: 'a',
      gold: gold([1, 1, 2, 0]),
      predicted: [
        mapping(0, 1, 0.9, 'section'),
        mapping(1, 1, 0.9, 'section'),
        mapping(2, 3, 0.6, 'words'),
        mapping(3, 0, 0.5),
      ],
    },
    { file: 'b', gold: gold([4, 5]), predicted: [mapping(0, 4, 0.95, 'section'), mapping(1, 5, 0.7, 'kengetallen')] },
  ];

  it('counts per rule the blocks decided, the correct ones and per file, most used first', () => {
    expect(tallyRules(files)).toEqual([
      { rule: 'section', count: 3, correct: 3, precision: 1, perFile: { a: 2, b: 1 } },
      { rule: NO_RULE, count: 1, correct: 1, precision: 1, perFile: { a: 1 } },
      { rule: 'kengetallen', count: 1, correct: 1, precision: 1, perFile: { b: 1 } },
      { rule: 'words', count: 1, correct: 0, precision: 0, perFile: { a: 1 } },
    ]);
  });

  it('counts a block without gold as wrong', () => {
    expect(tallyRules([{ file: 'a', gold: [], predicted: [mapping(0, 1, 0.9, 'x')] }])).toEqual([
      { rule: 'x', count: 1, correct: 0, precision: 0, perFile: { a: 1 } },
    ]);
  });
});

describe('calibrationBands', () => {
  it('puts each block in its confidence band, the last band closed', () => {
    const bands = calibrationBands([
      {
        file: 'a',
        gold: gold([1, 1, 2, 0, 3, 3]),
        predicted: [
          mapping(0, 1, 0.2),
          mapping(1, 2, 0.5),
          mapping(2, 2, 0.55),
          mapping(3, 0, 0.9),
          mapping(4, 3, 1),
          mapping(5, 4, 0.95),
        ],
      },
    ]);
    expect(bands.map((b) => [b.from, b.to, b.blocks, b.correct])).toEqual([
      [0, 0.5, 1, 1],
      [0.5, 0.6, 2, 1],
      [0.6, 0.7, 0, 0],
      [0.7, 0.8, 0, 0],
      [0.8, 0.9, 0, 0],
      [0.9, 1, 3, 2],
    ]);
    expect(bands[1]!.accuracy).toBe(0.5);
    expect(bands[1]!.meanConfidence).toBeCloseTo(0.525);
    expect(bands[2]!.accuracy).toBeNaN();
    expect(bands[5]!.accuracy).toBeCloseTo(2 / 3);
  });

  it('takes other band edges', () => {
    const bands = calibrationBands(
      [{ file: 'a', gold: gold([1, 1]), predicted: [mapping(0, 1, 0.3), mapping(1, 1, 0.7)] }],
      [0, 0.5, 1],
    );
    expect(bands.map((b) => b.blocks)).toEqual([1, 1]);
  });
});
