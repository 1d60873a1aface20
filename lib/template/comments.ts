// Word comments on what the filled document took over and must still be brought up to date (a stale year, figures
// of last year), as the carry-forward export writes them: the part word/comments.xml (the template's own comments
// kept, ours numbered after them), its relationship from the document and its content type, added where missing.
import { xmlSafe } from '../text/xml-safe';
import type { DocxPackage } from './package';
import { partText } from './package';
import { all, make, parseXml, serializeXml, textElement, val, W } from './xml';

const COMMENTS = 'word/comments.xml';
const RELS = 'word/_rels/document.xml.rels';
const TYPES = '[Content_Types].xml';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const AUTHOR = 'KKFZ-assistent';

export interface Comments {
  /** a new comment with these notes, one paragraph each; its id */
  add(notes: readonly string[]): number;
  /** the parts to change, none when nothing was added */
  parts(): Map<string, string>;
}

/** Which part the document's comments relationship points at, if it has one. */
function target(rels: Document): string | null {
  const rel = Array.from(rels.getElementsByTagNameNS(RELS_NS, 'Relationship')).find(
    (r) => r.getAttribute('Type') === REL_TYPE,
  );
  return rel
    ? `word/${rel
        .getAttribute('Target')!
        .replace(/^\/?word\//, '')
        .replace(/^\.\//, '')}`
    : null;
}

export function commentsFor(pkg: DocxPackage, date: string): Comments {
  const rels = parseXml(
    partText(pkg, RELS) ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"/>`,
  );
  const name = target(rels) ?? COMMENTS;
  const existing = partText(pkg, name);
  const doc = existing
    ? parseXml(existing)
    : parseXml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W}"/>`);
  let next = all(doc, 'comment').reduce((n, c) => Math.max(n, Number(val(c, 'id')) || 0), -1) + 1;
  let added = 0;
  return {
    add(notes) {
      const id = next++;
      added++;
      const paragraphs = notes.map((n) => make(doc, 'p', {}, make(doc, 'r', {}, textElement(doc, xmlSafe(n)))));
      doc.documentElement.appendChild(
        make(doc, 'comment', { id: String(id), author: AUTHOR, initials: 'KKFZ', date }, ...paragraphs),
      );
      return id;
    },
    parts() {
      const out = new Map<string, string>();
      if (!added) return out;
      out.set(name, serializeXml(doc));
      if (!target(rels)) {
        const ids = new Set(
          Array.from(rels.getElementsByTagNameNS(RELS_NS, 'Relationship')).map((r) => r.getAttribute('Id')),
        );
        let n = ids.size + 1;
        while (ids.has(`rId${n}`)) n++;
        const rel = rels.createElementNS(RELS_NS, 'Relationship');
        rel.setAttribute('Id', `rId${n}`);
        rel.setAttribute('Type', REL_TYPE);
        rel.setAttribute('Target', 'comments.xml');
        rels.documentElement.appendChild(rel);
        out.set(RELS, serializeXml(rels));
      }
      const typesText = partText(pkg, TYPES);
      const types = typesText ? parseXml(typesText) : null;
      if (
        types &&
        !Array.from(types.getElementsByTagNameNS(TYPES_NS, 'Override')).some(
          (o) => o.getAttribute('PartName') === `/${name}`,
        )
      ) {
        const override = types.createElementNS(TYPES_NS, 'Override');
        override.setAttribute('PartName', `/${name}`);
        override.setAttribute('ContentType', CONTENT_TYPE);
        types.documentElement.appendChild(override);
        out.set(TYPES, serializeXml(types));
      }
      return out;
    },
  };
}
