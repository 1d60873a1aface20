// A picture whose relationship id is missing from its part's relationships makes mammoth throw (it turns the
// unknown id into a path and reads a character of `undefined`), so one broken picture reference would refuse a
// whole report. Each such id gets a relationship to a picture that is not there: the report is read, and the
// picture is one that cannot be shown, as Word shows a broken one.
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const IMAGE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
/** mammoth never reads it unless images are kept, and then finds nothing (lib/docx/convert.ts) */
const MISSING_IMAGE = 'media/kkfz-ontbrekende-afbeelding.png';

/** `word/document.xml` → `word/_rels/document.xml.rels` */
const relationshipsOf = (part: string) => {
  const k = part.lastIndexOf('/');
  return `${part.slice(0, k + 1)}_rels/${part.slice(k + 1)}.rels`;
};

const ids = (xml: string, pattern: RegExp) => new Set([...xml.matchAll(pattern)].map((m) => m[1]!));

/** The relationship parts to replace (name → new text), given the text of every part that may hold pictures and of their
 * relationship parts; empty when every picture's id is known. */
export function repairDanglingImages(texts: Record<string, string>): Record<string, string> {
  const repaired: Record<string, string> = {};
  for (const [part, xml] of Object.entries(texts)) {
    if (part.endsWith('.rels')) continue;
    const used = ids(xml, /<(?:a:blip|v:imagedata)\b[^>]*?\br:(?:embed|id)="([^"]+)"/g);
    if (!used.size) continue;
    const name = relationshipsOf(part);
    const rels =
      texts[name] ?? `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${RELATIONSHIPS}"></Relationships>`;
    const known = ids(rels, /\bId="([^"]*)"/g);
    const missing = [...used].filter((id) => !known.has(id));
    const close = rels.lastIndexOf('</Relationships>');
    if (!missing.length || close < 0) continue;
    const added = missing.map((id) => `<Relationship Id="${id}" Type="${IMAGE}" Target="${MISSING_IMAGE}"/>`).join('');
    repaired[name] = rels.slice(0, close) + added + rels.slice(close);
  }
  return repaired;
}
