// What a document may hold before reading it would cost more time or memory than a report ever needs: the
// text parts' size, paragraphs, elements and nesting, each measured (lib/docx/xml-shape.ts) before a parser runs
// and each refused with a one-line message that names the limit and what the author can do.
import type { Localised } from '../text/localised';
import { formatBytes } from '../text/bytes';
import type { XmlShape } from './xml-shape';

export interface PartLimits {
  /** the inflated XML of all text parts (images not counted), as declared and as inflated */
  maxTextBytes: number;
  /** paragraphs in all parts, table cells and notes included */
  maxParagraphs: number;
  /** XML elements in all parts: what the parser's memory grows with */
  maxElements: number;
  /** elements within elements, in any one part (tables in tables, …) */
  maxDepth: number;
}

// The 300-page benchmark report (scripts/make-large-report.ts) has 10 MB of XML, 20,600 paragraphs, 373,000
// elements and depth 11; the corpus reports far less. Each limit leaves twice that or more. The parser (mammoth's
// xmldom) holds about 1.4 kB per element, so the element limit is what keeps an accepted document near 1 GB.
export const PART_LIMITS: PartLimits = {
  maxTextBytes: 32 * 1024 * 1024,
  maxParagraphs: 50_000,
  maxElements: 750_000,
  maxDepth: 256,
};

export type LimitCode = 'too-much-text' | 'too-many-paragraphs' | 'too-many-elements' | 'too-deep' | 'dtd';

const count = (n: number, lang: 'nl' | 'en') => n.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB');

export function textTooLarge(bytes: number, limit: number): Localised & { code: LimitCode } {
  return {
    code: 'too-much-text',
    nl: `Het document heeft meer dan ${formatBytes(limit, 'nl')} tekst (uitgepakt, zonder afbeeldingen: ${formatBytes(bytes, 'nl')}); splits het document.`,
    en: `The document has more than ${formatBytes(limit, 'en')} of text (unpacked, images not counted: ${formatBytes(bytes, 'en')}); split the document.`,
  };
}

/** Whether a shape (the parts so far together, depth per part) is past a limit: the scan stops there. */
export const pastLimits = (s: XmlShape, lim: PartLimits) =>
  s.doctype || s.depth > lim.maxDepth || s.paragraphs > lim.maxParagraphs || s.elements > lim.maxElements;

/** The refusal for the first limit a shape is past, or null. */
export function shapeRefusal(s: XmlShape, lim: PartLimits): (Localised & { code: LimitCode }) | null {
  if (s.doctype)
    return {
      code: 'dtd',
      nl: 'Het bestand is geweigerd: het bevat een DTD (<!DOCTYPE>), wat een Word-document nooit heeft; controleer waar het vandaan komt.',
      en: 'The file was refused: it holds a DTD (<!DOCTYPE>), which a Word document never has; check where it came from.',
    };
  if (s.depth > lim.maxDepth)
    return {
      code: 'too-deep',
      nl: `Het document is dieper genest dan ${count(lim.maxDepth, 'nl')} niveaus (zoals tabellen in tabellen); vereenvoudig de opmaak in Word.`,
      en: `The document is nested more than ${count(lim.maxDepth, 'en')} levels deep (such as tables within tables); simplify the layout in Word.`,
    };
  if (s.paragraphs > lim.maxParagraphs)
    return {
      code: 'too-many-paragraphs',
      nl: `Het document heeft meer dan ${count(lim.maxParagraphs, 'nl')} alinea's; splits het document.`,
      en: `The document has more than ${count(lim.maxParagraphs, 'en')} paragraphs; split the document.`,
    };
  if (s.elements > lim.maxElements)
    return {
      code: 'too-many-elements',
      nl: `Het document heeft meer dan ${count(lim.maxElements, 'nl')} opmaakelementen (XML); splits het document.`,
      en: `The document has more than ${count(lim.maxElements, 'en')} formatting elements (XML); split the document.`,
    };
  return null;
}
