import { describe, expect, it } from 'vitest';
import { compileTerms, tokenize } from '../../lib/text/terms';
import { stem } from '../../lib/text/stem';
import { fold } from '../../lib/text/normalize';

const find = (terms: string[], text: string) =>
  compileTerms(terms.map((t) => [t, t] as [string, string]))
    .find(fold(text))
    .map((h) => [h.phrase, h.entries[0]]);

describe('stem (Snowball Dutch)', () => {
  it('meets the forms of one word', () => {
    expect(stem('metingen')).toBe(stem('meting'));
    expect(stem('samenwerking')).toBe(stem('samenwerken'));
    expect(stem('ketenpartners')).toBe(stem('ketenpartner'));
    expect(stem('medewerkers')).not.toBe(stem('medezeggenschap'));
  });
});

describe('compileTerms', () => {
  it('finds a term in all its forms, but not inside another word', () => {
    expect(find(['meting'], 'De metingen en een meting')).toEqual([
      ['metingen', 'meting'],
      ['meting', 'meting'],
    ]);
    expect(find(['audit'], 'de auditor kwam')).toEqual([]);
  });

  it('a "*head" term finds the compounds built on it', () => {
    expect(find(['*getallen'], 'Kengetallen en kerngetallen, geen getal')).toEqual([
      ['kengetallen', '*getallen'],
      ['kerngetallen', '*getallen'],
    ]);
  });

  it('a phrase also matches written as one word or with a hyphen, and a hyphenated word by its part', () => {
    expect(find(['prestatie indicator'], 'prestatie-indicatoren')).toEqual([
      ['prestatie-indicatoren', 'prestatie indicator'],
    ]);
    expect(find(['risico-inventarisatie'], 'een risico inventarisatie')).toEqual([
      ['risico inventarisatie', 'risico-inventarisatie'],
    ]);
    expect(find(['leerlijn'], 'de FZ-leerlijn')).toEqual([['fz-leerlijn', 'leerlijn']]);
  });

  it('a long one-word term opens compounds ("reclassering" in "reclasseringsorganisaties"), a short one does not', () => {
    expect(find(['reclassering'], 'de reclasseringsorganisaties')).toEqual([
      ['reclasseringsorganisaties', 'reclassering'],
    ]);
    expect(find(['zorg'], 'zorgplannen')).toEqual([]);
  });

  it('the longest term wins where two start at the same word', () => {
    expect(find(['lerend', 'lerend netwerk'], 'een lerend netwerk')).toEqual([['lerend netwerk', 'lerend netwerk']]);
  });

  it('tokenizes long runs in bounded time and words (a crafted run of letters is cut into pieces)', () => {
    const tokens = tokenize('a'.repeat(100_000));
    expect(tokens.length).toBeGreaterThan(1000);
    expect(tokens.every((t) => t.end - t.start <= 60)).toBe(true);
  });
});
