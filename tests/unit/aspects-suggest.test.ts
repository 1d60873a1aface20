// A report's own status words as a suggested state: the usual words, free text, any case and accents; words
// that name no state (or two) give none.
import { describe, expect, it } from 'vitest';
import { suggestState } from '../../lib/aspects/suggest';

const cases = (state: ReturnType<typeof suggestState>, words: string[]) =>
  it(`${state ?? 'none'}: ${words.join(' · ')}`, () => {
    for (const w of words) expect(suggestState(w), w).toBe(state);
  });

describe('suggestState', () => {
  cases('gereed', [
    'Gereed',
    'GEREED',
    'gereed.',
    'Afgerond',
    'gerealiseerd in 2024',
    'Ja',
    'voldaan',
    'Geïmplementeerd',
    'geborgd',
    'Klaar',
    'Voltooid',
    'Done',
    'Implemented',
    'Gereed, evaluatie loopt in 2026',
  ]);
  cases('in-werking', [
    'In werking',
    'in  werking',
    'In-werking',
    'In ontwikkeling',
    'loopt',
    'Loopt nog, zie paragraaf 4',
    'lopend',
    'doorlopend',
    'In uitvoering',
    'Gedeeltelijk',
    'deels gerealiseerd',
    'grotendeels gereed',
    'gestart',
    'Opgestart in 2025',
    'in progress',
    'niet volledig geïmplementeerd',
    'In voorbereiding',
  ]);
  cases('niet-gestart', [
    'Niet gestart',
    'niet-gestart',
    'NIET GESTART',
    'Nog niet',
    'nog niet gestart',
    'Gepland',
    'gepland voor 2026',
    'Not started',
    'niet begonnen',
  ]);
  // no state: not applicable, a negated completion (not started, or started and not done?), unknown words
  cases(null, [
    'n.v.t.',
    'N.V.T',
    'nvt',
    'niet van toepassing',
    'n/a',
    'Niet gereed',
    'nog niet afgerond',
    'niet gerealiseerd',
    'Not yet done',
    '',
    '  ',
    '2024',
    'zie hoofdstuk 3',
    'nee',
    'open',
    'x',
  ]);

  it('reads whole words only: “ja” is not in “jaarlijks”, “klaar” not in “klaarzetten”', () => {
    expect(suggestState('jaarlijks')).toBeNull();
    expect(suggestState('klaarzetten')).toBeNull();
    expect(suggestState('jaarlijks geborgd')).toBe('gereed');
  });
});
