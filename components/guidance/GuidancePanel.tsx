// The Schrijfhulp: for an item, a theme or an aspect, what the framework asks, the questions to answer, what a
// reader expects, where the report stands ("Toon in verslag" to the best evidence), the justification of an item
// left out, and the user's own text of last year. A modal dialog over the panel: focus moves into it, Escape and
// the close button close it.
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { bestEvidence } from '@/lib/checklist/best-evidence';
import { pillarName } from '@/lib/knowledge/framework';
import { guidanceFor } from '@/lib/guidance/for-subject';
import type { GuidanceSubject } from '@/lib/guidance/subject';
import type { Strings } from '../i18n';
import type { Workspace } from '../useWorkspace';
import { JustifyForm } from './JustifyForm';
import { LastYearText } from './LastYearText';

export function GuidancePanel({
  ws,
  t,
  subject,
  onClose,
  onShowBlock,
}: {
  ws: Workspace;
  t: Strings;
  subject: GuidanceSubject;
  onClose(): void;
  onShowBlock(i: number): void;
}) {
  const analysis = ws.analysis!;
  const g = useMemo(() => guidanceFor(analysis, subject), [analysis, subject]);
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const d = dialog.current!;
    if (!d.open) d.showModal();
    return () => d.close();
  }, []);
  // focus starts at the title, also when the open panel gets another subject
  useEffect(() => heading.current?.focus(), [subject]);

  const v = g.verdict;
  const best = bestEvidence(analysis.document.blocks, g.blocks);
  const where = g.section ? t.guide.pillar(g.section.pillar, pillarName(g.section.pillar)) : t.guide.general;
  const close = (e: Event) => {
    e.preventDefault();
    onClose();
  };

  return (
    <dialog
      ref={dialog}
      class="guide"
      aria-labelledby="guide-title"
      onCancel={close}
      onKeyDown={(e) => e.key === 'Escape' && close(e)}
      data-testid="guide"
      data-subject={`${subject.kind}:${subject.id}`}
    >
      <header class="guide-header">
        <div>
          <p class="meta">{t.guide.kinds[subject.kind]}</p>
          <h2 id="guide-title" ref={heading} tabIndex={-1}>
            {g.title}
          </h2>
          <p class="meta">{where}</p>
        </div>
        <button type="button" class="link close" onClick={onClose} aria-label={t.close} data-testid="guide-close">
          ×
        </button>
      </header>

      <section aria-labelledby="guide-now" class="guide-now">
        <h3 id="guide-now">{t.guide.inReport}</h3>
        {v && (
          <p data-testid="guide-verdict" data-status={v.status} data-justified={v.justified?.kind}>
            <span class={`tag ${v.status}`}>
              {t.status[v.status]} · {v.level === 'required' ? t.overview.required : t.overview.recommended}
              {v.justified && ` · ${t.overview.justified}`}
            </span>
            <br />
            <small>
              {v.justified ? `${t.justification[v.justified.kind]}: ${v.justified.reason}` : t.dutch.reason(v.reason)}
            </small>
          </p>
        )}
        {best === null ? (
          <p class="meta">{t.guide.notFound}</p>
        ) : (
          <button type="button" class="link" onClick={() => onShowBlock(best)} data-testid="guide-show">
            {t.overview.showEvidence}
          </button>
        )}
      </section>

      <section aria-labelledby="guide-framework">
        <h3 id="guide-framework">{t.guide.framework}</h3>
        {g.aspects.length ? (
          <ul class="guide-aspects">
            {g.aspects.map((a) => (
              <li data-aspect={a.id}>
                {a.article && <strong>{a.article}</strong>} {t.dutch.note(a.title)}
              </li>
            ))}
          </ul>
        ) : (
          <p class="meta">{t.guide.noAspects}</p>
        )}
        {g.norms.length > 0 && (
          <>
            <h4>{t.guide.norms}</h4>
            <ul class="guide-norms" data-testid="guide-norms">
              {g.norms.map((n) => (
                <li>
                  <strong>
                    {n.aspect} {n.clause}
                  </strong>{' '}
                  {t.dutch.note(n.text)}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="guide-questions">
        <h3 id="guide-questions">{t.guide.questions}</h3>
        <ul data-testid="guide-questions">
          {g.questions.map((q) => (
            <li>{t.dutch.note(q)}</li>
          ))}
        </ul>
        {g.expected.length > 0 && (
          <>
            <h4>{t.guide.expected}</h4>
            <ul>
              {g.expected.map((x) => (
                <li>{t.dutch.note(x)}</li>
              ))}
            </ul>
          </>
        )}
      </section>

      {g.itemId !== null && v && (v.status !== 'present' || v.justified) && (
        <JustifyForm ws={ws} t={t} itemId={g.itemId} current={ws.justifications.get(g.itemId)} />
      )}

      <LastYearText ws={ws} t={t} subject={subject} section={g.section} />
    </dialog>
  );
}
