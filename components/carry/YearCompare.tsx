// This year's report against last year's, section by section in KKFZ order: what was copied unchanged (and
// may be stale), what was reworded (a word diff), what is new and what was left out. Every block of this
// year's report leads to it in the report view.
import { useMemo } from 'preact/hooks';
import { compareYears, type DiffPart, type SectionComparison } from '@/lib/carry/compare';
import { sectionKey, sectionTitle } from '@/lib/carry/sections';
import type { Analysis, Block } from '@/lib/schema';
import { loadCorrectedAnalysis } from '@/lib/workspace/corrected-analysis';
import { previousReport } from '@/lib/workspace/previous-report';
import type { Strings } from '../i18n';
import { useLive } from '../useLive';
import type { Workspace } from '../useWorkspace';
import { Reasons } from './CarryItemRow';
import { MarkedText, shortText } from './MarkedText';

type Lang = 'nl' | 'en';

export function YearCompare({
  ws,
  t,
  year,
  onShowBlock,
}: {
  ws: Workspace;
  t: Strings;
  year: number | null;
  onShowBlock(i: number): void;
}) {
  const lang = ws.settings.language;
  const current = ws.analysis!;
  const previous = previousReport(ws.library, ws.draft!.reportId, year);
  const prevDraft = previous?.draft ?? null;
  const loaded = useLive(
    () => (prevDraft ? loadCorrectedAnalysis(ws.db, prevDraft, ws.settings) : null),
    [ws.db, prevDraft?.id, ws.settings.focusThemes, ws.settings.thinWords],
  );
  const compared = useMemo(() => {
    const before = loaded.state === 'ready' ? loaded.value : null;
    return before && { before, comparison: compareYears(before, current) };
  }, [loaded, current]);

  if (year === null) return null;
  const titleId = 'carry-compare-title';
  const heading = <h3 id={titleId}>{t.carry.compare(year - 1)}</h3>;
  if (!previous) {
    return (
      <section aria-labelledby={titleId} class="carry-compare">
        {heading}
        <p class="empty" data-testid="compare-empty">
          {t.carry.noPrevious(year - 1)}
        </p>
      </section>
    );
  }
  if (!compared) return null;
  const { before, comparison } = compared;
  const totals = comparison.totals;
  return (
    <section aria-labelledby={titleId} class="carry-compare">
      {heading}
      <p>{t.carry.compareIntro(previous.report.title, year - 1)}</p>
      <p class="carry-totals" data-testid="compare-totals">
        {t.carry.totals(totals.unchanged, totals.stale, totals.changed, totals.added, totals.removed)}
      </p>
      {comparison.sections.map((s) => (
        <CompareSection section={s} current={current} before={before} lang={lang} t={t} onShowBlock={onShowBlock} />
      ))}
    </section>
  );
}

function ShowButton({ block, t, onShowBlock }: { block: Block; t: Strings; onShowBlock(i: number): void }) {
  return (
    <button
      type="button"
      class="link"
      onClick={() => onShowBlock(block.i)}
      aria-label={`${t.carry.showBlock}: ${shortText(block.text)}`}
    >
      {t.carry.showBlock}
    </button>
  );
}

function Diff({ parts, t }: { parts: DiffPart[]; t: Strings }) {
  return (
    <p class="carry-text diff">
      {parts.map((p) =>
        p.op === 'add' ? (
          <ins>
            <span class="visually-hidden">[{t.carry.inserted}: </span>
            {p.text}
            <span class="visually-hidden">]</span>
          </ins>
        ) : p.op === 'del' ? (
          <del>
            <span class="visually-hidden">[{t.carry.deleted}: </span>
            {p.text}
            <span class="visually-hidden">]</span>
          </del>
        ) : (
          p.text
        ),
      )}
    </p>
  );
}

function CompareSection({
  section: s,
  current,
  before,
  lang,
  t,
  onShowBlock,
}: {
  section: SectionComparison;
  current: Analysis;
  before: Analysis;
  lang: Lang;
  t: Strings;
  onShowBlock(i: number): void;
}) {
  const key = sectionKey(s).replace(/\W/g, '_');
  const id = `compare-${key}`;
  const cur = current.document.blocks;
  const prev = before.document.blocks;
  const stale = s.unchanged.filter((u) => u.flags.length > 0);
  const plain = s.unchanged.filter((u) => u.flags.length === 0);
  return (
    <section class="compare-section" aria-labelledby={id} data-section={sectionKey(s)}>
      <h4 id={id}>{sectionTitle(s, lang)}</h4>
      <p class="meta">
        {s.unchanged.length} {t.carry.unchanged.toLowerCase()} · {s.changed.length} {t.carry.changed.toLowerCase()} ·{' '}
        {t.carry.added(s.added.length)} · {t.carry.removed(s.removed.length)}
      </p>
      {stale.length > 0 && (
        <>
          <h5>
            {t.carry.unchanged}, {t.carry.stale} ({stale.length})
          </h5>
          <ul class="compare-blocks">
            {stale.map((u) => (
              <li data-compare="stale" data-compare-block={u.i}>
                <span class="tag stale">{t.carry.stale}</span>
                {/* the flags' offsets are in last year's text, the same words as this year's */}
                <MarkedText id={`${id}-u${u.i}`} text={prev[u.previous]!.text} flags={u.flags} language={lang} t={t} />
                <Reasons flags={u.flags} language={lang} t={t} />
                <ShowButton block={cur[u.i]!} t={t} onShowBlock={onShowBlock} />
              </li>
            ))}
          </ul>
        </>
      )}
      {s.changed.length > 0 && (
        <>
          <h5>
            {t.carry.changed} ({s.changed.length})
          </h5>
          <ul class="compare-blocks">
            {s.changed.map((c) => (
              <li data-compare="changed" data-compare-block={c.i}>
                <Diff parts={c.diff} t={t} />
                <ShowButton block={cur[c.i]!} t={t} onShowBlock={onShowBlock} />
              </li>
            ))}
          </ul>
        </>
      )}
      {plain.length > 0 && (
        <details>
          <summary>{t.carry.unflagged(plain.length)}</summary>
          <ul class="compare-blocks">
            {plain.map((u) => (
              <li data-compare="unchanged" data-compare-block={u.i}>
                <MarkedText id={`${id}-p${u.i}`} text={cur[u.i]!.text} flags={[]} language={lang} t={t} />
                <ShowButton block={cur[u.i]!} t={t} onShowBlock={onShowBlock} />
              </li>
            ))}
          </ul>
        </details>
      )}
      {s.added.length > 0 && (
        <details>
          <summary>{t.carry.added(s.added.length)}</summary>
          <ul class="compare-blocks">
            {s.added.map((i) => (
              <li data-compare="added" data-compare-block={i}>
                <MarkedText id={`${id}-a${i}`} text={cur[i]!.text} flags={[]} language={lang} t={t} />
                <ShowButton block={cur[i]!} t={t} onShowBlock={onShowBlock} />
              </li>
            ))}
          </ul>
        </details>
      )}
      {s.removed.length > 0 && (
        <details>
          <summary>{t.carry.removed(s.removed.length)}</summary>
          <ul class="compare-blocks">
            {s.removed.map((i) => (
              <li data-compare="removed">
                <MarkedText id={`${id}-r${i}`} text={prev[i]!.text} flags={[]} language={lang} t={t} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
