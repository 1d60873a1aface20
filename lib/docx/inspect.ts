// Looks at the raw bytes before mammoth does: is this a Word document we can read, and is it safe to
// inflate and parse? Every "no" is a one-line Dutch and English message, never a stack trace. A "yes" comes with
// the package mammoth reads: rebuilt from the parts checked here, so no limit can be passed by what it reads.
import { zipSync, strToU8, type Zippable } from 'fflate';
import { readZipEntries, inflateEntry, ZipFormatError, type ZipEntry } from './zip-entries';
import { decodeXml } from './xml-text';
import { emptyShape, measureXml } from './xml-shape';
import { repairDanglingImages } from './dangling-images';
import { PART_LIMITS, pastLimits, shapeRefusal, textTooLarge, type LimitCode, type PartLimits } from './part-limits';
import type { Message } from '../schema';
import { fail as refuse, type Result } from '../result';
import type { Localised } from '../text/localised';
import { formatBytes } from '../text/bytes';

export type InspectErrorCode =
  | 'empty-file'
  | 'too-large'
  | 'pdf'
  | 'legacy-doc'
  | 'encrypted'
  | 'other-office'
  | 'not-zip'
  | 'corrupt'
  | 'zip-bomb'
  | 'no-document'
  | LimitCode;

export interface InspectError extends Localised {
  code: InspectErrorCode;
}

export interface InspectLimits extends PartLimits {
  /** the .docx itself */
  maxFileBytes: number;
  /** sum of the declared uncompressed sizes of all parts */
  maxTotalUncompressed: number;
  /** any one part, as declared */
  maxPartBytes: number;
  /** uncompressed/compressed, for parts above RATIO_FLOOR: text XML deflates 5–20×, a bomb 1000× */
  maxRatio: number;
}

// A 300-page report with a few hundred photos is some tens of MB zipped and a few hundred MB unzipped;
// these limits leave room for that and refuse a bomb before a single byte is inflated.
export const DEFAULT_LIMITS: InspectLimits = {
  maxFileBytes: 200 * 1024 * 1024,
  maxTotalUncompressed: 1024 * 1024 * 1024,
  maxPartBytes: 512 * 1024 * 1024,
  maxRatio: 200,
  ...PART_LIMITS,
};
const RATIO_FLOOR = 10 * 1024 * 1024;

export interface Inspected {
  documentXml: string;
  stylesXml: string | null;
  coreXml: string | null;
  /** the .docx mammoth reads: every part checked above, as read here (UTF-8), nothing else; images empty unless kept */
  docx: Uint8Array;
}

export type InspectResult = Result<Inspected, InspectError>;

const fail = (code: InspectErrorCode, nl: string, en: string): InspectResult => ({
  ok: false,
  error: { code, nl, en },
  messages: [],
});

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, k) => bytes[k] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF

/** Stream names in an OLE compound file's directory are UTF-16LE. */
function containsUtf16(bytes: Uint8Array, name: string): boolean {
  const needle = new Uint8Array(name.length * 2);
  for (let k = 0; k < name.length; k++) needle[k * 2] = name.charCodeAt(k);
  outer: for (let i = 0; i <= bytes.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function inspectOle(bytes: Uint8Array): InspectResult {
  if (containsUtf16(bytes, 'EncryptedPackage') || containsUtf16(bytes, 'EncryptionInfo')) {
    return fail(
      'encrypted',
      'Dit document is beveiligd met een wachtwoord. Haal de beveiliging eraf in Word (Bestand > Info > Document beveiligen) en probeer het opnieuw.',
      'This document is password-protected. Remove the password in Word (File > Info > Protect Document) and try again.',
    );
  }
  if (containsUtf16(bytes, 'WordDocument')) {
    return fail(
      'legacy-doc',
      'Dit is een oud Word-bestand (.doc). Open het in Word en sla het op als Word-document (.docx).',
      'This is a legacy Word file (.doc). Open it in Word and save it as a Word document (.docx).',
    );
  }
  return fail(
    'not-zip',
    'Dit is een ouder Office-bestand, geen Word-document (.docx). Sla het op als .docx en probeer het opnieuw.',
    'This is a legacy Office file, not a Word document (.docx). Save it as .docx and try again.',
  );
}

const WANTED = new Set(['word/document.xml', 'word/styles.xml', 'docProps/core.xml', 'mimetype']);
/** Parts read as text (by us or by mammoth); any other part is an image or an embedded file. */
const isText = (name: string) => /\.(xml|rels)$/i.test(name) || name === 'mimetype';
/** Parts that may hold pictures, and their relationships: checked for pictures that point nowhere. */
const PICTURE_PARTS = /^word\/(?:[^/]+\.xml|_rels\/[^/]+\.xml\.rels)$/;

function otherOffice(names: Set<string>, mimetype: string | null): InspectResult | null {
  const what = names.has('xl/workbook.xml')
    ? ['een Excel-werkmap (.xlsx)', 'an Excel workbook (.xlsx)']
    : names.has('ppt/presentation.xml')
      ? ['een PowerPoint-presentatie (.pptx)', 'a PowerPoint presentation (.pptx)']
      : mimetype?.startsWith('application/vnd.oasis.opendocument.text')
        ? ['een OpenDocument-tekst (.odt)', 'an OpenDocument text (.odt)']
        : mimetype?.startsWith('application/vnd.oasis.opendocument')
          ? ['een OpenDocument-bestand', 'an OpenDocument file']
          : null;
  if (!what) return null;
  return fail(
    'other-office',
    `Dit is ${what[0]}, geen Word-document (.docx). Sla het verslag op als .docx en probeer het opnieuw.`,
    `This is ${what[1]}, not a Word document (.docx). Save the report as .docx and try again.`,
  );
}

const corrupt = () =>
  fail(
    'corrupt',
    'Het bestand is beschadigd of onvolledig (bijvoorbeeld half gedownload). Open en bewaar het opnieuw in Word.',
    'The file is damaged or incomplete (for example a partial download). Open and save it again in Word.',
  );

type Bomb = { unpacked: number; limit: number } | { unpacked: number; packed: number } | { declared: number };

/** A zip bomb said as what it is — how large it unpacks against what a report can be — never as "damaged". */
function zipBomb(b: Bomb): InspectResult {
  const size = (n: number, lang: 'nl' | 'en') => formatBytes(n, lang);
  const [nl, en] =
    'declared' in b
      ? [
          `een onderdeel is groter dan de ${size(b.declared, 'nl')} die het bestand ervan opgeeft`,
          `a part is larger than the ${size(b.declared, 'en')} the file states for it`,
        ]
      : 'limit' in b
        ? [
            `${size(b.unpacked, 'nl')} (een verslag, ook met veel foto's, blijft onder ${size(b.limit, 'nl')})`,
            `${size(b.unpacked, 'en')} (a report, even with many photos, stays under ${size(b.limit, 'en')})`,
          ]
        : [
            `${size(b.unpacked, 'nl')} uit ${size(b.packed, 'nl')} (${Math.round(b.unpacked / Math.max(1, b.packed))}× samengeperst; de tekst van een verslag hooguit zo'n 20×)`,
            `${size(b.unpacked, 'en')} from ${size(b.packed, 'en')} (compressed ${Math.round(b.unpacked / Math.max(1, b.packed))}×; a report's text at most about 20×)`,
          ];
  return fail(
    'zip-bomb',
    `Het bestand is geweigerd: uitgepakt te groot: ${nl}. Zo'n bestand (een zip-bom) is geen gewoon Word-document; controleer waar het vandaan komt.`,
    `The file was refused: too large unpacked: ${en}. Such a file (a zip bomb) is not an ordinary Word document; check where it came from.`,
  );
}

/** Size alone: lets a caller refuse a file before reading it into memory. */
export function checkFileSize(size: number, limits: Partial<InspectLimits> = {}): InspectError | null {
  const max = limits.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes;
  if (size === 0)
    return { code: 'empty-file', nl: 'Het bestand is leeg (0 bytes).', en: 'The file is empty (0 bytes).' };
  return size > max
    ? {
        code: 'too-large',
        nl: `Het bestand is te groot (meer dan ${formatBytes(max, 'nl')}).`,
        en: `The file is too large (over ${formatBytes(max, 'en')}).`,
      }
    : null;
}

/** `keepImages`: images will be read too, so check them as well. */
export function inspectDocx(bytes: Uint8Array, limits: Partial<InspectLimits> = {}, keepImages = false): InspectResult {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  const sizeError = checkFileSize(bytes.length, lim);
  if (sizeError) return { ok: false, error: sizeError, messages: [] };
  if (startsWith(bytes, PDF)) {
    return fail(
      'pdf',
      'Dit is een PDF-bestand, geen Word-document (.docx). Open het origineel in Word en sla het op als .docx.',
      'This is a PDF, not a Word document (.docx). Open the original in Word and save it as .docx.',
    );
  }
  if (startsWith(bytes, OLE)) return inspectOle(bytes);
  if (!startsWith(bytes, ZIP) && !startsWith(bytes, ZIP_EMPTY)) {
    return fail(
      'not-zip',
      'Dit is geen Word-document (.docx). Kies een bestand dat in Word is opgeslagen als .docx.',
      'This is not a Word document (.docx). Choose a file saved in Word as .docx.',
    );
  }

  let entries: ZipEntry[];
  try {
    entries = readZipEntries(bytes);
  } catch {
    return corrupt();
  }
  const names = new Set(entries.map((e) => e.name));
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  const huge = entries.find((e) => e.size > lim.maxPartBytes);
  if (huge) return zipBomb({ unpacked: huge.size, limit: lim.maxPartBytes });
  if (total > lim.maxTotalUncompressed) return zipBomb({ unpacked: total, limit: lim.maxTotalUncompressed });
  const dense = entries.find(
    (e) => e.size > RATIO_FLOOR && (e.compressedSize > 0 ? e.size / e.compressedSize : Infinity) > lim.maxRatio,
  );
  if (dense) return zipBomb({ unpacked: dense.size, packed: dense.compressedSize });
  const textBytes = entries.reduce((sum, e) => sum + (isText(e.name) ? e.size : 0), 0);
  if (textBytes > lim.maxTextBytes) return refuse(textTooLarge(textBytes, lim.maxTextBytes));
  // Every text part is inflated here, its real size counted while inflating (so no header can lie its way past the
  // limits above) and its shape measured before any parser sees it; mammoth then reads a zip of exactly these
  // parts, never the original, whose other entries it might read differently. Images are read only when kept.
  const read: Zippable = {};
  const texts: Record<string, string> = {};
  const shape = emptyShape();
  try {
    for (const e of entries) {
      if (e.name.endsWith('/')) continue;
      if (!isText(e.name)) {
        read[e.name] = [keepImages ? inflateEntry(bytes, e) : new Uint8Array(0), { level: 0 }];
        continue;
      }
      const data = inflateEntry(bytes, e);
      const { text, recoded } = decodeXml(data);
      measureXml(text, shape, (s) => pastLimits(s, lim));
      const refusal = shapeRefusal(shape, lim);
      if (refusal) return refuse(refusal);
      read[e.name] = [recoded ? strToU8(text) : data, { level: 0 }];
      if (WANTED.has(e.name) || PICTURE_PARTS.test(e.name)) texts[e.name] = text;
    }
  } catch (e) {
    if (e instanceof ZipFormatError && e.declared !== undefined) return zipBomb({ declared: e.declared });
    return corrupt();
  }
  for (const [name, rels] of Object.entries(repairDanglingImages(texts))) read[name] = [strToU8(rels), { level: 0 }];
  const text = (name: string) => texts[name] ?? null;
  const documentXml = text('word/document.xml');
  if (documentXml === null) {
    return (
      otherOffice(names, text('mimetype')?.trim() ?? null) ??
      fail(
        'no-document',
        'Dit bestand bevat geen Word-document. Kies een bestand dat in Word is opgeslagen als .docx.',
        'This file holds no Word document. Choose a file saved in Word as .docx.',
      )
    );
  }
  if (!/<w:body\b/.test(documentXml)) return corrupt();

  const messages: Message[] = [];
  if (/<w:del\b/.test(documentXml)) {
    messages.push({
      type: 'warning',
      code: 'tracked-deletions',
      nl: 'Het document bevat nog niet verwerkte wijzigingen (Wijzigingen bijhouden): verwijderde tekst telt niet mee. Accepteer of weiger de wijzigingen in Word voor de definitieve versie.',
      en: 'The document holds changes not yet accepted (Track Changes): deleted text does not count. Accept or reject the changes in Word for the final version.',
    });
  }
  if (/<w:ins\b/.test(documentXml)) {
    messages.push({
      type: 'warning',
      code: 'tracked-insertions',
      nl: 'Het document bevat ingevoegde tekst die nog niet is geaccepteerd (Wijzigingen bijhouden): die telt al mee alsof hij geaccepteerd is.',
      en: 'The document holds inserted text not yet accepted (Track Changes): it counts as if it were accepted.',
    });
  }
  if (names.has('word/comments.xml')) {
    messages.push({
      type: 'info',
      code: 'comments',
      nl: 'Het document bevat opmerkingen in de kantlijn; die tellen niet mee voor de controle.',
      en: 'The document holds comments in the margin; they do not count for the check.',
    });
  }
  return {
    ok: true,
    value: { documentXml, stylesXml: text('word/styles.xml'), coreXml: text('docProps/core.xml'), docx: zipSync(read) },
    messages,
  };
}
