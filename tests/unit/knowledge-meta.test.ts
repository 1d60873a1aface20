// The knowledge data as a whole: every id resolves, every entry is used, every kind of mistake fails at load with
// its place, and the framework's shape follows its data — a 15th theme in kkfz.json is a 15th theme everywhere.
import { describe, expect, it } from 'vitest';
import kkfzRaw from '../../lib/knowledge/kkfz.json';
import checklistRaw from '../../lib/knowledge/checklist.json';
import fillRaw from '../../lib/knowledge/fill.json';
import guidanceRaw from '../../lib/knowledge/guidance.json';
import { Framework, framework } from '../../lib/knowledge/framework';
import { pillarIds, shape, shapeOf, themeIds, themeItemId, pillarItemId, ThemeNumber } from '../../lib/knowledge/shape';
import { ChecklistProfile, checklistItemIds, defaultProfile } from '../../lib/knowledge/checklist-profile';
import { Guidance, guidance, norms } from '../../lib/knowledge/guidance';
import { aspects } from '../../lib/knowledge/aspects';
import { focusSchedule } from '../../lib/knowledge/focus';
import { FillTerms, fillTerms } from '../../lib/knowledge/fill-terms';
import { evaluateChecklist } from '../../lib/checklist/evaluate';
import { readSignals } from '../../lib/classify/signals';
import { readHeadingTopic } from '../../lib/classify/heading-topic';
import { parseFocus, UsageError } from '../../cli/common';

type Json = Record<string, unknown>;
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const issues = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => i.message);

/** the theme an update of the framework would add: 15 today */
const next = themeIds.length + 1;
/** kkfz.json with that theme under pillar 4 */
function withNextTheme() {
  const raw = copy(kkfzRaw) as unknown as { themes: Json[] } & Json;
  raw.themes.push({
    id: next,
    pillar: 4,
    name: 'Proefthema van de toekomst',
    aliases: ['proefthema van de toekomst'],
    terms: [['proefthematraject', 3]],
  });
  return raw;
}

describe('every id in the knowledge data resolves', () => {
  it('checklist items: unique ids, one item per pillar under its own id, and one per theme', () => {
    expect(new Set(checklistItemIds).size).toBe(checklistItemIds.length);
    const pillarItems = defaultProfile.items.filter((i) => i.kind === 'pillar');
    expect(pillarItems.map((i) => i.pillar)).toEqual(pillarIds);
    for (const item of pillarItems) expect(item.id).toBe(pillarItemId(item.pillar));
    expect(checklistItemIds.filter(shape.isThemeItem)).toEqual(themeIds.map(themeItemId));
    // the checklist a report gets has exactly these items
    const verdicts = evaluateChecklist([], [], { focusThemes: [], year: null });
    expect(verdicts.map((v) => v.id).sort()).toEqual([...checklistItemIds].sort());
  });

  it('guidance: every checklist item has questions, every guidance entry is an item, every aspect and norm exists', () => {
    expect(Object.keys(guidance).sort()).toEqual([...checklistItemIds].sort());
    const known = new Set(aspects.map((a) => a.id));
    for (const [id, g] of Object.entries(guidance))
      for (const a of g.aspects) expect(known.has(a), `${id}: ${a}`).toBe(true);
    for (const n of norms) expect(known.has(n.aspect), n.aspect).toBe(true);
  });

  it('themes and pillars named anywhere (aspects, focus schedule, checklist, forms) exist', () => {
    for (const a of aspects) {
      expect(pillarIds, a.id).toContain(a.pillar);
      for (const t of a.themes) expect(themeIds, a.id).toContain(t);
    }
    for (const themes of Object.values(focusSchedule.years)) for (const t of themes) expect(themeIds).toContain(t);
    for (const t of framework.themes) expect(pillarIds).toContain(t.pillar);
    const items = new Set(checklistItemIds);
    for (const id of [
      ...Object.keys(fillTerms.items),
      ...Object.keys(fillTerms.acts),
      ...fillTerms.pairs.map((p) => p.item),
    ])
      expect(items.has(id), id).toBe(true);
  });
});

describe('every knowledge entry is used', () => {
  it('every theme and pillar has words of its own and a name the mapping finds', () => {
    for (const x of [...framework.pillars, ...framework.themes]) expect(x.terms.length, x.name).toBeGreaterThan(0);
    for (const t of framework.themes)
      expect(readHeadingTopic(`Thema ${t.id}: ${t.name}`)).toMatchObject({ themes: [t.id] });
  });

  it('every aspect is covered by some checklist item, every form measure by some pair', () => {
    const named = new Set(Object.values(guidance).flatMap((g) => g.aspects));
    for (const a of aspects) expect(named.has(a.id), a.id).toBe(true);
    const measures = new Set(fillTerms.pairs.map((p) => p.measure));
    for (const m of Object.keys(fillTerms.measures)) expect(measures.has(m), m).toBe(true);
  });

  it('every theme survey in kkfz.json finds what it is written for', () => {
    expect(readSignals('De bewonerstevredenheid is gemeten.').themes.has(10)).toBe(true);
    expect(readSignals('De tevredenheid van de medewerkers steeg.').themes.has(11)).toBe(true);
    const surveyed = framework.themes.filter((t) => t.surveys?.length).map((t) => t.id);
    expect(surveyed).toEqual([10, 11]);
  });
});

describe('a mistake in the knowledge data fails at load, saying where', () => {
  const profile = () => copy(checklistRaw) as unknown as { items: Json[] } & Json;
  const section = {
    kind: 'section',
    level: 'required',
    label: 'Iets',
    substance: 'words',
    headings: ['iets'],
    patterns: [],
  };

  it('the framework: ids out of order, a theme under a pillar that does not exist, a broken survey, an unknown key', () => {
    const gap = withNextTheme();
    (gap.themes.at(-1) as Json).id = next + 1;
    expect(issues(Framework.safeParse(gap)).join()).toContain(`thema ${next + 1} staat op plaats ${next}`);
    const orphan = withNextTheme();
    (orphan.themes.at(-1) as Json).pillar = pillarIds.length + 1;
    expect(issues(Framework.safeParse(orphan)).join()).toContain(
      `thema ${next} hoort bij pijler ${pillarIds.length + 1}, die er niet is`,
    );
    const survey = withNextTheme();
    (survey.themes.at(-1) as Json).surveys = ['(?:proef'];
    expect(issues(Framework.safeParse(survey)).join()).toMatch(/reguliere expressie/);
    const typo = withNextTheme();
    (typo.themes.at(-1) as Json).alias = [];
    expect(Framework.safeParse(typo).success).toBe(false);
  });

  it('a checklist item in the form of a theme’s or pillar’s id, or for a pillar the framework lacks', () => {
    for (const id of ['theme-3', themeItemId(next), 'pillar-9']) {
      const p = profile();
      p.items.push({ ...section, id });
      expect(issues(ChecklistProfile.safeParse(p)).join(), id).toMatch(/van de thema’s en pijlers zelf/);
    }
    const sixth = profile();
    sixth.items.push({
      id: pillarItemId(pillarIds.length + 1),
      kind: 'pillar',
      pillar: pillarIds.length + 1,
      level: 'required',
      label: 'Pijler zoveel',
    });
    expect(issues(ChecklistProfile.safeParse(sixth)).join()).toMatch(/geen pijler van het kader/);
    const misnamed = profile();
    misnamed.items[0]!.id = 'pijler-een';
    expect(issues(ChecklistProfile.safeParse(misnamed)).join()).toMatch(
      /het id van een pijler is “pillar-”.*pijler 1 heeft geen item/,
    );
  });

  it('a section item without what its kind needs: nothing to find it by, figures without their pattern or the other way round', () => {
    const never = profile();
    never.items.push({ ...section, id: 'nooit', headings: [] });
    expect(issues(ChecklistProfile.safeParse(never)).join()).toMatch(/nooit gevonden/);
    const figures = profile();
    figures.items.push({ ...section, id: 'cijfers', substance: 'figures' });
    expect(issues(ChecklistProfile.safeParse(figures)).join()).toMatch(/'figures' hoort bij substance 'figures'/);
    const stray = profile();
    stray.items.push({ ...section, id: 'los', figures: '\\d' });
    expect(ChecklistProfile.safeParse(stray).success).toBe(false);
    const label = profile();
    (label.themeItem as Json).label = 'Thema: {name}';
    expect(issues(ChecklistProfile.safeParse(label)).join()).toMatch(/\{n\}/);
  });

  it('guidance or form words for an item the checklist does not have, and an item without guidance', () => {
    const extra = {
      ...guidanceRaw,
      items: { ...guidanceRaw.items, [themeItemId(next)]: guidanceRaw.items['theme-14'] },
    };
    expect(issues(Guidance.safeParse(extra)).join()).toContain(`guidance ${themeItemId(next)}: no such checklist item`);
    const { visie: _, ...without } = guidanceRaw.items;
    expect(issues(Guidance.safeParse({ ...guidanceRaw, items: without })).join()).toMatch(
      /checklist item visie: no guidance/,
    );
    const fill = copy(fillRaw) as unknown as { pairs: Json[] } & Json;
    fill.pairs[0]!.item = themeItemId(next);
    expect(issues(FillTerms.safeParse(fill)).join()).toMatch(/geen item van de checklist/);
    const words = copy(fillRaw) as unknown as { items: Json } & Json;
    words.items[themeItemId(next)] = ['nazorg'];
    expect(FillTerms.safeParse(words).success).toBe(false);
  });

  it('stored data and other knowledge name only themes that exist', () => {
    expect(ThemeNumber.safeParse(next - 1).success).toBe(true);
    expect(ThemeNumber.safeParse(next).success).toBe(false);
  });
});

describe('the shape follows the data: another theme needs no change in the code', () => {
  const grown = shapeOf(Framework.parse(withNextTheme()));

  it('ids, item ids and the range for --focus', () => {
    expect(grown.themeIds).toEqual([...themeIds, next]);
    expect(grown.themeOfItem(themeItemId(next))).toBe(next);
    expect(grown.isThemeItem(themeItemId(next))).toBe(true);
    expect(shape.themeOfItem(themeItemId(next))).toBeNull();
    expect(grown.themeRange).toBe(`1-${next}`);
    expect(parseFocus(`2,${next}`, grown)).toEqual([2, next]);
    expect(() => parseFocus(`2,${next}`, shape)).toThrow(UsageError);
    expect(() => parseFocus(String(next), shape)).toThrow(`thema-nummers 1-${next - 1},`);
  });

  it('"Thema 15" is theme 15 (not theme 1), by number and by name; "Thema 16" is none (with 15 themes)', () => {
    const number = new RegExp(`\\b${grown.numbered('theme')}\\b`);
    expect(number.exec(`thema ${next}: proefthema`)?.[1]).toBe(String(next));
    expect(number.exec(`thema ${next + 1}`)).toBeNull();
    expect(new RegExp(`\\b${shape.numbered('theme')}\\b`).exec(`thema ${next}`)).toBeNull();
    expect(grown.themeNameMatcher.find('het proefthema van de toekomst').map((h) => h.entries[0])).toEqual([next]);
    expect(grown.pillarIds).toEqual(pillarIds);
  });

  it('the old pattern written out for 14 themes (1[0-4]|[1-9]) and the derived one agree on every number up to 99', () => {
    const fourteen = shapeOf({
      pillars: framework.pillars,
      themes: Array.from({ length: 14 }, (_, k) => ({ ...framework.themes[0]!, id: k + 1 })),
    });
    const derived = new RegExp(`\\b${fourteen.numbered('theme')}\\b`);
    for (let n = 0; n < 100; n++)
      expect(derived.exec(`thema ${n}`)?.[1], String(n)).toBe(/\bthema\s{0,3}(1[0-4]|[1-9])\b/.exec(`thema ${n}`)?.[1]);
  });
});
