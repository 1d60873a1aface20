// Smoke test of the form-filling test pages in tests/pages/ (not of the extension): every page loads offline
// without errors, holds exactly the fields listed below with the data-expect a careful human would give them,
// reports prefilled values in __pageState(), and notices keyboard input in its OWN state (React state, Quill text,
// the inner iframe's fields). If a fill test fails, this file tells whether the page or the product is at fault.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { servePages } from '../pages/serve.mjs';

const ITEM_IDS = new Set([
  ...[1, 2, 3, 4, 5].map((n) => `pillar-${n}`),
  ...Array.from({ length: 14 }, (_, i) => `theme-${i + 1}`),
  'omvang',
  'financieel',
  'vooruitblik',
  'visie',
  'prestatie-indicatoren',
  'meerjarenplanning',
  'terugblik',
  'none',
]);

/** Per page: every fillable field (name → data-expect) and the prefilled ones (name → value). */
const PAGES = {
  'plain.html': {
    fields: {
      org_naam: 'none',
      kvk: 'none',
      email_correspondentie: 'none',
      tel_contact: 'none',
      aantal_clienten: 'omvang',
      fz_omzet: 'financieel',
      uitgangspunten: 'visie',
      doelen_2026: 'vooruitblik',
      toel_4a: 'theme-8',
      toel_4b: 'theme-9',
      status_risicotaxatie: 'theme-3',
      thema_10_clientmetingen: 'theme-10',
      nieuwsbrief: 'none',
    },
    prefilled: {
      uitgangspunten:
        'Wij bieden forensische zorg vanuit de overtuiging dat veiligheid en herstel samengaan: iedere cliënt krijgt een behandeling die recidive voorkomt en perspectief biedt op een zelfstandig leven in de samenleving.',
    },
  },
  'react.html': {
    react: true,
    fields: {
      contactpersoon: 'none',
      telefoon: 'none',
      soort_aanbieder: 'none',
      herstel: 'theme-2',
      naasten: 'theme-4',
      bevoegdheid: 'theme-5',
      scholing: 'theme-6',
      ervaringsdeskundigen: 'theme-7',
      mto: 'theme-11',
      terugblik: 'terugblik',
      resultaten_delen: 'pillar-5',
      datum_ondertekening: 'none',
    },
    prefilled: {
      contactpersoon: 'drs. M. (Marieke) de Vries',
      bevoegdheid:
        'Alle regiebehandelaren zijn BIG-geregistreerd; nieuwe medewerkers volgen binnen zes maanden de basistraining forensisch werken en werken het eerste jaar onder supervisie.',
    },
  },
  'editor.html': {
    fields: {
      opgesteld_door: 'none',
      datum_versie: 'none',
      samenvatting_deel1: 'pillar-1',
      pi_resultaten: 'prestatie-indicatoren',
      planning_themas: 'meerjarenplanning',
    },
    prefilled: {
      planning_themas:
        '2022–2023: veiligheidsmanagement en risicotaxatie.\n2024–2025: ervaringsdeskundigheid en cliëntmetingen.',
    },
  },
  'table.html': {
    fields: {
      alg_r1: 'none',
      alg_r2: 'none',
      kc_r1_c1: 'omvang',
      kc_r1_c2: 'omvang',
      kc_r2_c1: 'financieel',
      kc_r2_c2: 'financieel',
      sv_r1_toel: 'theme-1',
      sv_r1_stand: 'theme-1',
      sv_r2_toel: 'theme-3',
      sv_r2_stand: 'theme-3',
      sv_r3_toel: 'theme-12',
      sv_r3_stand: 'theme-12',
      sv_r4_toel: 'theme-13',
      sv_r4_stand: 'theme-13',
      sv_r5_toel: 'theme-14',
      sv_r5_stand: 'theme-14',
    },
    prefilled: {},
  },
  'aria.html': {
    fields: {
      indiener_naam: 'none',
      indiener_tel: 'none',
      kopie_per_mail: 'none',
      p2_algemeen: 'pillar-2',
      p3_algemeen: 'pillar-3',
      p4_algemeen: 'pillar-4',
      p4_netwerken: 'theme-13',
      reflectie_voornemens: 'terugblik',
    },
    prefilled: {},
  },
  'iframe.html': {
    fields: {
      a_organisatie: 'none',
      a_kernboodschap: 'visie',
      b_aantal: 'omvang',
      b_omzet: 'financieel',
      b_indicatoren: 'prestatie-indicatoren',
      b_plannen: 'vooruitblik',
    },
    inner: ['b_aantal', 'b_omzet', 'b_indicatoren', 'b_plannen'],
    prefilled: { b_aantal: '412 cliënten (38% van het totaal)' },
  },
  'portal.html': {
    fields: {
      agb: 'none',
      contact_mail: 'none',
      peildatum: 'none',
      n_fz: 'omvang',
      pct_fz: 'omvang',
      pct_omzet: 'financieel',
      mto_cijfer: 'theme-11',
      kernboodschap: 'visie',
      pi_status: 'prestatie-indicatoren',
      speerpunten: 'vooruitblik',
    },
    prefilled: {},
  },
  'contact.html': {
    fields: {
      contactpersoon: 'none',
      functie: 'none',
      mail: 'none',
      organisatie: 'none',
      toel_medewerkers: 'theme-11',
      toel_clienten: 'theme-10',
      partners: 'theme-12',
      doelen: 'vooruitblik',
      bijlage: 'none',
      plaats_datum: 'none',
      ondertekening: 'none',
    },
    prefilled: {},
  },
  'pillars.html': {
    fields: {
      p1_stand: 'pillar-1',
      p1_plan: 'pillar-1',
      p2_stand: 'pillar-2',
      p2_plan: 'pillar-2',
      p3_stand: 'pillar-3',
      p3_plan: 'pillar-3',
      p4_stand: 'pillar-4',
      p4_plan: 'pillar-4',
      p5_stand: 'pillar-5',
      p5_plan: 'pillar-5',
      t_leren: 'theme-9',
      t_keten: 'theme-12',
      t_overdracht: 'theme-14',
    },
    prefilled: {},
  },
  'questions.html': {
    fields: {
      vraag_1: 'theme-1',
      vraag_2: 'theme-4',
      vraag_3: 'theme-6',
      vraag_4: 'theme-13',
      vraag_5: 'omvang',
      vraag_6: 'vooruitblik',
      vraag_7: 'none',
    },
    prefilled: {},
  },
};

/** Quill's snow theme puts a hidden link-tooltip <input> inside every editor container; editor.js names it so. */
const QUILL_TOOLTIP = /__ql_tooltip_\d+$/;

/** In the page: every fillable element of this document with its name, data-expect and kind. */
function collectFields() {
  const sel =
    'input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=reset]), textarea, select, [contenteditable]:not([contenteditable=false])';
  return [...document.querySelectorAll(sel)].map((el) => {
    const editable = el.isContentEditable && !('value' in el);
    return {
      name: editable ? (el.closest('[data-name]')?.dataset.name ?? null) : el.getAttribute('name'),
      expect: el.closest('[data-expect]')?.dataset.expect ?? null,
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute('type') ?? '',
      maxLength: editable ? -1 : (el.maxLength ?? -1),
      editable,
      prefilled: (editable ? el.closest('[data-name]') : el).hasAttribute('data-prefilled'),
    };
  });
}

let browser;
let context;
let server;
/** data-expect values seen on all pages, for the coverage check. */
const seen = new Set();

before(
  async () => {
    server = await servePages();
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      headless: true,
      timeout: 30_000,
      // Nothing resolves except localhost: a page that needs a CDN fails here.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost',
      ],
    });
    context = await browser.newContext();
  },
  { timeout: 60_000 },
);

after(async () => {
  await browser?.close();
  await server?.close();
});

for (const [file, spec] of Object.entries(PAGES)) {
  describe(file, () => {
    let page;
    const errors = [];
    /** name → { frame, field } */
    const fields = new Map();
    const state = () => page.evaluate(() => window.__pageState());

    before(
      async () => {
        page = await context.newPage();
        page.on('console', (m) => {
          if (m.type() === 'error') errors.push(`console: ${m.text()}`);
        });
        page.on('pageerror', (e) => errors.push(`exception: ${e}`));
        page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
        page.on('response', (r) => {
          if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
        });
        page.on('request', (r) => {
          if (!r.url().startsWith(`${server.origin}/`) && !r.url().startsWith('data:'))
            errors.push(`off-site request: ${r.url()}`);
        });
        await page.goto(`${server.origin}/${file}`, { waitUntil: 'load' });
        await page.waitForFunction(
          () => typeof window.__pageState === 'function' && Object.keys(window.__pageState()).length > 0,
        );
        for (const frame of page.frames()) {
          for (const field of await frame.evaluate(collectFields)) {
            assert.ok(field.name, `${file}: a ${field.tag} has no name / data-name`);
            assert.ok(!fields.has(field.name), `${file}: name ${field.name} is not unique`);
            fields.set(field.name, { frame, field });
          }
        }
      },
      { timeout: 30_000 },
    );
    after(() => page?.close());

    test('loads offline without console errors', () => {
      assert.deepEqual(errors, []);
    });

    test('has exactly the listed fields, each with a valid data-expect', async () => {
      const actual = {};
      for (const [name, { field }] of fields) {
        assert.ok(ITEM_IDS.has(field.expect), `${file}: ${name} has data-expect ${JSON.stringify(field.expect)}`);
        if (QUILL_TOOLTIP.test(name))
          assert.equal(field.expect, 'none', `${name}: Quill's tooltip input is no report field`);
        else actual[name] = field.expect;
        seen.add(field.expect);
      }
      assert.deepEqual(actual, spec.fields);
      // __pageState covers every field (inner iframe fields included), and nothing else.
      assert.deepEqual(Object.keys(await state()).sort(), [...fields.keys()].sort());
      for (const name of spec.inner ?? []) {
        assert.notEqual(fields.get(name).frame, page.mainFrame(), `${name} should be inside the iframe`);
      }
    });

    test('prefilled fields are marked and show in __pageState', async () => {
      const marked = [...fields].filter(([, { field }]) => field.prefilled).map(([name]) => name);
      assert.deepEqual(marked.sort(), Object.keys(spec.prefilled).sort());
      const s = await state();
      for (const [name, value] of Object.entries(spec.prefilled)) {
        assert.ok(value, `${name}: a prefilled value is not empty`);
        assert.equal(s[name], value, `${name}: prefilled value in __pageState`);
      }
      for (const name of Object.keys(spec.fields)) {
        if (!(name in spec.prefilled)) assert.equal(s[name], '', `${name} should start empty`);
      }
      if (spec.react) {
        assert.ok(Object.values(await page.evaluate(() => window.__changeCount)).every((n) => n === 0));
      }
    });

    test('keyboard input and selections change the page state', { timeout: 30_000 }, async () => {
      for (const [name, { frame, field }] of fields) {
        // a file input takes no typing (its state is the chosen files' names)
        if (QUILL_TOOLTIP.test(name) || name in spec.prefilled || field.type === 'file') continue;
        const before = await state();
        let expected;
        if (field.tag === 'select') {
          const locator = frame.locator(`select[name="${name}"]`);
          const options = await locator.locator('option').evaluateAll((os) => os.map((o) => o.value));
          expected = options.find((v) => v !== '');
          await locator.selectOption(expected);
        } else {
          const locator = field.editable
            ? frame.locator(`[data-name="${name}"][contenteditable], [data-name="${name}"] [contenteditable]`)
            : frame.locator(`[name="${name}"]`);
          expected =
            field.type === 'number'
              ? '42.5'
              : `Test ${name} één`.slice(0, field.maxLength > 0 ? field.maxLength : undefined);
          await locator.click();
          await page.keyboard.type(expected);
        }
        const after = await state();
        assert.equal(after[name], expected, `${file}: ${name} after input`);
        for (const other of Object.keys(after)) {
          if (other !== name) assert.equal(after[other], before[other], `${file}: input into ${name} changed ${other}`);
        }
        if (spec.react) {
          const count = (await page.evaluate(() => window.__changeCount))[name];
          assert.equal(count, field.tag === 'select' ? 1 : [...expected].length, `${name}: onChange calls`);
        }
      }
      assert.deepEqual(errors, []);
    });

    if (spec.react) {
      test('the truth is React state: a bare DOM .value write does not reach it', async () => {
        const name = 'naasten';
        const before = (await state())[name];
        await page.locator(`[name="${name}"]`).evaluate((el) => {
          el.value = 'alleen in de DOM';
        });
        assert.equal((await state())[name], before);
      });
    }
  });
}

test('the pages together cover every pillar, 8+ themes and every other item', () => {
  const themes = [...seen].filter((id) => id.startsWith('theme-'));
  assert.ok(themes.length >= 8, `themes covered: ${themes}`);
  for (const id of ITEM_IDS) {
    if (!id.startsWith('theme-')) assert.ok(seen.has(id), `no field expects ${id}`);
  }
  const none = Object.values(PAGES)
    .flatMap((p) => Object.values(p.fields))
    .filter((e) => e === 'none');
  assert.ok(none.length >= 6, `only ${none.length} none fields`);
});
