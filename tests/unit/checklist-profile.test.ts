// The checklist profile's schema: strict, so a typo in checklist.json fails at load instead of silently
// matching nothing.
import { describe, expect, it } from 'vitest';
import { ChecklistProfile, defaultProfile, headingSource, patternSource } from '../../lib/knowledge/checklist-profile';
import raw from '../../lib/knowledge/checklist.json';

const clone = () => JSON.parse(JSON.stringify(raw)) as { items: Record<string, unknown>[] } & Record<string, unknown>;
const section = (p: ReturnType<typeof clone>, id: string) => p.items.find((i) => i.id === id)!;

describe('ChecklistProfile', () => {
  it('accepts the default profile', () => {
    expect(ChecklistProfile.safeParse(raw).success).toBe(true);
    expect(defaultProfile.items.find((i) => i.id === 'vooruitblik')).toMatchObject({ patternsInHeadings: true });
  });

  it('rejects unknown keys, a pattern that is no regular expression, a pattern with capitals and an unknown placeholder', () => {
    const typo = clone();
    section(typo, 'vooruitblik').exlude = ['x'];
    expect(ChecklistProfile.safeParse(typo).success).toBe(false);

    const broken = clone();
    (section(broken, 'vooruitblik').patterns as string[]).push('\\bin {next}(');
    expect(ChecklistProfile.safeParse(broken).success).toBe(false);

    const capitals = clone();
    (section(capitals, 'terugblik').patterns as string[]).push('Doel behaald');
    expect(ChecklistProfile.safeParse(capitals).success).toBe(false);

    const placeholder = clone();
    (section(placeholder, 'vooruitblik').headings as string[]).push('doelen {jaar}');
    expect(ChecklistProfile.safeParse(placeholder).success).toBe(false);

    const badExclude = clone();
    section(badExclude, 'vooruitblik').exclude = ['[unclosed'];
    expect(ChecklistProfile.safeParse(badExclude).success).toBe(false);

    const badFlag = clone();
    section(badFlag, 'vooruitblik').patternsInHeadings = 'yes';
    expect(ChecklistProfile.safeParse(badFlag).success).toBe(false);

    const twice = clone();
    twice.items.push({ ...section(twice, 'visie') });
    expect(ChecklistProfile.safeParse(twice).success).toBe(false);
  });

  it('fills {year} and {next} into headings (literal text) and patterns', () => {
    expect(new RegExp(headingSource('doelen en plannen {next}', 2025), 'u').test('doelen en plannen 2026')).toBe(true);
    expect(new RegExp(headingSource('doelen en plannen {next}', 2025), 'u').test('doelen en plannen 2025')).toBe(false);
    expect(new RegExp(headingSource('plannen voor {next}', null), 'u').test('plannen voor 2031')).toBe(true);
    expect(new RegExp(headingSource('doel:', 2025), 'u').test('doel: x')).toBe(true);
    expect(new RegExp(headingSource('doel.', 2025), 'u').test('doelx')).toBe(false);
    expect(patternSource('\\bin {next}\\b[^.]{0,80}', 2025)).toBe('\\bin 2026\\b[^.]{0,80}');
    expect(patternSource('{year}/{next}', null)).toBe('20\\d\\d/20\\d\\d');
  });
});
