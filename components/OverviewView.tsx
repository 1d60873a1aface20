// Coverage per pillar (bars), the 14 themes as a grid, and the checklist with required items first.
// The headline, every theme and every item open the Schrijfhulp; every item leads to its best evidence in the report.
import { scheduledFocus } from '@/lib/knowledge/focus';
import { pillarName, themeName } from '@/lib/knowledge/framework';
import { themeItemId } from '@/lib/knowledge/shape';
import { coverage } from '@/lib/overview/coverage';
import { isOpenRequired } from '@/lib/checklist/justify';
import { bestEvidence } from '@/lib/checklist/best-evidence';
import { useState } from 'preact/hooks';
import { checklistTarget } from '@/lib/annotate/selectors';
import type { Analysis } from '@/lib/schema';
import type { Strings } from './i18n';
import { NoteForm } from './notes/NoteForm';
import { DjiExport } from './overview/DjiExport';
import type { Notes } from './notes/useNotes';
import type { OpenGuidance } from './guidance/subject';
import type { Workspace } from './useWorkspace';

const MARK = { present: '✓', thin: '~', missing: '✗' } as const;
/** an item left out with a reason: neither done nor to do */
const JUSTIFIED_MARK = '–';

export function OverviewView({
  analysis,
  ws,
  notes,
  t,
  onShowBlock,
  onGuide,
}: {
  analysis: Analysis;
  ws: Workspace;
  notes: Notes;
  t: Strings;
  onShowBlock(i: number): void;
  onGuide: OpenGuidance;
}) {
  const [noting, setNoting] = useState<string | null>(null);
  const openNotes = notes.all.filter((p) => p.note.status === 'open');
  const openOnPillar = (p: number) => openNotes.filter((n) => n.pillar === p).length;
  const openOnItem = (id: string) => openNotes.filter((n) => n.note.target.itemId === id).length;
  const cover = coverage(analysis);
  const most = Math.max(1, ...cover.pillars.map((p) => p.words));
  const checklist = [...analysis.checklist].sort(
    (a, b) => Number(b.level === 'required') - Number(a.level === 'required'),
  );
  const open = checklist.filter(isOpenRequired).length;
  const firstOpen = checklist.find(isOpenRequired);
  const justified = checklist.filter((c) => c.justified).length;
  const themeItem = (id: number) => analysis.checklist.find((c) => c.id === themeItemId(id));

  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title" class={open ? 'verdict open' : 'verdict ok'} data-testid="overview-verdict">
        {firstOpen ? (
          <button
            type="button"
            class="link verdict-link"
            onClick={() => onGuide({ kind: 'item', id: firstOpen.id })}
            title={t.overview.guideFirst}
          >
            {t.overview.requiredOpen(open)}
          </button>
        ) : (
          t.overview.requiredOpen(open)
        )}
      </h2>
      {justified > 0 && (
        <p class="meta" data-testid="overview-justified">
          {t.overview.justifiedCount(justified)}
        </p>
      )}
      <p class="meta">
        {t.overview.year}: {analysis.effectiveYear ?? t.overview.yearUnknown} ·{' '}
        <span data-testid="overview-focus" data-focus-source={analysis.focusSource ?? ''}>
          {t.overview.focusLine({
            source: analysis.focusSource,
            year: analysis.effectiveYear,
            themes: analysis.focusThemes,
            scheduled: scheduledFocus(analysis.effectiveYear) !== null,
          })}
        </span>
      </p>

      <DjiExport ws={ws} notes={notes} t={t} />
      {openNotes.length > 0 && <p class="meta">💬 {t.notes.openCount(openNotes.length)}</p>}
      <h3>{t.overview.pillars}</h3>
      <ul class="bars" aria-label={t.overview.pillarChart}>
        {cover.pillars.map((p) => (
          <li data-pillar={p.id}>
            <span class="bar-label">
              {p.id ? `${p.id}. ` : ''}
              {pillarName(p.id)}
            </span>
            <span class="bar" aria-hidden="true">
              <span class={`fill p${p.id}`} style={{ width: `${(100 * p.words) / most}%` }} />
            </span>
            <span class="bar-value">
              {t.overview.words(p.words)} · {t.overview.blocks(p.blocks.length)}
              {openOnPillar(p.id) > 0 && (
                <span class="open-notes" data-open-notes={openOnPillar(p.id)}>
                  {' '}
                  · 💬 {t.notes.openCount(openOnPillar(p.id))}
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>

      <h3>{t.overview.themes}</h3>
      <ul class="theme-grid">
        {cover.themes.map((th) => {
          const why = themeItem(th.id)?.justified;
          return (
            <li>
              <button
                type="button"
                class={`theme ${th.status}${why ? ' justified' : ''}`}
                data-theme={th.id}
                data-status={th.status}
                data-justified={why?.kind}
                onClick={() => onGuide({ kind: 'theme', id: th.id })}
                title={`${t.overview.guideTheme(themeName(th.id))} · ${t.overview.words(th.words)}`}
              >
                <span class="theme-no">{th.id}</span> {themeName(th.id)}{' '}
                <span class="status">
                  {MARK[th.status]} {t.status[th.status]}
                  {why && ` · ${t.overview.justified}`}
                </span>
              </button>
            </li>
          );
        })}
      </ul>

      <h3>{t.overview.checklist}</h3>
      <ul class="checklist">
        {checklist.map((c) => (
          <li
            data-checklist-id={c.id}
            data-status={c.status}
            data-justified={c.justified?.kind}
            class={c.justified ? `${c.status} justified` : c.status}
          >
            <span class="mark" aria-hidden="true">
              {c.justified ? JUSTIFIED_MARK : MARK[c.status]}
            </span>
            <span class="item">
              <strong>{c.label}</strong>{' '}
              <span class="tag">
                {c.justified ? t.overview.justified : t.status[c.status]} ·{' '}
                {c.level === 'required' ? t.overview.required : t.overview.recommended}
              </span>
              <br />
              {c.justified ? (
                <>
                  <small class="justification" data-testid="justification">
                    {t.justification[c.justified.kind]}: {c.justified.reason}
                  </small>
                  <br />
                  <small>{t.overview.measured(t.status[c.status], t.dutch.reason(c.reason))}</small>
                </>
              ) : (
                <small>{t.dutch.reason(c.reason)}</small>
              )}
            </span>
            <span class="item-actions">
              <button
                type="button"
                class="link"
                onClick={() => onGuide({ kind: 'item', id: c.id })}
                aria-label={t.guide.openFor(c.label)}
              >
                {t.guide.open}
              </button>
              {c.evidence.length > 0 && (
                <button
                  type="button"
                  class="link"
                  onClick={() => onShowBlock(bestEvidence(analysis.document.blocks, c.evidence)!)}
                  aria-label={`${t.overview.showEvidence}: ${c.label}`}
                >
                  {t.overview.showEvidence}
                </button>
              )}
              <button
                type="button"
                class="link"
                onClick={() => setNoting(c.id)}
                aria-label={`${t.notes.addToItem}: ${c.label}`}
              >
                {t.notes.addToItem}
                {openOnItem(c.id) > 0 && ` (${openOnItem(c.id)})`}
              </button>
            </span>
            {noting === c.id && (
              <div class="item-note">
                <NoteForm
                  ws={ws}
                  t={t}
                  about={t.notes.about(c.label)}
                  onSave={(kind, body) => notes.add(checklistTarget(c.id), kind, body)}
                  onCancel={() => setNoting(null)}
                />
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
