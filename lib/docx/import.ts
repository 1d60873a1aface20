// .docx bytes → blocks, with every warning as a message. Expected problems (not a Word file, password,
// zip bomb, …) come back as an error value with a one-line Dutch and English text, never as a throw.
import type { ImportedDocument, Message } from '../schema';
import { inspectDocx, type InspectError, type InspectLimits } from './inspect';
import { readStyles } from './styles';
import { convertDocx } from './convert';
import { splitBlocks } from './blocks';
import { decodeEntities } from './html-tokens';
import { normalizeSpace } from '../text/normalize';

export interface ImportOptions {
  /** keep image bytes (the extension shows them); otherwise images are dropped with a note */
  keepImages?: boolean;
  limits?: Partial<InspectLimits>;
  /** told when a stage starts, for a progress bar (mammoth itself reports no progress) */
  onStage?: (stage: ImportStage) => void;
}

/** The stages of an analysis in order; `convert` (mammoth) takes most of the time. */
export const IMPORT_STAGES = ['inspect', 'convert', 'blocks', 'map', 'check'] as const;
export type ImportStage = (typeof IMPORT_STAGES)[number];

export type ImportResult =
  | { ok: true; value: ImportedDocument; messages: Message[] }
  | { ok: false; error: InspectError; messages: Message[] };

const msg = (type: Message['type'], code: string, nl: string, en: string): Message => ({ type, code, nl, en });

function titleFrom(coreXml: string | null): string | null {
  const m = coreXml && /<dc:title>([^<]*)<\/dc:title>/.exec(coreXml);
  const title = m ? normalizeSpace(decodeEntities(m[1]!)) : '';
  return title || null;
}

/** mammoth warns once per paragraph with an unknown style: fold those into one readable message. */
function mammothMessages(raw: { type: string; message: string }[]): Message[] {
  const unknown = new Set<string>();
  const out: Message[] = [];
  for (const m of raw) {
    const style = /^Unrecognised (?:paragraph|run|table) style: '([^']*)'/.exec(m.message);
    if (style) unknown.add(style[1]!);
    else out.push(msg(m.type === 'error' ? 'error' : 'warning', 'mammoth', `Conversie: ${m.message}`, `Conversion: ${m.message}`));
  }
  if (unknown.size) {
    const names = [...unknown].join(', ');
    out.unshift(
      msg('info', 'unknown-styles', `Opmaakstijlen zonder betekenis voor de indeling, als gewone tekst gelezen: ${names}.`, `Styles without a known meaning, read as plain text: ${names}.`),
    );
  }
  return out;
}

const unexpected = (e: unknown): InspectError => ({
  code: 'corrupt',
  nl: 'Het document kon niet worden gelezen; het bestand is mogelijk beschadigd. Open en bewaar het opnieuw in Word.',
  en: `The document could not be read; the file may be damaged (${e instanceof Error ? e.message : String(e)}).`,
});

export async function importDocx(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  options.onStage?.('inspect');
  const inspected = inspectDocx(bytes, options.limits, options.keepImages ?? false);
  if (!inspected.ok) return { ok: false, error: inspected.error, messages: [] };
  const messages: Message[] = [...inspected.messages];
  let converted;
  options.onStage?.('convert');
  try {
    converted = await convertDocx(bytes, readStyles(inspected.stylesXml), { keepImages: options.keepImages ?? false });
  } catch (e) {
    return { ok: false, error: unexpected(e), messages };
  }
  messages.push(...mammothMessages(converted.mammothMessages));
  options.onStage?.('blocks');
  const blocks = splitBlocks(converted.html);

  const guessed = converted.guessedCues.length;
  if (guessed) {
    messages.push(
      msg('info', 'headings-guessed', `${guessed} ${guessed === 1 ? 'kop' : 'koppen'} herkend aan opmaak of woordkeuze (geen kopstijl gebruikt).`, `${guessed} heading${guessed === 1 ? '' : 's'} guessed from formatting or wording (no heading style).`),
    );
  }
  const images = converted.images.length;
  if (images) {
    messages.push(
      options.keepImages
        ? msg('info', 'images-kept', `${images} ${images === 1 ? 'afbeelding' : 'afbeeldingen'} apart bewaard (niet in de tekst).`, `${images} image${images === 1 ? '' : 's'} kept apart from the text.`)
        : msg('info', 'images-dropped', `${images} ${images === 1 ? 'afbeelding' : 'afbeeldingen'} niet meegenomen; de controle gaat over tekst.`, `${images} image${images === 1 ? '' : 's'} left out; the check reads text only.`),
    );
  }
  if (blocks.length === 0) {
    messages.push(msg('warning', 'empty-document', 'Het document bevat geen tekst.', 'The document contains no text.'));
  } else if (!blocks.some((b) => b.kind === 'heading')) {
    messages.push(
      msg('warning', 'no-headings', 'Geen koppen gevonden: de indeling in pijlers steunt dan alleen op de inhoud van elke alinea.', 'No headings found: pillars are assigned from each paragraph’s content only.'),
    );
  }
  const firstHeading = blocks.find((b) => b.kind === 'heading');
  return {
    ok: true,
    value: { blocks, images: converted.images, title: titleFrom(inspected.coreXml) ?? firstHeading?.text ?? null },
    messages,
  };
}
