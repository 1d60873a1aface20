// The workspace layer (lib/workspace): a draft's analysis as the user sees it, the open report, and last year's
// report found and compared, the same for every caller.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyseDocument } from '../../lib/analyse';
import { DEFAULT_SETTINGS } from '../../lib/schema';
import { KkfzDb } from '../../lib/storage/db';
import {
  listReports,
  readSettings,
  saveDraft,
  saveSettings,
  setCorrection,
  setJustification,
} from '../../lib/storage/repository';
import { loadCorrectedAnalysis } from '../../lib/workspace/corrected-analysis';
import { loadOpenReport } from '../../lib/workspace/open-report';
import { compareWithPrevious, previousReport } from '../../lib/workspace/previous-report';
import { blocksOf, type Line } from '../support/blocks';

let db: KkfzDb;
let n = 0;
beforeEach(async () => {
  db = new KkfzDb(`workspace-layer-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const SHARED: Line[] = [
  { h: 1, text: 'Pijler 1 Veiligheid' },
  { p: 'Het veiligheidsbeleid is in het voorjaar herzien, samen met de cliëntenraad en de teams op de afdelingen.' },
];

function analysisOf(year: number, lines: Line[]) {
  return analyseDocument({ blocks: blocksOf(lines), images: [], title: `Kwaliteitsverslag ${year}` }, [], { year });
}

let sha = 0;
const store = (organisation: string, year: number, lines: Line[] = SHARED, fileName = `${year}.docx`) =>
  saveDraft(db, {
    organisation,
    fileName,
    sizeBytes: 10,
    analysis: analysisOf(year, lines),
    images: [],
    sha256: String(sha++).padStart(64, '0'),
  });

describe('a draft’s analysis as the user sees it', () => {
  it('has the report’s corrections, the settings of now and the justifications', async () => {
    const { draft, report } = await store('Zorg BV', 2025);
    const block = draft.analysis.document.blocks[1]!;
    await setCorrection(db, draft, block, 4, [11]);
    await setJustification(db, report.id, 'theme-2', 'niet-van-toepassing', 'Geen eigen forensische bedden.', 'An');

    const lenient = await loadCorrectedAnalysis(db, draft, { focusThemes: 'none', thinWords: 1 });
    expect(lenient.mappings[1]).toMatchObject({ pillar: 4, themes: [11], basis: 'user' });
    expect(lenient).toMatchObject({ focusThemes: [], focusSource: 'none' });
    expect(lenient.checklist.find((c) => c.id === 'theme-11')).toMatchObject({
      status: 'present',
      level: 'recommended',
    });
    expect(lenient.checklist.find((c) => c.id === 'theme-2')?.justified).toEqual({
      kind: 'niet-van-toepassing',
      reason: 'Geen eigen forensische bedden.',
    });

    // the year's focus themes required, and a threshold the paragraph does not reach
    const strict = await loadCorrectedAnalysis(db, draft, { focusThemes: null, thinWords: 2000 });
    expect(strict).toMatchObject({ focusThemes: [2, 6, 9], focusSource: 'year' });
    expect(strict.checklist.find((c) => c.id === 'theme-11')?.status).toBe('thin');
    expect(strict.checklist.find((c) => c.id === 'theme-2')?.level).toBe('required');
  });

  it('is the popup’s open report, with its settings; none before anything is opened', async () => {
    expect(await loadOpenReport(db)).toBeNull();
    const { draft, report } = await store('Zorg BV', 2025);
    await saveSettings(db, {
      ...(await readSettings(db)),
      currentDraftId: draft.id,
      focusThemes: 'none',
      thinWords: 1,
    });
    const open = await loadOpenReport(db);
    expect(open?.report?.title).toBe(report.title);
    expect(open?.draft.id).toBe(draft.id);
    expect(open?.analysis).toEqual(await loadCorrectedAnalysis(db, draft, { focusThemes: 'none', thinWords: 1 }));
  });
});

describe('last year’s report', () => {
  it('is the same organisation’s report of the year before, its latest draft, never the report itself', async () => {
    const now = await store('Zorg BV', 2025);
    await store('Zorg BV', 2024, SHARED, 'oud.docx');
    const latest = await store(
      'Zorg BV',
      2024,
      [...SHARED, { p: 'Een tweede versie van het verslag, met een extra alinea.' }],
      'nieuw.docx',
    );
    await store('Ander BV', 2024);
    const library = await listReports(db);

    expect(previousReport(library, now.report.id, 2025)).toMatchObject({
      report: { id: latest.report.id },
      draft: { id: latest.draft.id },
    });
    expect(previousReport(library, now.report.id, null)).toBeNull();
    expect(previousReport(library, 'unknown', 2025)).toBeNull();
    // a year typed for a report whose document has none can name the report's own year
    expect(previousReport(library, latest.report.id, 2025)).toBeNull();
  });

  it('is compared as the user sees it: with its own corrections', async () => {
    const now = await store('Zorg BV', 2025);
    const before = await store('Zorg BV', 2024, [
      ...SHARED,
      { p: 'Een alinea die dit jaar is weggelaten uit het verslag over de afdelingen.' },
    ]);
    const gone = before.draft.analysis.document.blocks[2]!;
    const settings = { focusThemes: DEFAULT_SETTINGS.focusThemes, thinWords: DEFAULT_SETTINGS.thinWords };
    const removedIn = async () => {
      const found = await compareWithPrevious(db, await listReports(db), now.report.id, now.draft.analysis, settings);
      expect(found?.previous.draft.id).toBe(before.draft.id);
      return found!.comparison.sections.filter((s) => s.removed.includes(gone.i)).map((s) => s.pillar);
    };
    expect(await removedIn()).toEqual([1]);
    await setCorrection(db, before.draft, gone, 3, []);
    expect(await removedIn()).toEqual([3]);
  });
});
