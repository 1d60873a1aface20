// The whole job in one call: import → map → detect the year → check. The same code runs in the CLI,
// in the extension's worker and in the tests.
import type { Analysis, Correction, ImportedDocument, Mapping, Message } from './schema';
import { scheduledFocus } from './knowledge/focus';
import { importDocx, type ImportOptions } from './docx/import';
import type { InspectError } from './docx/inspect';
import { ok, type Result } from './result';
import { mapBlocks } from './classify/map';
import { detectReportYear } from './report/year';
import { evaluateChecklist } from './checklist/evaluate';
import { placeCorrections, type CorrectionPlacement } from './corrections/place';

export interface AnalyseOptions extends ImportOptions {
  /** overrides the detected reporting year */
  year?: number | null;
  /** absent or null: the reporting year's focus themes from the schedule; `[]`: none; a list: these */
  focusThemes?: number[] | null;
  thinWords?: number;
}

/** The required focus themes and where they came from. */
export function resolveFocus(
  given: number[] | null | undefined,
  year: number | null,
): { focusThemes: number[]; focusSource: NonNullable<Analysis['focusSource']> } {
  if (given === null || given === undefined) return { focusThemes: scheduledFocus(year) ?? [], focusSource: 'year' };
  if (given.length === 0) return { focusThemes: [], focusSource: 'none' };
  return { focusThemes: [...new Set(given)].sort((a, b) => a - b), focusSource: 'options' };
}

/** The analysis carries the import's messages too (they are stored with it); `messages` are the same. */
export type AnalyseResult = Result<Analysis, InspectError>;

/** Map and check an imported document; `mappings` lets a caller pass user corrections in. */
export function analyseDocument(
  document: ImportedDocument,
  messages: Message[],
  options: EvaluateOptions = {},
  mappings?: Mapping[],
  onStage?: ImportOptions['onStage'],
): Analysis {
  if (!mappings) {
    onStage?.('map');
    mappings = mapBlocks(document.blocks);
  }
  onStage?.('check');
  const year = detectReportYear(document.blocks, document.title);
  const effectiveYear = options.year ?? year.year;
  const { focusThemes, focusSource } = resolveFocus(options.focusThemes, effectiveYear);
  const checklist = evaluateChecklist(document.blocks, mappings, {
    focusThemes,
    year: effectiveYear,
    ...(options.thinWords !== undefined && { thinWords: options.thinWords }),
  });
  return { document, mappings, year, effectiveYear, focusThemes, focusSource, checklist, messages };
}

export async function analyseDocx(bytes: Uint8Array, options: AnalyseOptions = {}): Promise<AnalyseResult> {
  const imported = await importDocx(bytes, options);
  if (!imported.ok) return imported;
  return ok(analyseDocument(imported.value, imported.messages, options, undefined, options.onStage), imported.messages);
}

export type EvaluateOptions = Omit<AnalyseOptions, keyof ImportOptions>;

/** The user's corrections (a report's, placed on this draft's blocks: lib/corrections/place.ts; pass the
 * placement when it is at hand) laid over the automatic mapping, and the checklist recomputed on the result
 * (for the settings of now: year, focus themes and threshold may have changed since the import). */
export function applyCorrections(
  analysis: Analysis,
  corrections: Correction[],
  options: EvaluateOptions = {},
  placement: CorrectionPlacement = placeCorrections(corrections, analysis.document.blocks),
): Analysis {
  const byBlock = placement.byBlock;
  const mappings = analysis.mappings.map((m, k): Mapping => {
    const c = byBlock.get(analysis.document.blocks[k]!.id);
    return c
      ? {
          ...m,
          pillar: c.pillar,
          themes: c.themes,
          confidence: 1,
          basis: 'user',
          evidence: ['door gebruiker aangepast', ...m.evidence],
        }
      : m;
  });
  // without new options, the focus stays as chosen: the year's follow the year, a choice stays the same list
  const focus = analysis.focusSource === 'year' ? null : analysis.focusThemes;
  const merged = { year: analysis.effectiveYear, focusThemes: focus, ...options };
  return analyseDocument(analysis.document, analysis.messages, merged, mappings);
}
