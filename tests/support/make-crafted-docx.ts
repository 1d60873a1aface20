// A hostile .docx: a `javascript:` link, text that is markup, a `data:` link, and images that point outside
// the package (a remote URL and a path that escapes it). Everything must render inert.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, ExternalHyperlink, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export const MARKUP_TEXT = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
export const REMOTE_IMAGE = 'http://127.0.0.1:9/tracker.png';

export async function makeCraftedDocx(): Promise<Uint8Array> {
  const png = readFileSync(join(import.meta.dirname, '../fixtures/pixel.png'));
  const image = (name: string) =>
    new ImageRun({
      type: 'png',
      data: png,
      transformation: { width: 10, height: 10 },
      altText: { name, description: name, title: name },
    });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Pijler 1: Veiligheid en persoonsgerichte zorg', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun('Klik '),
              new ExternalHyperlink({ link: 'javascript:window.__pwned=3', children: [new TextRun('hier')] }),
              new TextRun(' voor het veiligheidsbeleid.'),
            ],
          }),
          new Paragraph({
            children: [
              new ExternalHyperlink({
                link: 'data:text/html,<script>window.__pwned=4</script>',
                children: [new TextRun('bijlage')],
              }),
            ],
          }),
          new Paragraph(MARKUP_TEXT),
          new Paragraph({
            children: [
              new ExternalHyperlink({
                link: 'https://www.example.org/beleid',
                children: [new TextRun('beleid op de website')],
              }),
            ],
          }),
          new Paragraph({ children: [image('remote')] }),
          new Paragraph({ children: [image('escape')] }),
          new Paragraph({ children: [image('inside')] }),
        ],
      },
    ],
  });
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
  // the first two pictures get relationships of their own: one to a remote URL, one out of the package
  const relsPath = 'word/_rels/document.xml.rels';
  const IMAGE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
  files[relsPath] = strToU8(
    strFromU8(files[relsPath]!).replace(
      '</Relationships>',
      `<Relationship Id="rIdRemote" Type="${IMAGE}" Target="${REMOTE_IMAGE}" TargetMode="External"/>` +
        `<Relationship Id="rIdEscape" Type="${IMAGE}" Target="../../../../etc/passwd"/></Relationships>`,
    ),
  );
  const ids = ['rIdRemote', 'rIdEscape'];
  files['word/document.xml'] = strToU8(
    strFromU8(files['word/document.xml']!).replace(/r:embed="[^"]*"/g, (embed) =>
      ids.length ? `r:embed="${ids.shift()}"` : embed,
    ),
  );
  if (ids.length) throw new Error('expected three pictures in the document');
  return zipSync(files);
}
