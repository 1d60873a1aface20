import { describe, expect, it } from 'vitest';
import { plural, pluralForm } from '../../lib/text/plural';
import { STRINGS } from '../../components/i18n';

const blok = { one: 'blok', other: 'blokken' };
const block = { one: 'block', other: 'blocks' };

describe('plural', () => {
  it('gives the singular for exactly one and the plural for 0, 2, many and fractions, in both languages', () => {
    expect([0, 1, 2, 21, 1.5].map((n) => plural('nl', n, blok))).toEqual([
      '0 blokken',
      '1 blok',
      '2 blokken',
      '21 blokken',
      '1.5 blokken',
    ]);
    expect([0, 1, 2, 21].map((n) => plural('en', n, block))).toEqual(['0 blocks', '1 block', '2 blocks', '21 blocks']);
    expect(pluralForm('nl', 1, blok)).toBe('blok');
  });

  it('puts the number where # stands', () => {
    const forms = { one: '# verplicht onderdeel ontbreekt', other: '# verplichte onderdelen ontbreken' };
    expect(plural('nl', 1, forms)).toBe('1 verplicht onderdeel ontbreekt');
    expect(plural('nl', 4, forms)).toBe('4 verplichte onderdelen ontbreken');
  });
});

describe('counts in the UI strings', () => {
  const { nl, en } = STRINGS;
  it('never say "1 blokken", "1 versies" or "1 notities"', () => {
    expect(nl.overview.blocks(1)).toBe('1 blok');
    expect(nl.overview.blocks(2)).toBe('2 blokken');
    expect(nl.overview.words(1)).toBe('1 woord');
    expect(en.overview.words(1)).toBe('1 word');
    expect(nl.library.versions(1)).toBe('1 versie');
    expect(nl.library.versions(3)).toBe('3 versies');
    expect(en.library.versions(1)).toBe('1 version');
    expect(nl.notes.openCount(1)).toBe('1 open notitie');
    expect(en.notes.count(2)).toBe('2 notes');
    expect(nl.overview.requiredOpen(1)).toBe('1 verplicht onderdeel ontbreekt of is dun');
    expect(nl.overview.requiredOpen(2)).toBe('2 verplichte onderdelen ontbreken of zijn dun');
    expect(en.overview.requiredOpen(1)).toBe('1 required item is missing or thin');
    expect(nl.fill.proposal(1)).toBe('Voorgestelde tekst (1 teken)');
    expect(en.fill.filled(2, 1)).toBe('2 fields filled; 1 not, because it held text by then.');
    expect(nl.carry.moreReasons(1)).toBe('nog 1 reden');
  });
});

describe('one way to count', () => {
  it('no hand-made singular/plural choice is left in the UI strings, the CLI table or the import messages', async () => {
    const { readFileSync } = await import('node:fs');
    for (const file of ['components/i18n.ts', 'cli/format.ts', 'lib/docx/import.ts', 'lib/checklist/evaluate.ts']) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/=== 1 \?/);
    }
  });
});
