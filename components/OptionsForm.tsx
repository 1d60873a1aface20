// The options page: organisation, reporting year, focus themes, checklist threshold, language.
// Validated with the Settings schema before it is stored; the panel follows through liveQuery.
import { useEffect, useState } from 'preact/hooks';
import { scheduledFocus } from '@/lib/knowledge/focus';
import { framework, themeName } from '@/lib/knowledge/framework';
import { Settings as SettingsSchema, type Settings } from '@/lib/schema';
import type { KkfzDb } from '@/lib/storage/db';
import { describeStorageError } from '@/lib/storage/errors';
import { readSettings, saveSettings } from '@/lib/storage/repository';
import { STRINGS } from './i18n';

export function OptionsForm({ db }: { db: KkfzDb }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [year, setYear] = useState('');
  const [thin, setThin] = useState('');
  // the focus themes: the report year's (schedule), chosen here, or none
  const [focusMode, setFocusMode] = useState<'year' | 'options' | 'none'>('year');
  const [chosen, setChosen] = useState<number[]>([]);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    readSettings(db).then(
      (s) => {
        setSettings(s);
        setYear(s.year === null ? '' : String(s.year));
        setThin(String(s.thinWords));
        setFocusMode(s.focusThemes === null ? 'year' : s.focusThemes === 'none' ? 'none' : 'options');
        setChosen(Array.isArray(s.focusThemes) ? s.focusThemes : []);
      },
      (e) => setStatus({ ok: false, text: describeStorageError(e).nl }),
    );
  }, [db]);
  if (!settings) return <main class="options">{status && <p role="alert">{status.text}</p>}</main>;
  const t = STRINGS[settings.language];

  const yearValue = year.trim() === '' ? null : Number(year);
  const yearValid = yearValue === null || (Number.isInteger(yearValue) && yearValue >= 2000 && yearValue <= 2100);
  const thinValue = Number(thin);
  const thinValid = Number.isInteger(thinValue) && thinValue >= 1 && thinValue <= 2000;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!yearValid || !thinValid) return setStatus({ ok: false, text: t.options.invalid });
    try {
      // only the fields of this form: the workspace may have changed others (the open draft) meanwhile
      const { organisation, language, authorName } = settings;
      // chosen, but none ticked: none
      const focusThemes = focusMode === 'year' ? null : focusMode === 'none' || chosen.length === 0 ? 'none' : chosen;
      const parsed = SettingsSchema.safeParse({
        ...(await readSettings(db)),
        organisation,
        focusThemes,
        language,
        authorName,
        year: yearValue,
        thinWords: thinValue,
      });
      if (!parsed.success) return setStatus({ ok: false, text: t.options.invalid });
      await saveSettings(db, parsed.data);
      // none ticked was stored as none: show it so
      if (parsed.data.focusThemes === 'none') setFocusMode('none');
      setStatus({ ok: true, text: t.options.saved });
    } catch (err) {
      setStatus({ ok: false, text: describeStorageError(err)[settings.language] });
    }
  };
  const ticked = focusMode === 'options' ? chosen : [];
  // ticking a theme chooses the themes here
  const toggleFocus = (id: number) => {
    setFocusMode('options');
    setChosen(ticked.includes(id) ? ticked.filter((x) => x !== id) : [...ticked, id].sort((a, b) => a - b));
  };
  // choosing starts from the themes of the year set above, when it has any
  const chooseOwn = () => {
    setFocusMode('options');
    if (!chosen.length) setChosen(scheduledFocus(yearValid ? yearValue : null) ?? []);
  };
  const modes = [
    ['year', t.options.focusYear, () => setFocusMode('year')],
    ['options', t.options.focusOwn, chooseOwn],
    ['none', t.options.focusNone, () => setFocusMode('none')],
  ] as const;

  return (
    <main class="options" lang={settings.language}>
      <h1>{t.options.title}</h1>
      <form onSubmit={submit}>
        <p class="field">
          <label for="opt-organisation">{t.options.organisation}</label>
          <input
            id="opt-organisation"
            value={settings.organisation}
            onInput={(e) => setSettings({ ...settings, organisation: e.currentTarget.value })}
          />
        </p>
        <p class="field">
          <label for="opt-year">{t.options.year}</label>
          <input
            id="opt-year"
            inputMode="numeric"
            value={year}
            aria-invalid={!yearValid}
            aria-describedby="opt-year-hint"
            onInput={(e) => setYear(e.currentTarget.value)}
          />
          <small id="opt-year-hint">{t.options.yearHint}</small>
        </p>
        <fieldset>
          <legend>{t.options.focus}</legend>
          <div class="focus-mode" data-testid="focus-mode">
            {modes.map(([mode, label, pick]) => (
              <label>
                <input type="radio" name="focus-mode" value={mode} checked={focusMode === mode} onChange={pick} />{' '}
                {label}
              </label>
            ))}
          </div>
          <small>{t.options.focusHint}</small>
          <div class="focus-grid">
            {framework.themes.map((th) => (
              <label>
                <input type="checkbox" checked={ticked.includes(th.id)} onChange={() => toggleFocus(th.id)} /> {th.id}.{' '}
                {themeName(th.id)}
              </label>
            ))}
          </div>
        </fieldset>
        <p class="field">
          <label for="opt-thin">{t.options.thinWords}</label>
          <input
            id="opt-thin"
            type="number"
            min={1}
            max={2000}
            value={thin}
            aria-invalid={!thinValid}
            onInput={(e) => setThin(e.currentTarget.value)}
          />
        </p>
        <p class="field">
          <label for="opt-author">{t.options.author}</label>
          <input
            id="opt-author"
            value={settings.authorName}
            onInput={(e) => setSettings({ ...settings, authorName: e.currentTarget.value })}
          />
        </p>
        <p class="field">
          <label for="opt-language">{t.options.language}</label>
          <select
            id="opt-language"
            value={settings.language}
            onChange={(e) => setSettings({ ...settings, language: e.currentTarget.value === 'en' ? 'en' : 'nl' })}
          >
            <option value="nl">{t.language.nl}</option>
            <option value="en">{t.language.en}</option>
          </select>
        </p>
        <button type="submit">{t.options.save}</button>
        <p
          aria-live="polite"
          role={status && !status.ok ? 'alert' : undefined}
          class={status ? (status.ok ? 'result ok' : 'result error') : ''}
        >
          {status?.text}
        </p>
      </form>
    </main>
  );
}
