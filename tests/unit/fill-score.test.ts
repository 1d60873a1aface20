// The field matcher scored on every fill test page, old and new: each field's item as a careful person would pick
// it, written here (the pages' data-expect say the same), and a table of the results printed per page. Run
// `npx vitest run tests/unit/fill-score.test.ts` to see it. Before issue 12 (form context, non-content fields,
// secondary words) the score was 82 of 100 fields over these pages (59/60 on the first six).
import { describe, expect, it } from 'vitest';
import { collectFields } from '../../lib/fill/collect';
import { matchForm } from '../../lib/fill/form-context';
import { loadPage } from '../support/page-dom';

/** page → field name → item id (null: not report content, or nothing in the framework) */
const EXPECTED: Record<string, Record<string, string | null>> = {
  'plain.html': {
    org_naam: null,
    kvk: null,
    email_correspondentie: null,
    tel_contact: null,
    aantal_clienten: 'omvang',
    fz_omzet: 'financieel',
    uitgangspunten: 'visie',
    doelen_2026: 'vooruitblik',
    toel_4a: 'theme-8',
    toel_4b: 'theme-9',
    status_risicotaxatie: 'theme-3',
    thema_10_clientmetingen: 'theme-10',
    nieuwsbrief: null,
  },
  'react.html': {
    contactpersoon: null,
    telefoon: null,
    soort_aanbieder: null,
    herstel: 'theme-2',
    naasten: 'theme-4',
    bevoegdheid: 'theme-5',
    scholing: 'theme-6',
    ervaringsdeskundigen: 'theme-7',
    mto: 'theme-11',
    terugblik: 'terugblik',
    resultaten_delen: 'pillar-5',
    datum_ondertekening: null,
  },
  'editor.html': {
    opgesteld_door: null,
    datum_versie: null,
    samenvatting_deel1: 'pillar-1',
    pi_resultaten: 'prestatie-indicatoren',
    planning_themas: 'meerjarenplanning',
  },
  'table.html': {
    alg_r1: null,
    alg_r2: null,
    kc_r1_c1: 'omvang',
    kc_r1_c2: 'omvang',
    kc_r2_c1: 'financieel',
    kc_r2_c2: 'financieel',
    ...Object.fromEntries(
      [1, 3, 12, 13, 14].flatMap((t, r) => [`sv_r${r + 1}_toel`, `sv_r${r + 1}_stand`].map((n) => [n, `theme-${t}`])),
    ),
  },
  'aria.html': {
    indiener_naam: null,
    indiener_tel: null,
    kopie_per_mail: null,
    p2_algemeen: 'pillar-2',
    p3_algemeen: 'pillar-3',
    p4_algemeen: 'pillar-4',
    p4_netwerken: 'theme-13',
    reflectie_voornemens: 'terugblik',
  },
  'iframe.html': {
    a_organisatie: null,
    a_kernboodschap: 'visie',
    b_aantal: 'omvang',
    b_omzet: 'financieel',
    b_indicatoren: 'prestatie-indicatoren',
    b_plannen: 'vooruitblik',
  },
  'portal.html': {
    agb: null,
    contact_mail: null,
    peildatum: null,
    n_fz: 'omvang',
    pct_fz: 'omvang',
    pct_omzet: 'financieel',
    mto_cijfer: 'theme-11',
    kernboodschap: 'visie',
    pi_status: 'prestatie-indicatoren',
    speerpunten: 'vooruitblik',
  },
  'contact.html': {
    contactpersoon: null,
    functie: null,
    mail: null,
    organisatie: null,
    toel_medewerkers: 'theme-11',
    toel_clienten: 'theme-10',
    partners: 'theme-12',
    doelen: 'vooruitblik',
    bijlage: null,
    plaats_datum: null,
    ondertekening: null,
  },
  'pillars.html': {
    ...Object.fromEntries([1, 2, 3, 4, 5].flatMap((p) => [`p${p}_stand`, `p${p}_plan`].map((n) => [n, `pillar-${p}`]))),
    t_leren: 'theme-9',
    t_keten: 'theme-12',
    t_overdracht: 'theme-14',
  },
  'questions.html': {
    vraag_1: 'theme-1',
    vraag_2: 'theme-4',
    vraag_3: 'theme-6',
    vraag_4: 'theme-13',
    vraag_5: 'omvang',
    vraag_6: 'vooruitblik',
    vraag_7: null,
  },
};
const OLD_PAGES = ['plain.html', 'react.html', 'editor.html', 'table.html', 'aria.html', 'iframe.html'];

const nameOf = (el: HTMLElement) =>
  el.getAttribute('name') ?? el.closest('[data-name]')?.getAttribute('data-name') ?? '';

describe('field matching on every test page', async () => {
  const pages = await Promise.all(
    Object.keys(EXPECTED).map(async (page) => {
      const fields = collectFields((await loadPage(page)).window.document);
      const matches = matchForm(fields);
      return {
        page,
        rows: fields.map((f, i) => ({
          name: nameOf(f.element),
          expect: EXPECTED[page]![nameOf(f.element)],
          match: matches[i]!,
          element: f.element,
        })),
      };
    }),
  );
  const all = pages.flatMap((p) =>
    p.rows.map((r) => ({ ...r, page: p.page, right: (r.match.target ?? null) === r.expect })),
  );

  it('prints the score per page', () => {
    const lines = pages.map((p) => {
      const right = p.rows.filter((r) => (r.match.target ?? null) === r.expect).length;
      const wrong = p.rows
        .filter((r) => (r.match.target ?? null) !== r.expect)
        .map((r) => `\n    ✗ ${r.name}: ${r.match.target} ≠ ${r.expect} (${r.match.evidence})`);
      return `  ${p.page.padEnd(16)} ${right}/${p.rows.length}${wrong.join('')}`;
    });
    console.log(`fill matching: ${all.filter((x) => x.right).length}/${all.length} fields\n${lines.join('\n')}`);
    // every field of a page is listed here, and the page's own data-expect agrees
    for (const x of all) {
      expect(x.expect, `${x.page} ${x.name} is not in EXPECTED`).not.toBeUndefined();
      expect(x.element.closest('[data-expect]')?.getAttribute('data-expect'), `${x.page} ${x.name}`).toBe(
        x.expect ?? 'none',
      );
    }
  });

  it('puts every content field on the right item and leaves every other field alone', () => {
    expect(
      all
        .filter((x) => !x.right)
        .map((x) => `${x.page} ${x.name}: ${x.match.target} ≠ ${x.expect} (${x.match.evidence})`),
    ).toEqual([]);
  });

  it('keeps the first six pages at least as good as before the form context (59 of 60)', () => {
    const old = all.filter((x) => OLD_PAGES.includes(x.page));
    expect(old.length).toBe(60);
    expect(old.filter((x) => x.right).length).toBeGreaterThanOrEqual(59);
  });

  it('says why for every field, and marks the fields that are no report content', () => {
    for (const x of all) expect(x.match.evidence.length, `${x.page} ${x.name}`).toBeGreaterThan(0);
    const nonContent = all.filter((x) => x.match.nonContent).map((x) => `${x.page} ${x.name}`);
    for (const name of [
      'contact.html contactpersoon',
      'contact.html functie',
      'contact.html mail',
      'contact.html organisatie',
      'contact.html bijlage',
      'contact.html ondertekening',
      'portal.html agb',
      'portal.html contact_mail',
      'portal.html peildatum',
    ])
      expect(nonContent).toContain(name);
    expect(all.find((x) => x.page === 'contact.html' && x.name === 'contactpersoon')!.match.evidence).toMatch(
      /eigen gegevens/,
    );
  });
});
