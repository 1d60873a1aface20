// Every class of bad input gets its own clear error, decided before mammoth runs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deflateSync, zipSync, strToU8 } from 'fflate';
import CFB from 'cfb';
import officeCrypto from 'officecrypto-tool';
import { inspectDocx, DEFAULT_LIMITS } from '../../lib/docx/inspect';
import { crc32 } from '../../lib/docx/crc32';
import { importDocx } from '../../lib/docx/import';
import { corpusCases } from '../../scripts/corpus';

const real = new Uint8Array(readFileSync(corpusCases().find((c) => c.name === 'homerun-2025')!.docx));

function expectError(bytes: Uint8Array, code: string, nl: RegExp, limits = {}) {
  const r = inspectDocx(bytes, limits);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe(code);
  expect(r.error.nl).toMatch(nl);
  for (const text of [r.error.nl, r.error.en]) expect(text).not.toMatch(/\n/);
}

/** Overwrite the declared uncompressed size of `name` in the central directory (a lying header). */
function patchDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let k = 0; k < out.length - 46; k++) {
    if (view.getUint32(k, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(k + 28, true);
    if (new TextDecoder().decode(out.subarray(k + 46, k + 46 + nameLength)) === name)
      view.setUint32(k + 24, size, true);
  }
  return out;
}

/** A zip of one deflated part that states its sizes the Zip64 way, as a part past 4 GB must: 0xFFFFFFFF in the
 * headers, the figures in an extra field; `zip64End` also moves the directory's count and place to a Zip64 record;
 * `crc` is the checksum of the inflated part. */
function zip64(name: string, declaredSize: number, data: Uint8Array, zip64End: boolean, crc = 0): Uint8Array {
  const MAX = 0xffffffff;
  const nameBytes = strToU8(name);
  const cdAt = 30 + nameBytes.length + data.length;
  const cdLength = 46 + nameBytes.length + 20;
  const out = new Uint8Array(cdAt + cdLength + (zip64End ? 76 : 0) + 22);
  const v = new DataView(out.buffer);
  v.setUint32(0, 0x04034b50, true);
  v.setUint16(8, 8, true);
  v.setUint32(14, crc, true);
  v.setUint32(18, MAX, true);
  v.setUint32(22, MAX, true);
  v.setUint16(26, nameBytes.length, true);
  out.set(nameBytes, 30);
  out.set(data, 30 + nameBytes.length);
  v.setUint32(cdAt, 0x02014b50, true);
  v.setUint16(cdAt + 10, 8, true);
  v.setUint32(cdAt + 16, crc, true);
  v.setUint32(cdAt + 20, MAX, true);
  v.setUint32(cdAt + 24, MAX, true);
  v.setUint16(cdAt + 28, nameBytes.length, true);
  v.setUint16(cdAt + 30, 20, true);
  out.set(nameBytes, cdAt + 46);
  const extra = cdAt + 46 + nameBytes.length;
  v.setUint16(extra, 1, true);
  v.setUint16(extra + 2, 16, true);
  v.setBigUint64(extra + 4, BigInt(declaredSize), true);
  v.setBigUint64(extra + 12, BigInt(data.length), true);
  let end = cdAt + cdLength;
  if (zip64End) {
    v.setUint32(end, 0x06064b50, true);
    v.setBigUint64(end + 32, 1n, true);
    v.setBigUint64(end + 40, BigInt(cdLength), true);
    v.setBigUint64(end + 48, BigInt(cdAt), true);
    v.setUint32(end + 56, 0x07064b50, true);
    v.setBigUint64(end + 64, BigInt(end), true);
    end += 76;
  }
  v.setUint32(end, 0x06054b50, true);
  v.setUint16(end + 10, zip64End ? 0xffff : 1, true);
  v.setUint32(end + 16, zip64End ? MAX : cdAt, true);
  return out;
}

describe('inspectDocx', () => {
  it('accepts every corpus report', () => {
    for (const c of corpusCases()) {
      const r = inspectDocx(new Uint8Array(readFileSync(c.docx)));
      expect(r.ok, c.name).toBe(true);
      if (r.ok) expect(r.value.documentXml).toMatch(/<w:body/);
    }
  });

  it('refuses an empty file and one over the size limit', () => {
    expectError(new Uint8Array(0), 'empty-file', /leeg/);
    expectError(real, 'too-large', /te groot/, { maxFileBytes: 1000 });
  });

  it('recognises a PDF and a text file renamed to .docx', () => {
    expectError(strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'pdf', /PDF/);
    expectError(strToU8('Dit is gewoon tekst.'), 'not-zip', /geen Word-document/);
  });

  it('recognises a password-protected .docx (a real encrypted package)', () => {
    const encrypted = new Uint8Array(officeCrypto.encrypt(Buffer.from(real), { password: 'geheim' }));
    expectError(encrypted, 'encrypted', /wachtwoord/);
  });

  it('recognises a legacy .doc (a compound file with a WordDocument stream)', () => {
    const doc = CFB.utils.cfb_new();
    CFB.utils.cfb_add(doc, '/WordDocument', Buffer.alloc(4096, 1));
    CFB.utils.cfb_add(doc, '/1Table', Buffer.alloc(1024, 2));
    expectError(new Uint8Array(CFB.write(doc, { type: 'buffer' }) as Buffer), 'legacy-doc', /\.doc\b/);
  });

  it('names other Office files: .xlsx, .pptx, .odt', () => {
    expectError(
      zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') }),
      'other-office',
      /Excel/,
    );
    expectError(zipSync({ 'ppt/presentation.xml': strToU8('<p/>') }), 'other-office', /PowerPoint/);
    expectError(
      zipSync({
        mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
        'content.xml': strToU8('<x/>'),
      }),
      'other-office',
      /OpenDocument/,
    );
    expectError(zipSync({ 'foto.jpg': new Uint8Array(10) }), 'no-document', /geen Word-document/);
  });

  it('calls a truncated or damaged file corrupt', () => {
    expectError(real.slice(0, Math.floor(real.length / 2)), 'corrupt', /beschadigd/);
    // damage the deflate stream of word/document.xml itself
    const parts = {
      'word/document.xml': strToU8(
        `<w:document><w:body>${'<w:p><w:r><w:t>tekst</w:t></w:r></w:p>'.repeat(200)}</w:body></w:document>`,
      ),
    };
    const zip = zipSync(parts, { level: 9 });
    const damaged = zip.slice();
    for (let k = 60; k < 90; k++) damaged[k] = 0xff;
    expectError(damaged, 'corrupt', /beschadigd/);
  });

  it('refuses a zip bomb before inflating it, saying how large it unpacks: by declared size and by compression ratio', () => {
    const zeros = zipSync({ 'word/document.xml': new Uint8Array(30 * 1024 * 1024) }, { level: 9 });
    expect(zeros.length).toBeLessThan(200 * 1024);
    expectError(
      zeros,
      'zip-bomb',
      /^Het bestand is geweigerd: uitgepakt te groot: 30 MB uit \d+ kB \(\d+× samengeperst/,
    );
    // a header that lies about an enormous size is refused on the declared size alone
    const lying = patchDeclaredSize(real, 'word/document.xml', 0xfffffff0);
    expectError(
      lying,
      'zip-bomb',
      /uitgepakt te groot: 4 GB \(een verslag, ook met veel foto's, blijft onder 512 MB\)/,
    );
    expectError(real, 'zip-bomb', /uitgepakt te groot: \d+ kB .*onder 1.000 bytes/, { maxTotalUncompressed: 1000 });
    // what it is, not "damaged"; in English too
    const r = inspectDocx(lying);
    expect(!r.ok && r.error.nl).not.toMatch(/beschadigd/);
    expect(!r.ok && r.error.en).toMatch(/^The file was refused: too large unpacked: 4 GB .*zip bomb/);
  });

  it('reads Zip64 sizes, so a part past 4 GB is refused with its own size, not as damaged', () => {
    const xml = strToU8('<w:document><w:body><w:p><w:r><w:t>Kwaliteitsverslag</w:t></w:r></w:p></w:body></w:document>');
    for (const zip64End of [false, true]) {
      expectError(
        zip64('word/document.xml', 5 * 1024 ** 3, deflateSync(new Uint8Array(1 << 20)), zip64End),
        'zip-bomb',
        /^Het bestand is geweigerd: uitgepakt te groot: 5 GB \(een verslag/,
      );
      const honest = inspectDocx(zip64('word/document.xml', xml.length, deflateSync(xml), zip64End, crc32(xml)));
      expect(honest.ok && honest.value.documentXml).toMatch(/Kwaliteitsverslag/);
    }
  });

  it('refuses a part that holds more than its header declares, without inflating it all', () => {
    const big = strToU8(`<w:document><w:body>${'<w:p/>'.repeat(50000)}</w:body></w:document>`);
    const lying = patchDeclaredSize(
      zipSync({ 'word/document.xml': big, 'word/numbering.xml': big }),
      'word/numbering.xml',
      64,
    );
    expectError(
      lying,
      'zip-bomb',
      /uitgepakt te groot: een onderdeel is groter dan de 64 bytes die het bestand ervan opgeeft/,
    );
  });

  it('warns about tracked changes and comments', () => {
    const xml =
      '<w:document><w:body><w:p><w:del w:id="1"><w:r><w:delText>x</w:delText></w:r></w:del><w:ins w:id="2"><w:r><w:t>y</w:t></w:r></w:ins></w:p></w:body></w:document>';
    const r = inspectDocx(
      zipSync({ 'word/document.xml': strToU8(xml), 'word/comments.xml': strToU8('<w:comments/>') }),
    );
    expect(r.ok && r.messages.map((m) => m.code)).toEqual(['tracked-deletions', 'tracked-insertions', 'comments']);
  });

  it('keeps its limits sensible for real reports', () => {
    expect(DEFAULT_LIMITS.maxFileBytes).toBeGreaterThanOrEqual(100 * 1024 * 1024);
  });
});

describe('importDocx passes inspection errors on as values, never throws', () => {
  it('returns the error and no document', async () => {
    const r = await importDocx(strToU8('%PDF-1.4'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('pdf');
  });

  it('turns a document mammoth cannot read into a corrupt-file error', async () => {
    const r = await importDocx(zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p>') }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('corrupt');
  });
});
