// Reading a form tells the panel only what filling needs: the value of a field the filler may write to, of any
// other field whether it is empty, and nothing at all of a password, a hidden input or payment details — those are
// not read, not listed. Checked on what the page script sends (the fields without their elements) and on which
// values it reads.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { collectFields } from '../../lib/fill/collect';
import { isSecret } from '../../lib/fill/secret';
import type { FieldInfo } from '../../lib/fill/field';
import { planFill } from '../../lib/fill/plan';
import { loadPage } from '../support/page-dom';
import { signalsOf } from '../support/field-signals';

const FORM = `
  <h2>Pijler 1: Veiligheid en persoonsgerichte zorg</h2>
  <label for="veiligheid">Toelichting op veiligheid en risicotaxatie</label>
  <textarea id="veiligheid" name="veiligheid">Wij werken met de HKT-R.</textarea>
  <label for="leeg">Samenwerking met ketenpartners</label>
  <textarea id="leeg" name="samenwerking"></textarea>
  <label for="vast">Vastgestelde visie</label>
  <textarea id="vast" name="visie" readonly>Onze visie van vorig jaar.</textarea>
  <label for="naam">Naam contactpersoon</label><input id="naam" name="contact_naam" value="Jan Jansen">
  <label for="mail">E-mailadres</label><input id="mail" name="mail" type="email" value="jan@kustlijn.nl">
  <label for="tel">Telefoonnummer</label><input id="tel" name="tel" type="tel">
  <label for="bijlage">Bijlage</label><input id="bijlage" name="bijlage" type="file">
  <label for="pw">Wachtwoord</label><input id="pw" name="pw" type="password" value="geheim-wachtwoord">
  <input type="hidden" name="sessie" value="verborgen-sessie">
  <label for="pw2">Wachtwoord (zichtbaar)</label><input id="pw2" name="wachtwoord_tekst" value="geheim-zichtbaar">
  <label for="iban">IBAN</label><input id="iban" name="rekening" value="NL91ABNA0417164300">
  <label for="kaart">Creditcardnummer</label><input id="kaart" name="kaart" value="4111 1111 1111 1111">
  <input name="ccnum" autocomplete="section-betaling cc-number" placeholder="Nummer" value="5500 0000 0000 0004">
  <label for="cvc">CVC</label><input id="cvc" name="code" value="737">
  <input name="otp" autocomplete="one-time-code" aria-label="Code uit de app" value="123456">
  <select name="vervalmaand" autocomplete="cc-exp-month" aria-label="Maand"><option value="07" selected>07</option></select>
  <input aria-label="Burgerservicenummer" name="x1" value="999999990">`;

const SECRETS = [
  'geheim-wachtwoord',
  'verborgen-sessie',
  'geheim-zichtbaar',
  'NL91ABNA0417164300',
  '4111 1111',
  '5500 0000',
  '737',
  '123456',
  '999999990',
];

/** The fields as the page script sends them to the panel, and the names of the fields whose value was read. */
function read(html: string) {
  const dom = new JSDOM(`<body><form>${html}</form></body>`, { pretendToBeVisual: true });
  const reads: string[] = [];
  for (const el of Array.from(dom.window.document.querySelectorAll<HTMLInputElement>('input, textarea, select'))) {
    const proto = Object.getPrototypeOf(el) as object;
    const own = Object.getOwnPropertyDescriptor(proto, 'value')!;
    Object.defineProperty(el, 'value', {
      get() {
        reads.push(el.name);
        return own.get!.call(el);
      },
    });
  }
  const fields: FieldInfo[] = collectFields(dom.window.document).map(({ element: _e, ...info }) => info);
  return { fields, reads, byName: (name: string) => fields.find((f) => f.signals.tokens.split(' ')[0] === name) };
}

describe('what reading a form tells the panel', () => {
  const { fields, reads, byName } = read(FORM);

  it('lists no password, hidden input or payment field, and reads none of their values', () => {
    expect(fields.map((f) => f.signals.tokens.split(' ')[0])).toEqual([
      'veiligheid',
      'samenwerking',
      'visie',
      'contact',
      'mail',
      'tel',
      'bijlage',
    ]);
    for (const name of [
      'pw',
      'sessie',
      'wachtwoord_tekst',
      'rekening',
      'kaart',
      'ccnum',
      'code',
      'otp',
      'vervalmaand',
      'x1',
    ])
      expect(reads).not.toContain(name);
    const sent = JSON.stringify(fields);
    for (const secret of SECRETS) expect(sent).not.toContain(secret);
  });

  it('sends the value of a field the filler may write to, of any other only whether it is empty', () => {
    expect(byName('veiligheid')).toMatchObject({ value: 'Wij werken met de HKT-R.', empty: false });
    expect(byName('samenwerking')).toMatchObject({ value: '', empty: true });
    // read-only, personal data, a file: never filled, so what they hold stays in the page
    expect(byName('visie')).toMatchObject({ value: null, empty: false });
    expect(byName('contact')).toMatchObject({ value: null, empty: false });
    expect(byName('mail')).toMatchObject({ value: null, empty: false });
    expect(byName('tel')).toMatchObject({ value: null, empty: true });
    expect(byName('bijlage')).toMatchObject({ value: null, empty: true });
    const sent = JSON.stringify(fields);
    for (const personal of ['Jan Jansen', 'jan@kustlijn.nl', 'Onze visie van vorig jaar'])
      expect(sent).not.toContain(personal);
  });

  it('a field whose content is withheld still asks before it is overwritten', () => {
    const [entry] = planFill([byName('contact')!], { blocks: [], mappings: [], checklist: [] });
    expect(entry).toMatchObject({ existing: '', empty: false, selected: false });
  });
});

describe('isSecret', () => {
  const field = (label: string[], more: Partial<FieldInfo['signals']> = {}, autocomplete = '') => ({
    autocomplete,
    signals: signalsOf({ label, ...more }),
  });

  it('knows payment details and credentials by their autocomplete hint, their label, placeholder, name or row', () => {
    expect(isSecret(field([], {}, 'billing cc-csc'))).toBe(true);
    expect(isSecret(field([], {}, 'new-password'))).toBe(true);
    expect(isSecret(field(['Uw IBAN']))).toBe(true);
    expect(isSecret(field([], { placeholder: 'Kaartnummer' }))).toBe(true);
    expect(isSecret(field([], { tokens: 'card Number' }))).toBe(true);
    expect(isSecret(field([], { rowHeader: 'Rekeningnummer' }))).toBe(true);
    expect(isSecret(field([], { before: 'Vul uw pincode in' }))).toBe(true);
  });

  it('leaves report questions alone, also when the text before a labelled field mentions such a word', () => {
    expect(isSecret(field(['Toelichting op de visie']))).toBe(false);
    expect(isSecret(field(['Toelichting'], { before: 'Het wachtwoordbeleid en de informatiebeveiliging' }))).toBe(
      false,
    );
    expect(isSecret(field(['Hoe werkt u samen met gemeenten?'], {}, 'off'))).toBe(false);
    expect(isSecret(field(['Opinie van cliënten']))).toBe(false);
  });
});

describe('the test pages', () => {
  it('a React form’s prefilled contact person is told to be filled, not who it is', async () => {
    const page = await loadPage('react.html');
    const fields = collectFields(page.window.document);
    const contact = fields.find((f) => f.signals.tokens.startsWith('contactpersoon'))!;
    expect((contact.element as HTMLInputElement).value).toBe('drs. M. (Marieke) de Vries');
    expect(contact).toMatchObject({ value: null, empty: false });
    expect(JSON.stringify(fields.map(({ element: _e, ...info }) => info))).not.toContain('Marieke');
  });
});
