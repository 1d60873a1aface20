// Adds what real reports carry and the corpus files lack to a .docx: pictures (one with alt text in Word, one
// without, one far wider than the side panel) and a long link. For layout and accessibility tests of the
// Verslag view; the report's own content stays as it is.
import { deflateSync } from 'node:zlib';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export const PICTURE_ALT = 'Organogram van de kliniek';
export const LONG_LINK =
  'https://www.example.org/kwaliteitskader-forensische-zorg/documenten/2025/bijlage-kengetallen-per-locatie-en-afdeling-definitief.pdf';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Uint8Array) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** A plain grey RGB PNG of the given size. */
export function makePng(width: number, height: number): Uint8Array<ArrayBuffer> {
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(strToU8(type), 4);
    out.set(data, 8);
    view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
    return out;
  };
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  const rows = new Uint8Array((1 + width * 3) * height).fill(0xb0);
  for (let y = 0; y < height; y++) rows[y * (1 + width * 3)] = 0; // filter: none
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', new Uint8Array()),
  ];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    png.set(p, at);
    at += p.length;
  }
  return png;
}

const NS = {
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  pic: 'http://schemas.openxmlformats.org/drawingml/2006/picture',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};

function picture(relId: string, id: number, descr: string | null, width: number, height: number): string {
  const emu = (px: number) => px * 9525;
  return (
    `<w:p><w:r><w:drawing><wp:inline xmlns:wp="${NS.wp}"><wp:extent cx="${emu(width)}" cy="${emu(height)}"/>` +
    `<wp:docPr id="${id}" name="Afbeelding ${id}"${descr === null ? '' : ` descr="${descr}"`}/>` +
    `<a:graphic xmlns:a="${NS.a}"><a:graphicData uri="${NS.pic}"><pic:pic xmlns:pic="${NS.pic}">` +
    `<pic:nvPicPr><pic:cNvPr id="${id}" name="afbeelding-${id}.png"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip xmlns:r="${NS.r}" r:embed="${relId}"/></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${emu(width)}" cy="${emu(height)}"/></a:xfrm><a:prstGeom prst="rect"/></pic:spPr>` +
    `</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`
  );
}

/** The .docx with, after the paragraph below its first table, a picture with alt text, one without, a 1600 px wide one, and a long link. */
export function addPictures(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const pictures = [
    { rel: 'rIdKkfzPic1', file: 'kkfz-pic-1.png', width: 240, height: 120, descr: PICTURE_ALT },
    { rel: 'rIdKkfzPic2', file: 'kkfz-pic-2.png', width: 200, height: 40, descr: null },
    {
      rel: 'rIdKkfzPic3',
      file: 'kkfz-pic-3.png',
      width: 1600,
      height: 300,
      descr: 'Tijdlijn van de invoering 2022–2028',
    },
  ].map((p) => ({ ...p, png: makePng(p.width, p.height) }));
  const rels = 'word/_rels/document.xml.rels';
  const relXml = pictures
    .map((p) => `<Relationship Id="${p.rel}" Type="${NS.r}/image" Target="media/${p.file}"/>`)
    .join('');
  files[rels] = strToU8(
    strFromU8(files[rels]!).replace(
      '</Relationships>',
      `${relXml}<Relationship Id="rIdKkfzLink" Type="${NS.r}/hyperlink" Target="${LONG_LINK}" TargetMode="External"/></Relationships>`,
    ),
  );
  for (const p of pictures) files[`word/media/${p.file}`] = p.png;
  const types = '[Content_Types].xml';
  const typeXml = strFromU8(files[types]!);
  if (!/Extension="png"/i.test(typeXml))
    files[types] = strToU8(typeXml.replace('</Types>', '<Default Extension="png" ContentType="image/png"/></Types>'));

  const added =
    pictures.map((p, k) => picture(p.rel, 9000 + k, p.descr, p.width, p.height)).join('') +
    `<w:p><w:r><w:t xml:space="preserve">Alle cijfers staan in de bijlage: </w:t></w:r><w:hyperlink r:id="rIdKkfzLink" xmlns:r="${NS.r}"><w:r><w:t>${LONG_LINK}</w:t></w:r></w:hyperlink></w:p>`;
  // after the paragraph that follows the first table: image-only paragraphs travel with the block before them
  const doc = strFromU8(files['word/document.xml']!);
  const table = doc.indexOf('</w:tbl>');
  const at = table < 0 ? -1 : doc.indexOf('</w:p>', table);
  if (at < 0) throw new Error('expected a table and a paragraph after it in the report');
  const end = at + '</w:p>'.length;
  files['word/document.xml'] = strToU8(doc.slice(0, end) + added + doc.slice(end));
  return zipSync(files);
}
