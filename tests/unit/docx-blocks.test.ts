import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../lib/docx/blocks';

describe('splitBlocks (the corpus block rule)', () => {
  it('gives each heading, paragraph and list item a block, a list item without its sub-list, parents first', () => {
    const blocks = splitBlocks(
      '<h1>Titel</h1><p>Inleiding &amp; doel</p><ul><li>een<ul><li>een.a</li><li>een.b</li></ul></li><li>twee</li></ul>',
    );
    expect(blocks.map((b) => [b.kind, b.text, b.depth ?? null])).toEqual([
      ['heading', 'Titel', null],
      ['paragraph', 'Inleiding & doel', null],
      ['list-item', 'een', 0],
      ['list-item', 'een.a', 1],
      ['list-item', 'een.b', 1],
      ['list-item', 'twee', 0],
    ]);
    expect(blocks.map((b) => b.i)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('gives an image-only paragraph no block, but keeps its picture with the block before (or the first block)', () => {
    const blocks = splitBlocks(
      '<p><img src="kkfz-image:a" /></p><h1>Titel</h1><p>Tekst</p><p><img src="kkfz-image:b" /></p><p>   </p><p>Meer</p>',
    );
    expect(blocks.map((b) => b.text)).toEqual(['Titel', 'Tekst', 'Meer']);
    expect(blocks[0]!.html).toBe('<p><img src="kkfz-image:a" /></p><h1>Titel</h1>');
    expect(blocks[1]!.html).toBe('<p>Tekst</p><p><img src="kkfz-image:b" /></p>');
    expect(blocks[2]!.html).toBe('<p>Meer</p>');
  });

  it('makes a table one block: cells joined by " | ", rows by " / ", paragraphs in cells included', () => {
    const [table] = splitBlocks(
      '<table><tr><td><p>Thema 5</p><p>Vakbekwaam</p></td><td></td></tr><tr><td>a</td><td><ul><li>b</li></ul></td></tr></table>',
    );
    expect(table!.kind).toBe('table');
    expect(table!.text).toBe('Thema 5 Vakbekwaam | / a | b');
    expect(table!.rows).toEqual([
      ['Thema 5 Vakbekwaam', ''],
      ['a', 'b'],
    ]);
  });

  it('keeps a nested table inside its outer table block', () => {
    const blocks = splitBlocks(
      '<table><tr><td><table><tr><td>x</td><td>y</td></tr></table></td><td>z</td></tr></table><p>na</p>',
    );
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'paragraph']);
    expect(blocks[0]!.rows).toEqual([['x y', 'z']]);
  });

  it('skips empty and image-only paragraphs and gives them no index', () => {
    const blocks = splitBlocks('<p></p><p><img src="kkfz-image:afbeelding-1" /></p><p> tekst </p>');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ i: 0, text: 'tekst' });
  });

  it('puts a space at paragraph, list and line-break boundaries and normalises whitespace', () => {
    const [p] = splitBlocks('<p>regel een<br />regel\u00a0twee   en\tdrie</p>');
    expect(p!.text).toBe('regel een regel twee en drie');
  });

  it('records heading levels, the heading path and the parent heading', () => {
    const blocks = splitBlocks('<h1>A</h1><h2>B</h2><p>x</p><h3>C</h3><p>y</p><h2>D</h2><p>z</p>');
    const byText = Object.fromEntries(blocks.map((b) => [b.text, b]));
    expect(byText.y!.headingPath).toEqual(['A', 'B', 'C']);
    expect(byText.z!.headingPath).toEqual(['A', 'D']);
    expect(byText.D!.headingPath).toEqual(['A']);
    expect(byText.x!.parent).toBe(byText.B!.i);
    expect(byText.C!.level).toBe(3);
  });

  it('marks guessed headings', () => {
    const [h] = splitBlocks('<h2 class="kkfz-guessed">Vet kopje</h2>');
    expect(h).toMatchObject({ kind: 'heading', guessed: true, level: 2 });
  });

  it('gives stable ids: the same text at the same occurrence keeps its id, repeats are told apart', () => {
    const a = splitBlocks('<p>Alpha</p><p>Beta</p><p>Alpha</p>');
    const b = splitBlocks('<h1>Nieuw</h1><p>Alpha</p><p>Beta</p><p>Alpha</p>');
    expect(a.map((x) => x.id)).toEqual(b.slice(1).map((x) => x.id));
    expect(new Set(a.map((x) => x.id)).size).toBe(3);
  });
});
