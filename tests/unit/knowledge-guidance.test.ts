// Writing guidance as data: every checklist item has questions, every aspect it names exists.
import { describe, expect, it } from 'vitest';
import { Guidance, guidance, norms, questionsFor } from '../../lib/knowledge/guidance';
import raw from '../../lib/knowledge/guidance.json';
import { checklistItemIds as itemIds, defaultProfile } from '../../lib/knowledge/checklist-profile';
import { themeIds } from '../../lib/knowledge/shape';
import { aspects } from '../../lib/knowledge/aspects';

describe('guidance per checklist item', () => {
  it('has questions for every checklist item id, and for no other id', () => {
    expect(itemIds).toHaveLength(defaultProfile.items.length + themeIds.length);
    expect(Object.keys(guidance).sort()).toEqual([...itemIds].sort());
    for (const id of itemIds) expect(guidance[id]!.questions.length, id).toBeGreaterThan(0);
  });

  it('names only aspects that exist, and every aspect is named by some item', () => {
    const known = new Set(aspects.map((a) => a.id));
    for (const [id, g] of Object.entries(guidance))
      for (const a of g.aspects) expect(known.has(a), `${id}: ${a}`).toBe(true);
    const named = new Set(Object.values(guidance).flatMap((g) => g.aspects));
    for (const a of aspects) expect(named.has(a.id), a.id).toBe(true);
  });

  it('fails loudly on an unknown aspect id or an item without questions', () => {
    const bad = { items: { ...raw.items, 'theme-1': { ...raw.items['theme-1'], aspects: ['9.9.9'] } } };
    expect(() => Guidance.parse(bad)).toThrow(/unknown aspect 9\.9\.9/);
    expect(() =>
      Guidance.parse({ items: { ...raw.items, 'theme-2': { ...raw.items['theme-2'], questions: [] } } }),
    ).toThrow();
    expect(() =>
      Guidance.parse({
        ...raw,
        norms: [{ aspect: '3.9.9', clause: 'a', text: 'Een norm bij een aspect dat niet bestaat.' }],
      }),
    ).toThrow(/unknown aspect 3\.9\.9/);
  });

  it('puts the measurable norms where they belong: 6 weeks / 3 months (3.1.3 b), 24 hours (3.1.4 a)', () => {
    const text = (id: string) => guidance[id]!.questions.join(' ');
    for (const id of ['pillar-1', 'theme-3']) expect(text(id)).toMatch(/zes weken.*drie maanden.*3\.1\.3 b/);
    for (const id of ['pillar-1', 'theme-1']) expect(text(id)).toMatch(/24 uur.*3\.1\.4 a/);
  });

  it('states the measurable norms once more per aspect, for the Schrijfhulp', () => {
    expect(norms.map((n) => `${n.aspect} ${n.clause}`)).toEqual(['3.1.3 b', '3.1.4 a']);
    expect(norms[0]!.text).toMatch(/zes weken.*drie maanden/);
    expect(norms[1]!.text).toMatch(/24 uur/);
  });

  it('asks the questions when an item is missing or thin, none when it is present', () => {
    expect(questionsFor('omvang', 'missing')).toEqual(guidance.omvang!.questions);
    expect(questionsFor('theme-6', 'thin').length).toBeGreaterThan(0);
    expect(questionsFor('theme-6', 'present')).toEqual([]);
  });
});
