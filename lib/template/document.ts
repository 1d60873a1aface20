// A template's main part as the collector and the writer both read it: the package, word/document.xml as a DOM,
// its style sheet, and its paragraphs, cells and content controls in document order (the places slots point at).
import type { InspectError, InspectLimits } from '../docx/inspect';
import { readStyles, type StyleSheet } from '../docx/styles';
import { fail, ok, type Result } from '../result';
import { openPackage, partText, type DocxPackage } from './package';
import { all, parseXml, XmlError } from './xml';

export const DOCUMENT = 'word/document.xml';

export interface TemplateDoc {
  pkg: DocxPackage;
  doc: Document;
  styles: StyleSheet;
  /** every w:p, w:tc and w:sdt of the document, in document order */
  paragraphs: Element[];
  cells: Element[];
  controls: Element[];
}

const unreadable = (part: string, why: string): InspectError => ({
  code: 'corrupt',
  nl: `Het sjabloon is beschadigd: ${part} is geen geldige XML (${why}). Open en bewaar het opnieuw in Word.`,
  en: `The template is damaged: ${part} is not valid XML (${why}). Open and save it again in Word.`,
});

export function readTemplateDoc(
  bytes: Uint8Array,
  limits: Partial<InspectLimits> = {},
): Result<TemplateDoc, InspectError> {
  const opened = openPackage(bytes, limits);
  if (!opened.ok) return opened;
  const pkg = opened.value;
  let doc: Document;
  try {
    doc = parseXml(partText(pkg, DOCUMENT)!);
  } catch (e) {
    if (e instanceof XmlError) return fail(unreadable(DOCUMENT, e.message), opened.messages);
    throw e;
  }
  return ok(
    {
      pkg,
      doc,
      styles: readStyles(partText(pkg, 'word/styles.xml')),
      paragraphs: all(doc, 'p'),
      cells: all(doc, 'tc'),
      controls: all(doc, 'sdt'),
    },
    opened.messages,
  );
}
