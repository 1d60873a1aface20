// .docx bytes → blocks, with every warning as a message. Expected problems (not a Word file, password,
// zip bomb, …) come back as an error value with a one-line Dutch and English text, never as a throw. Every message
// says what it means for the author, in plain words: no style names, no converter internals; its `code` is stable.
import type { ImportedDocument, Message } from '../schema';
import { inspectDocx, type InspectError, type InspectLimits } from './inspect';
import type { Result } from '../result';
import { readStyles } from './styles';
import { convertDocx } from './convert';
import { splitBlocks } from './blocks';
import { decodeEntities } from './html-tokens';
import { normalizeSpace } from '../text/normalize';
import { plural } from '../text/plural';

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

export type ImportResult = Result<ImportedDocument, InspectError>;

const msg = (type: Message['type'], code: string, nl: string, en: string): Message => ({ type, code, nl, en });

function titleFrom(coreXml: string | null): string | null {
  const m = coreXml && /<dc:title>([^<]*)<\/dc:title>/.exec(coreXml);
  const title = m ? normalizeSpace(decodeEntities(m[1]!)) : '';
  return title || null;
}

/**
 * The converter's own warnings, said as what they mean for the author: one message per kind with a count, never
 * a style name or a converter's wording. Unknown paragraph styles (once per paragraph) are ordinary text for the
 * map unless formatting or wording makes a heading of them; unknown run and table styles change nothing.
 */
function converterMessages(raw: { type: string; message: string }[]): Message[] {
  let paragraphs = 0;
  let images = 0;
  const skipped = { n: 0, error: false };
  for (const m of raw) {
    if (/^Unrecognised paragraph style: /.test(m.message)) paragraphs++;
    else if (/^Unrecognised (?:run|table) style: /.test(m.message)) continue;
    else if (/^Image of type .* is unlikely to be viewable/.test(m.message)) images++;
    else {
      skipped.n++;
      skipped.error ||= m.type === 'error';
    }
  }
  const out: Message[] = [];
  if (paragraphs) {
    out.push(
      msg(
        'info',
        'unknown-styles',
        `${plural('nl', paragraphs, { one: '# alinea heeft een eigen opmaakstijl en is', other: "# alinea's hebben een eigen opmaakstijl en zijn" })} als gewone tekst gelezen, behalve waar vet, lettergrootte of woordkeuze een kop aangaf. Mist er in Verslag een kop, geef die dan in Word een kopstijl (Kop 1, Kop 2).`,
        `${plural('en', paragraphs, { one: '# paragraph has a style of its own and was', other: '# paragraphs have styles of their own and were' })} read as ordinary text, except where bold, font size or wording marked a heading. If a heading is missing in Report, give it a heading style (Heading 1, Heading 2) in Word.`,
      ),
    );
  }
  if (images) {
    out.push(
      msg(
        'warning',
        'mammoth',
        `${plural('nl', images, { one: '# afbeelding staat', other: '# afbeeldingen staan' })} in een formaat dat de browser niet kan tonen (zoals EMF of WMF): in Verslag zie je daar een lege plek. De tekst telt gewoon mee.`,
        `${plural('en', images, { one: '# image is', other: '# images are' })} in a format the browser cannot show (such as EMF or WMF): Report shows an empty space there. The text counts as usual.`,
      ),
    );
  }
  if (skipped.n) {
    out.push(
      msg(
        skipped.error ? 'error' : 'warning',
        'mammoth',
        `${plural('nl', skipped.n, { one: '# onderdeel van het document kon niet worden gelezen en is', other: '# onderdelen van het document konden niet worden gelezen en zijn' })} overgeslagen (bijvoorbeeld een ingesloten object of tekstvak). Controleer in Verslag of er tekst ontbreekt.`,
        `${plural('en', skipped.n, { one: '# part of the document could not be read and was', other: '# parts of the document could not be read and were' })} skipped (for example an embedded object or text box). Check in Report whether text is missing.`,
      ),
    );
  }
  return out;
}

/**
 * Why mammoth could not read what inspection let through, in one line: the XML parser's own complaint (English, over
 * two lines: "fatalError: [xmldom fatalError]\tAttribute a redefined\n@#[line:3,col:5]") folded into the sentence,
 * with its place when it knows it; anything else is damage.
 */
function unreadable(e: unknown): InspectError {
  const why = e instanceof Error ? e.message : String(e);
  const parser = /^(?:warning|error|fatalError): \[xmldom \w+\]\s*([^\n]*)(?:\n@#\[line:(\d+)?\D*?,col:(\d+)?)?/.exec(
    why,
  );
  if (parser) {
    const detail = parser[1]!.replace(/\s+/g, ' ').trim().slice(0, 120);
    const [line, col] = [parser[2], parser[3]];
    return {
      code: 'corrupt',
      nl: `Het document kon niet worden gelezen: de opmaak (XML) van een onderdeel is beschadigd (${detail}${line ? `, regel ${line}, kolom ${col}` : ''}). Open en bewaar het opnieuw in Word.`,
      en: `The document could not be read: the markup (XML) of a part is damaged (${detail}${line ? `, line ${line}, column ${col}` : ''}). Open it in Word and save it again.`,
    };
  }
  return {
    code: 'corrupt',
    nl: 'Het document kon niet worden gelezen; het bestand is mogelijk beschadigd. Open en bewaar het opnieuw in Word.',
    en: 'The document could not be read; the file may be damaged. Open it in Word and save it again.',
  };
}

export async function importDocx(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  options.onStage?.('inspect');
  const inspected = inspectDocx(bytes, options.limits, options.keepImages ?? false);
  if (!inspected.ok) return inspected;
  const messages: Message[] = [...inspected.messages];
  let converted;
  options.onStage?.('convert');
  try {
    converted = await convertDocx(inspected.value.docx, readStyles(inspected.value.stylesXml), {
      keepImages: options.keepImages ?? false,
    });
  } catch (e) {
    return { ok: false, error: unreadable(e), messages };
  }
  messages.push(...converterMessages(converted.mammothMessages));
  options.onStage?.('blocks');
  const blocks = splitBlocks(converted.html);

  const guessed = converted.guessedCues.length;
  if (guessed) {
    messages.push(
      msg(
        'info',
        'headings-guessed',
        `${plural('nl', guessed, { one: '# kop', other: '# koppen' })} herkend aan vet, lettergrootte of woordkeuze, niet aan een kopstijl: controleer in Verslag of de indeling klopt. Met kopstijlen in Word (Kop 1, Kop 2) is de indeling zeker.`,
        `${plural('en', guessed, { one: '# heading', other: '# headings' })} recognised by bold, font size or wording, not by a heading style: check in Report that the mapping is right. With heading styles in Word (Heading 1, Heading 2) the mapping is certain.`,
      ),
    );
  }
  const images = converted.images.length;
  if (images) {
    messages.push(
      options.keepImages
        ? msg(
            'info',
            'images-kept',
            `${plural('nl', images, { one: '# afbeelding', other: '# afbeeldingen' })} in Verslag te zien; de controle leest alleen tekst, dus tekst in een afbeelding telt niet mee.`,
            `${plural('en', images, { one: '# image', other: '# images' })} shown in Report; the check reads text only, so text inside an image does not count.`,
          )
        : msg(
            'info',
            'images-dropped',
            `${plural('nl', images, { one: '# afbeelding', other: '# afbeeldingen' })} overgeslagen: de controle leest alleen tekst, dus tekst in een afbeelding telt niet mee.`,
            `${plural('en', images, { one: '# image', other: '# images' })} skipped: the check reads text only, so text inside an image does not count.`,
          ),
    );
  }
  if (blocks.length === 0) {
    messages.push(msg('warning', 'empty-document', 'Het document bevat geen tekst.', 'The document contains no text.'));
  } else if (!blocks.some((b) => b.kind === 'heading')) {
    messages.push(
      msg(
        'warning',
        'no-headings',
        'Geen koppen gevonden: elke alinea is alleen op haar eigen woorden ingedeeld. Geef de koppen in Word een kopstijl (Kop 1, Kop 2), of zet de pijler of het thema op een eigen regel boven de tekst.',
        'No headings found: each paragraph was mapped on its own words only. Give the headings a heading style in Word (Heading 1, Heading 2), or put the pillar or theme on a line of its own above the text.',
      ),
    );
  }
  const firstHeading = blocks.find((b) => b.kind === 'heading');
  return {
    ok: true,
    value: {
      blocks,
      images: converted.images,
      title: titleFrom(inspected.value.coreXml) ?? firstHeading?.text ?? null,
    },
    messages,
  };
}
