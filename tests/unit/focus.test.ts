import 'fake-indexeddb/auto';
// The focus themes of the year: the schedule as validated data, the default in the analysis, the user's choice
// (settings old and new), and next year's themes in the carried-forward draft.
import { describe, expect, it } from 'vitest';
import { analyseDocx, applyCorrections } from '../../lib/analyse';
import { draftFocus } from '../../lib/carry/forward';
import { exportCarryDocx } from '../../lib/carry/export-docx';
import { importDocx } from '../../lib/docx/import';
import { focusOption, FocusSchedule, focusSchedule, scheduledFocus } from '../../lib/knowledge/focus';
import { Analysis, DEFAULT_SETTINGS, Settings } from '../../lib/schema';
import { focusLine } from '../../cli/format';
import { carryDraft } from '../support/carry-draft';
import { makeDocx } from '../support/make-docx';
import { KkfzDb } from '../../lib/storage/db';
import { readSettings, saveSettings } from '../../lib/storage/repository';
import raw from '../../lib/knowledge/focus.json';

describe('the schedule (lib/knowledge/focus.json)', () => {
  it('names every year of the framework, each theme once', () => {
    expect(scheduledFocus(2022)).toEqual([]);
    expect(scheduledFocus(2023)).toEqual([1, 11, 14]);
    expect(scheduledFocus(2024)).toEqual([3, 5, 12]);
    expect(scheduledFocus(2025)).toEqual([2, 6, 9]);
    expect(scheduledFocus(2026)).toEqual([4, 7]);
    expect(scheduledFocus(2027)).toEqual([8, 10, 13]);
    expect(scheduledFocus(2028)).toEqual([]);
    const all = Object.values(focusSchedule.years)
      .flat()
      .sort((a, b) => a - b);
    expect(all).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(focusSchedule.$comment).toMatch(/indicative/);
  });

  it('knows no year outside it, and no year when there is none', () => {
    expect(scheduledFocus(2021)).toBeNull();
    expect(scheduledFocus(2029)).toBeNull();
    expect(scheduledFocus(null)).toBeNull();
    expect(scheduledFocus(undefined)).toBeNull();
  });

  it('fails loudly on a bad theme, a bad year or a theme planned twice', () => {
    expect(FocusSchedule.safeParse({ ...raw, years: { ...raw.years, 2025: [2, 15] } }).success).toBe(false);
    expect(FocusSchedule.safeParse({ ...raw, years: { ...raw.years, 2025: [0] } }).success).toBe(false);
    expect(FocusSchedule.safeParse({ ...raw, years: { ...raw.years, 2025: ['2'] } }).success).toBe(false);
    expect(FocusSchedule.safeParse({ ...raw, years: { ...raw.years, volgend: [] } }).success).toBe(false);
    expect(FocusSchedule.safeParse({ ...raw, years: { ...raw.years, 2026: [4, 7, 9] } }).success).toBe(false);
    expect(FocusSchedule.safeParse({ years: raw.years }).success).toBe(false);
  });
});

const report = (year: number) =>
  makeDocx([
    { h: 1, text: `Kwaliteitsverslag ${year}` },
    { h: 2, text: 'Pijler 1 Veiligheid' },
    { p: 'Het veiligheidsbeleid is dit jaar herzien en met alle teams besproken.' },
  ]);

async function analysed(year: number, focusThemes?: number[] | null) {
  const r = await analyseDocx(await report(year), focusThemes === undefined ? {} : { focusThemes });
  if (!r.ok) throw new Error(r.error.en);
  return r.value;
}
const required = (a: Analysis) =>
  a.checklist.filter((v) => v.level === 'required' && v.id.startsWith('theme-')).map((v) => v.id);

describe('the focus themes in the analysis', () => {
  it('by default are the reporting year’s, required', async () => {
    const a = await analysed(2025);
    expect(a.effectiveYear).toBe(2025);
    expect(a).toMatchObject({ focusThemes: [2, 6, 9], focusSource: 'year' });
    expect(required(a)).toEqual(['theme-2', 'theme-6', 'theme-9']);
    expect((await analysed(2026, null)).focusThemes).toEqual([4, 7]);
  });

  it('[] means none; a list wins over the year', async () => {
    const none = await analysed(2025, []);
    expect(none).toMatchObject({ focusThemes: [], focusSource: 'none' });
    expect(required(none)).toEqual([]);
    const chosen = await analysed(2025, [7, 2, 7]);
    expect(chosen).toMatchObject({ focusThemes: [2, 7], focusSource: 'options' });
    expect(required(chosen)).toEqual(['theme-2', 'theme-7']);
  });

  it('a year without themes or outside the schedule gives none, still from the year', async () => {
    expect(await analysed(2028)).toMatchObject({ focusThemes: [], focusSource: 'year' });
    expect(await analysed(2030)).toMatchObject({ focusThemes: [], focusSource: 'year' });
  });

  it('applyCorrections keeps the choice, follows a changed year, and takes new settings', async () => {
    const a = await analysed(2025);
    expect(applyCorrections(a, []).focusThemes).toEqual([2, 6, 9]);
    expect(applyCorrections(a, [], { year: 2024 }).focusThemes).toEqual([3, 5, 12]);
    expect(applyCorrections(a, [], { focusThemes: [] })).toMatchObject({ focusThemes: [], focusSource: 'none' });
    const chosen = await analysed(2025, [7]);
    expect(applyCorrections(chosen, [], { year: 2024 })).toMatchObject({ focusThemes: [7], focusSource: 'options' });
    expect(applyCorrections(chosen, [], { focusThemes: null })).toMatchObject({
      focusThemes: [2, 6, 9],
      focusSource: 'year',
    });
  });

  it('an analysis stored before focusSource still parses, and is shown without a source', async () => {
    const { focusSource: _, ...old } = await analysed(2025, [9]);
    const parsed = Analysis.parse(old);
    expect(parsed.focusSource).toBeUndefined();
    expect(focusLine(parsed, 'nl')).toBe("Focusthema's: 9");
  });
});

describe('the focus themes in the settings', () => {
  const row = (focusThemes: unknown) => Settings.parse({ ...DEFAULT_SETTINGS, focusThemes });

  it('default to the reporting year’s', () => {
    expect(DEFAULT_SETTINGS.focusThemes).toBeNull();
    expect(focusOption(DEFAULT_SETTINGS.focusThemes)).toBeNull();
  });

  it('an old stored row with [] (the untouched default then) reads as the year’s; a list stays a list', () => {
    const old = {
      organisation: 'Stichting X',
      year: 2025,
      focusThemes: [],
      thinWords: 80,
      language: 'nl',
      authorName: 'Anna',
    };
    const parsed = Settings.parse(old);
    expect(parsed).toEqual({ ...old, focusThemes: null, currentDraftId: null });
    expect(Settings.parse({ ...old, focusThemes: [2, 6] }).focusThemes).toEqual([2, 6]);
    const { focusThemes: _, ...without } = old;
    expect(Settings.parse(without).focusThemes).toBeNull();
  });

  it('an old row in the database (no Dexie version change: settings are one unindexed row) reads and saves', async () => {
    const db = new KkfzDb('focus-settings-test');
    await db.open();
    try {
      await db.settings.put({
        key: 'settings',
        value: {
          organisation: 'Stichting X',
          year: null,
          focusThemes: [],
          thinWords: 80,
          language: 'nl',
          authorName: '',
        } as never,
      });
      const read = await readSettings(db);
      expect(read).toMatchObject({ organisation: 'Stichting X', focusThemes: null });
      await saveSettings(db, { ...read, focusThemes: 'none' });
      expect((await readSettings(db)).focusThemes).toBe('none');
      await saveSettings(db, { ...read, focusThemes: [4, 7] });
      expect((await readSettings(db)).focusThemes).toEqual([4, 7]);
    } finally {
      db.close();
      await db.delete();
    }
  });

  it('says none explicitly, and refuses what is no choice', () => {
    expect(row('none').focusThemes).toBe('none');
    expect(focusOption('none')).toEqual([]);
    expect(focusOption([6])).toEqual([6]);
    expect(Settings.safeParse({ ...DEFAULT_SETTINGS, focusThemes: [15] }).success).toBe(false);
    expect(Settings.safeParse({ ...DEFAULT_SETTINGS, focusThemes: 'geen' }).success).toBe(false);
  });
});

describe('the readable line says where the focus themes came from', () => {
  const line = (
    focusSource: Analysis['focusSource'],
    focusThemes: number[],
    effectiveYear: number | null = 2025,
    lang: 'nl' | 'en' = 'nl',
  ) => focusLine({ focusSource, focusThemes, effectiveYear }, lang);
  it('year, option, none, unknown year', () => {
    expect(line('year', [2, 6, 9])).toBe("Focusthema's 2025 (jaarschema DJI): 2, 6, 9");
    expect(line('year', [], 2028)).toBe("Focusthema's 2028 (jaarschema DJI): geen");
    expect(line('year', [], 2030)).toMatch(/^Focusthema's 2030: geen \(niet in het jaarschema/);
    expect(line('year', [], null)).toMatch(/verslagjaar onbekend/);
    expect(line('options', [2, 6])).toBe("Focusthema's (opgegeven met --focus): 2, 6");
    expect(line('none', [])).toBe("Focusthema's: geen (--focus none)");
    expect(line('year', [2, 6, 9], 2025, 'en')).toBe('Focus themes 2025 (DJI schedule): 2, 6, 9');
  });
});

describe('next year’s draft names next year’s themes', () => {
  it('from the same schedule, with their names', () => {
    expect(draftFocus({ year: 2026 })).toEqual(['4 Betrekken cliënt/netwerk', '7 Ervaringsdeskundigheid']);
    expect(draftFocus({ year: 2028 })).toEqual([]);
    expect(draftFocus({ year: 2029 })).toBeNull();
  });

  it('in the .docx intro', async () => {
    const draft = carryDraft();
    expect(draft.year).toBe(2026);
    const r = await importDocx(await exportCarryDocx(draft));
    if (!r.ok) throw new Error(r.error.en);
    expect(r.value.blocks[1]!.text).toMatch(
      /Focusthema’s 2026 \(jaarschema DJI\): 4 Betrekken cliënt\/netwerk, 7 Ervaringsdeskundigheid\.$/,
    );
    const en = await importDocx(await exportCarryDocx(draft, { language: 'en' }));
    if (!en.ok) throw new Error(en.error.en);
    expect(en.value.blocks[1]!.text).toMatch(/Focus themes 2026 \(DJI schedule\): 4 Betrekken/);
  });
});
