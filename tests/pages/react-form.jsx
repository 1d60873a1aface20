// Test page: a React 19 form with CONTROLLED fields (value from useState, onChange sets state).
// The page's truth is React's state: `window.__pageState()` returns a copy of the last committed state (mirrored
// into a module-level object after every commit), never the DOM. `window.__changeCount[name]` counts onChange calls,
// so a test can see that React noticed a change (setting `.value` on the DOM node alone does not trigger onChange).
// Bundled by build.mjs (esbuild, jsx automatic, jsxImportSource react) into dist/react-form.bundle.js.
import { useLayoutEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

const MAX = 2000;

/** Initial state. Non-empty values are prefilled (and carry data-prefilled in the DOM). */
const INITIAL = {
  contactpersoon: 'drs. M. (Marieke) de Vries',
  telefoon: '',
  soort_aanbieder: '',
  herstel: '',
  naasten: '',
  bevoegdheid:
    'Alle regiebehandelaren zijn BIG-geregistreerd; nieuwe medewerkers volgen binnen zes maanden de basistraining forensisch werken en werken het eerste jaar onder supervisie.',
  scholing: '',
  ervaringsdeskundigen: '',
  mto: '',
  terugblik: '',
  resultaten_delen: '',
  datum_ondertekening: '',
};

/** What the page "knows": updated from the component after each commit. */
const committed = {};
/** onChange calls per field. */
const changeCount = Object.fromEntries(Object.keys(INITIAL).map((k) => [k, 0]));

window.__pageState = () => ({ ...committed });
window.__changeCount = changeCount;

function Counter({ value }) {
  return (
    <span className="hint">
      {value.length}/{MAX} tekens
    </span>
  );
}

function App() {
  const [values, setValues] = useState(INITIAL);
  const [saved, setSaved] = useState(null);

  useLayoutEffect(() => {
    for (const k of Object.keys(committed)) delete committed[k];
    Object.assign(committed, values);
  }, [values]);

  /** Props for a controlled field. */
  const bind = (name) => ({
    id: `f-${name}`,
    name,
    value: values[name],
    onChange: (e) => {
      changeCount[name] = (changeCount[name] ?? 0) + 1;
      const v = e.target.value;
      setValues((prev) => ({ ...prev, [name]: v }));
    },
    ...(INITIAL[name] ? { 'data-prefilled': '' } : {}),
  });

  const area = (name) => (
    <>
      <textarea {...bind(name)} maxLength={MAX} />
      <Counter value={values[name]} />
    </>
  );

  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <h2>Contactgegevens</h2>
      <div className="row" data-expect="none">
        <label htmlFor="f-contactpersoon">Naam contactpersoon</label>
        <input type="text" {...bind('contactpersoon')} />
      </div>
      <label className="inline" data-expect="none">
        Telefoonnummer (overdag bereikbaar)
        <input type="tel" className="short" {...bind('telefoon')} />
      </label>
      <div className="row" data-expect="none">
        <label htmlFor="f-soort_aanbieder">Type zorgaanbieder</label>
        <select {...bind('soort_aanbieder')}>
          <option value="">– kies –</option>
          <option value="klinisch">Klinisch (FPC/FPK/FPA)</option>
          <option value="ambulant">Ambulant</option>
          <option value="bw">Beschermd wonen</option>
        </select>
      </div>

      <h2>A. Cliënt en veiligheid</h2>
      <div className="row" data-expect="theme-2">
        <label htmlFor="f-herstel">
          Op welke manier ondersteunt u cliënten bij hun herstel en bij het (weer) opbouwen van een betekenisvol leven?
        </label>
        {area('herstel')}
      </div>
      <div className="row" data-expect="theme-4">
        <label htmlFor="f-naasten">Hoe betrekt u naasten bij de behandeling?</label>
        {area('naasten')}
      </div>

      <h2>B. Medewerkers</h2>
      <div className="row" data-expect="theme-5">
        <label htmlFor="f-bevoegdheid">
          Hoe zorgt u ervoor dat behandelaren en begeleiders bekwaam en bevoegd zijn voor het werken met forensische
          cliënten?
        </label>
        {area('bevoegdheid')}
      </div>
      <div className="row" data-expect="theme-6">
        <label htmlFor="f-scholing">
          Welke trainingen en cursussen zijn in 2025 aangeboden volgens het scholingsplan?
        </label>
        {area('scholing')}
      </div>
      <label className="inline" data-expect="theme-7">
        Zet u ervaringsdeskundigen in? Beschrijf hun rol in de zorg en in het team.
        <textarea {...bind('ervaringsdeskundigen')} maxLength={MAX} />
      </label>
      <div className="row" data-expect="theme-11">
        <label htmlFor="f-mto">Uitkomsten van het medewerkerstevredenheidsonderzoek (MTO) en wat u ermee doet</label>
        {area('mto')}
      </div>

      <h2>C. Verantwoording</h2>
      <div className="row" data-expect="terugblik">
        <label htmlFor="f-terugblik">In hoeverre heeft u de doelen uit uw vorige kwaliteitsverslag gehaald?</label>
        {area('terugblik')}
      </div>
      <div className="row" data-expect="pillar-5">
        <label htmlFor="f-resultaten_delen">
          Hoe maakt u de resultaten van uw kwaliteitsbeleid bekend aan cliënten, verwijzers en financiers?
        </label>
        {area('resultaten_delen')}
      </div>
      <div className="row" data-expect="none">
        <label htmlFor="f-datum_ondertekening">Datum ondertekening</label>
        <input type="text" className="short" placeholder="dd-mm-jjjj" {...bind('datum_ondertekening')} />
      </div>

      <div className="actions">
        <button type="button" onClick={() => setSaved(new Date().toLocaleTimeString('nl-NL'))}>
          Concept opslaan
        </button>
        {saved && <span className="hint">Opgeslagen om {saved}</span>}
      </div>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<App />);
