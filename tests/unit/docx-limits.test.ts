// The import's limits are checked, not hoped for: every part's real size is counted while it inflates, and a
// document's text, paragraphs, elements and nesting are measured before a parser sees them. Each hang or crash
// class of issue 15 is built here in memory (never a large committed file) and must be refused in one line
// that names the limit, or read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inspectDocx } from '../../lib/docx/inspect';
import { importDocx } from '../../lib/docx/import';
import { inflateEntry, readZipEntries, ZipFormatError } from '../../lib/docx/zip-entries';
import { measureXml } from '../../lib/docx/xml-shape';
import {
  lieAboutSize,
  nestedTables,
  para,
  partsOf,
  picture,
  text,
  utf16,
  withBody,
  withPart,
  zipParts,
} from '../../scripts/fuzz/craft';
import { kkfz, ROOT, scratchDir } from '../support/cli';

const SAMPLE = new Uint8Array(readFileSync(join(ROOT, 'samples/voorbeeldverslag-2025.docx')));
const DOC = 'word/document.xml';
const documentXml = text(partsOf(SAMPLE), DOC);
const withDocumentBody = (body: string, level: 0 | 6 = 6) => withPart(SAMPLE, DOC, withBody(documentXml, body), level);
const { file } = scratchDir('kkfz-limits-');

function refused(bytes: Uint8Array, code: string) {
  const r = inspectDocx(bytes);
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('accepted');
  expect(r.error.code).toBe(code);
  for (const line of [r.error.nl, r.error.en]) expect(line).not.toMatch(/\n/);
  return r.error;
}

describe('every part is inflated under a hard cap', () => {
  it('refuses a styles.xml whose header claims 4 GB on the claim alone', () => {
    const e = refused(lieAboutSize(SAMPLE, 'word/styles.xml', 0xfffffff0), 'zip-bomb');
    expect(e.nl).toMatch(/uitgepakt te groot: 4 GB/);
  });

  it('stops inflating a part the moment it holds more than it claims (the rest of the stream is never read)', () => {
    // 30 MB of spaces claiming 2,000 bytes, with the compressed stream destroyed after its first 20 kB: inflating
    // past the claim would reach the damage and call the file corrupt; stopping at the claim names the bomb
    const spaces = withPart(SAMPLE, 'word/styles.xml', strToU8(`<w:styles>${' '.repeat(30 * 1024 * 1024)}</w:styles>`));
    const lying = lieAboutSize(spaces, 'word/styles.xml', 2_000);
    const entry = readZipEntries(lying).find((e) => e.name === 'word/styles.xml')!;
    expect(entry.compressedSize).toBeGreaterThan(25_000);
    lying.fill(0xff, entry.dataStart + 20_000, entry.dataStart + entry.compressedSize);
    expect(() => inflateEntry(lying, entry)).toThrow(expect.objectContaining({ declared: 2_000 }));
    expect(refused(lying, 'zip-bomb').en).toMatch(/a part is larger than the 2 kB the file states for it/);
  });

  it("calls a part whose bytes do not match their checksum damaged, not the author's text", () => {
    const stored = zipParts(partsOf(SAMPLE), 0);
    const entry = readZipEntries(stored).find((e) => e.name === DOC)!;
    const flipped = stored.slice();
    flipped[entry.dataStart + 2000] = flipped[entry.dataStart + 2000]! ^ 0x20;
    expect(() => inflateEntry(flipped, entry)).toThrow(ZipFormatError);
    expect(refused(flipped, 'corrupt').nl).toMatch(/beschadigd/);
  });

  it('refuses more text than a report has, said with the limit, before inflating it', () => {
    const e = refused(withDocumentBody(para('woord '.repeat(1000)).repeat(6000), 0), 'too-much-text');
    expect(e.nl).toMatch(
      /^Het document heeft meer dan 32 MB tekst \(uitgepakt, zonder afbeeldingen: 3\d MB\); splits het document\.$/,
    );
    expect(e.en).toMatch(/^The document has more than 32 MB of text/);
  });
});

describe('the shape of the document is limited before a parser sees it', () => {
  it('refuses more than 50,000 paragraphs, in one line naming the limit', () => {
    const e = refused(withDocumentBody('<w:p/>'.repeat(50_001)), 'too-many-paragraphs');
    expect(e.nl).toBe("Het document heeft meer dan 50.000 alinea's; splits het document.");
    expect(e.en).toBe('The document has more than 50,000 paragraphs; split the document.');
  });

  it('refuses nesting deeper than 256 levels: tables in tables, or a styles part of unclosed elements', () => {
    expect(refused(withDocumentBody(nestedTables(100)), 'too-deep').en).toMatch(
      /nested more than 256 levels deep \(such as tables within tables\)/,
    );
    const styles = text(partsOf(SAMPLE), 'word/styles.xml').replace(
      '</w:styles>',
      `${'<w:style>'.repeat(100_000)}</w:styles>`,
    );
    expect(refused(withPart(SAMPLE, 'word/styles.xml', styles), 'too-deep').nl).toMatch(
      /dieper genest dan 256 niveaus/,
    );
  });

  it('refuses more elements than the parser can hold, and a DTD (the way in for entity expansion)', () => {
    expect(
      refused(withDocumentBody(`<w:p><w:r>${'<w:br/>'.repeat(800_000)}</w:r></w:p>`), 'too-many-elements').nl,
    ).toMatch(/meer dan 750\.000 opmaakelementen/);
    const laughs = documentXml.replace(
      '<w:document',
      '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document',
    );
    expect(refused(withPart(SAMPLE, DOC, laughs), 'dtd').en).toMatch(/DTD \(<!DOCTYPE>\)/);
  });

  it('reads nesting within the limit: tables 60 deep', async () => {
    const r = await importDocx(withDocumentBody(nestedTables(60) + para('Na de tabel.')));
    expect(r.ok && r.value.blocks.map((b) => b.text)).toContain('Na de tabel.');
  });

  it('measures elements, paragraphs and depth, skipping comments, CDATA and quoted ">" in attributes', () => {
    const shape = measureXml('<?xml version="1.0"?><a x="1>2/"><!-- <b> --><w:p/><![CDATA[<c>]]><w:p><w:r/></w:p></a>');
    expect(shape).toEqual({ elements: 4, paragraphs: 2, depth: 2, doctype: false });
  });
});

describe('readable files are read', () => {
  const blocksOf = async (bytes: Uint8Array) => {
    const r = await importDocx(bytes);
    if (!r.ok) throw new Error(r.error.en);
    return r.value.blocks.map((b) => b.text);
  };

  it('reads a UTF-16 document.xml, with a byte order mark or only its declaration to tell', async () => {
    const plain = await blocksOf(SAMPLE);
    const declared = documentXml.replace(/encoding="UTF-8"/, 'encoding="UTF-16"');
    expect(await blocksOf(withPart(SAMPLE, DOC, utf16(declared, 'le', true)))).toEqual(plain);
    expect(await blocksOf(withPart(SAMPLE, DOC, utf16(declared, 'be', false)))).toEqual(plain);
  });

  it('reads a paragraph of 130,000 runs (past what a spread of arguments survives)', async () => {
    const blocks = await blocksOf(
      withDocumentBody(`<w:p>${'<w:r><w:t xml:space="preserve">woord </w:t></w:r>'.repeat(130_000)}</w:p>`),
    );
    expect(blocks[0]!.split(' ').length).toBe(130_000);
  }, 120_000);

  it('reads a picture whose relationship is missing (mammoth would throw on it), with images kept or not', async () => {
    const bytes = withDocumentBody(picture('rIdNergens') + para('Tekst na de foto.'));
    for (const keepImages of [false, true]) {
      const r = await importDocx(bytes, { keepImages });
      expect(r.ok && r.value.images).toEqual([{ id: 'afbeelding-1', contentType: 'image/png', altText: 'foto' }]);
      expect(r.ok && r.value.blocks.map((b) => b.text)).toContain('Tekst na de foto.');
    }
  });

  it('reads a character reference beyond Unicode in the title, and says so as JSON', async () => {
    const parts = partsOf(SAMPLE);
    const core = text(parts, 'docProps/core.xml').replace('<dc:title>', '<dc:title>&#x110000;');
    const r = await kkfz(
      'check',
      file('titel.docx', withPart(SAMPLE, 'docProps/core.xml', core)),
      '--json',
      '--lang',
      'en',
    );
    expect([0, 1]).toContain(r.code);
    expect(JSON.parse(r.stdout).blocks.length).toBeGreaterThan(50);
  });

  it("says where the markup of a part is broken, in one line, instead of a parser's two", async () => {
    const r = await importDocx(withPart(SAMPLE, DOC, documentXml.replace('<w:body>', '<w:body><w:p a="1" a="2"/>')));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.en).toBe(
        'The document could not be read: the markup (XML) of a part is damaged (Attribute a redefined). Open it in Word and save it again.',
      );
  });
});

describe('the CLI refuses with exit 2, one line and JSON', () => {
  it('names the paragraph limit on stderr and as {"file","error"} on stdout', async () => {
    const path = file('alineas.docx', withDocumentBody('<w:p/>'.repeat(50_001)));
    const r = await kkfz('check', path, '--json');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("kkfz: Het document heeft meer dan 50.000 alinea's; splits het document.\n");
    expect(JSON.parse(r.stdout)).toEqual({
      file: path,
      error: {
        code: 'too-many-paragraphs',
        message: "Het document heeft meer dan 50.000 alinea's; splits het document.",
      },
    });
  });

  it('refuses a document.xml that holds more than its header claims', async () => {
    const r = await kkfz('check', file('liegt.docx', lieAboutSize(SAMPLE, DOC, 1000)), '--json', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(JSON.parse(r.stdout).error.code).toBe('zip-bomb');
  });
});
