// A hand-made CarryDraft (2025 → 2026) for the export tests: a few items per pillar in KKFZ order, the report's own
// headings, a nested list, tables with figures, flags of every reason (overlapping, touching, duplicated), an
// update without flags, dropped items, a pillar with no items (5) and a theme whose only item is dropped (14).
import { CarryDraft, type CarryItem, type StaleFlag, type StaleReason } from '../../lib/schema';
import type { Localised } from '../../lib/text/localised';

export const NOTES: Record<StaleReason, Localised> = {
  'current-year': {
    nl: 'Beschrijft 2025 als het huidige jaar; werk bij naar 2026.',
    en: 'Describes 2025 as the current year; update to 2026.',
  },
  goal: { nl: 'Doel voor 2025: beschrijf het resultaat.', en: 'Goal for 2025: describe the result.' },
  figures: {
    nl: 'Cijfers over 2025: vervang door die over 2026.',
    en: 'Figures for 2025: replace with those for 2026.',
  },
  'status-table': { nl: 'Statustabel: voeg een kolom voor 2026 toe.', en: 'Status table: add a column for 2026.' },
};

/** A flag on the first occurrence of `quote` in `text`. */
function flag(text: string, quote: string, reason: StaleReason): StaleFlag {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" not in "${text}"`);
  return { reason, start, end: start + quote.length, evidence: quote, ...NOTES[reason] };
}

type Spec = Pick<CarryItem, 'kind' | 'text' | 'pillar' | 'theme'> &
  Partial<Omit<CarryItem, 'flags'>> & { flags?: [quote: string, reason: StaleReason][] };

function items(specs: Spec[]): CarryItem[] {
  return specs.map(({ flags = [], ...s }, i) => ({
    blockId: `b${i}`,
    i,
    themes: s.theme === null ? [] : [s.theme],
    state: flags.length ? 'update' : 'keep',
    ...s,
    flags: flags.map(([quote, reason]) => flag(s.text, quote, reason)),
  }));
}

export const KENGETALLEN = [
  ['Kengetal', '2024', '2025'],
  ['Incidenten', '131', '118'],
  ['Separaties', '12', '9'],
];
export const STATUS = [
  ['Kwaliteitsaspect', '2024', '2025'],
  ['Opleidingsplan', 'gereed', 'gereed'],
  ['E-learning forensische zorg', '', 'in werking'],
];
/** rows whose text was edited after import, so the flag's offsets no longer point into the cells */
export const EDITED = [
  ['Medewerkerstevredenheid', '7,4'],
  ['Respons', ''],
];
export const EDITED_TEXT = 'Medewerkerstevredenheid: 7,4 (respons 61%)';

export function carryDraft(): CarryDraft {
  const now = '2026-01-12T09:30:00+01:00';
  return CarryDraft.parse({
    id: 'carry-1',
    reportId: 'report-2025',
    sourceDraftId: 'draft-2025',
    organisation: 'Stichting De Kustlijn',
    fromYear: 2025,
    year: 2026,
    title: 'Kwaliteitsverslag 2026',
    createdAt: now,
    updatedAt: now,
    items: items([
      { kind: 'heading', level: 1, text: 'Voorwoord', pillar: 0, theme: null },
      {
        kind: 'paragraph',
        text: 'In 2025 is Stichting De Kustlijn gegroeid naar 240 cliënten op drie locaties.',
        pillar: 0,
        theme: null,
        flags: [
          ['In 2025', 'current-year'],
          ['240 cliënten', 'figures'],
        ],
      },
      {
        kind: 'paragraph',
        text: 'Dit jaar nemen wij afscheid van onze bestuurder, mevrouw Jansen.',
        pillar: 0,
        theme: null,
        state: 'drop',
      },

      {
        kind: 'paragraph',
        text: 'Veiligheid van cliënten, medewerkers en samenleving staat bij ons voorop.',
        pillar: 1,
        theme: null,
      },
      { kind: 'heading', level: 2, text: 'Veiligheidsmanagement', pillar: 1, theme: 1 },
      {
        kind: 'paragraph',
        text: 'Momenteel loopt het project Veilig Samen. Doel voor 2025 is een daling van 15% van het aantal incidenten.',
        pillar: 1,
        theme: 1,
        flags: [
          ['Momenteel loopt het project Veilig Samen', 'current-year'],
          ['Doel voor 2025 is een daling van 15%', 'goal'],
          ['15% van het aantal incidenten', 'figures'],
        ],
      },
      { kind: 'list-item', depth: 0, text: 'Maandelijkse veiligheidsrondes op alle afdelingen', pillar: 1, theme: 1 },
      { kind: 'list-item', depth: 1, text: 'Rapportage aan de Raad van Bestuur', pillar: 1, theme: 1 },
      {
        kind: 'list-item',
        depth: 1,
        text: 'Aantal meldingen: 128 in 2025',
        pillar: 1,
        theme: 1,
        // touching ranges, and the same reason twice
        flags: [
          ['meldingen: 128', 'figures'],
          ['128', 'figures'],
          [' in 2025', 'current-year'],
        ],
      },
      {
        kind: 'list-item',
        depth: 0,
        text: 'Jaarlijkse training agressiehantering voor alle medewerkers',
        pillar: 1,
        theme: 1,
      },
      {
        kind: 'paragraph',
        text: 'Alle cliënten hebben een actuele risicotaxatie met de HKT-R.',
        pillar: 1,
        theme: 3,
        state: 'update',
      },
      {
        kind: 'table',
        text: 'Kengetal | 2024 | 2025 / Incidenten | 131 | 118 / Separaties | 12 | 9',
        rows: KENGETALLEN,
        pillar: 1,
        theme: 3,
        flags: [
          ['2024 | 2025', 'status-table'],
          ['118', 'figures'],
          ['9', 'figures'],
        ],
      },

      { kind: 'heading', level: 1, text: 'Forensisch vakmanschap', pillar: 2, theme: null },
      {
        kind: 'paragraph',
        text: 'In 2025 had 92% van de behandelaren een geldige BIG-registratie.',
        pillar: 2,
        theme: 5,
        flags: [
          ['In 2025', 'current-year'],
          ['92%', 'figures'],
        ],
      },
      {
        kind: 'paragraph',
        text: 'Het opleidingsplan wordt elk jaar met de ondernemingsraad vastgesteld.',
        pillar: 2,
        theme: 6,
      },
      {
        kind: 'table',
        text: 'Kwaliteitsaspect | 2024 | 2025 / Opleidingsplan | gereed | gereed / E-learning forensische zorg | | in werking',
        rows: STATUS,
        pillar: 2,
        theme: 6,
        flags: [
          ['2024 | 2025', 'status-table'],
          ['in werking', 'status-table'],
        ],
      },
      { kind: 'list-item', depth: 0, text: 'Twee ervaringsdeskundigen zijn in vaste dienst.', pillar: 2, theme: 7 },
      {
        kind: 'list-item',
        depth: 0,
        text: 'Doel voor 2025: een derde ervaringsdeskundige werven.',
        pillar: 2,
        theme: 7,
        flags: [['Doel voor 2025: een derde ervaringsdeskundige werven.', 'goal']],
      },

      {
        kind: 'paragraph',
        text: 'Ons kwaliteitsmanagementsysteem is gecertificeerd volgens ISO 9001.',
        pillar: 3,
        theme: 8,
      },
      {
        kind: 'paragraph',
        text: 'De cliënttevredenheid kwam in 2025 uit op een 7,8.',
        pillar: 3,
        theme: 10,
        flags: [
          ['in 2025', 'current-year'],
          ['7,8', 'figures'],
        ],
      },
      { kind: 'table', text: EDITED_TEXT, rows: EDITED, pillar: 3, theme: 11, flags: [['7,4', 'figures']] },

      { kind: 'table', text: 'Ketenpartners: reclassering, politie en gemeente', pillar: 4, theme: null },
      {
        kind: 'paragraph',
        text: 'Wij werken samen met de reclassering en de politie in het Veiligheidshuis.',
        pillar: 4,
        theme: 12,
      },
      {
        kind: 'paragraph',
        text: 'Warme overdracht bij uitstroom wordt in 2026 ingevoerd.',
        pillar: 4,
        theme: 14,
        state: 'drop',
      },
    ]),
  });
}
