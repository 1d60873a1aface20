// The report as the author wrote it, block by block, each with its pillar and theme chips and the reason
// for them; a block's mapping can be corrected here, and the checklist follows at once.
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { framework, pillarName, themeName } from '@/lib/knowledge/framework';
import { blockPillars } from '@/lib/knowledge/shape';
import { blockTarget, textTarget } from '@/lib/annotate/selectors';
import type { Block, Mapping } from '@/lib/schema';
import { isUnsure, RULES } from '@/lib/classify/rules';
import {
  imagesOf,
  removeCorrection,
  setCorrection,
  setSectionCorrection,
  undoSectionCorrection,
  type SectionChange,
} from '@/lib/storage/repository';
import { sectionBlocks } from '@/lib/corrections/place';
import type { Strings } from './i18n';
import { sanitizeReportHtml } from './report/sanitize';
import { ReviewQueue } from './report/ReviewQueue';
import { ScrollBox } from './report/ScrollBox';
import { SectionUndo } from './report/SectionUndo';
import { UnplacedCorrections } from './report/UnplacedCorrections';
import { useLive } from './useLive';
import type { Workspace } from './useWorkspace';
import { NoteCard } from './notes/NoteCard';
import { NoteForm } from './notes/NoteForm';
import { useNoteHighlights } from './notes/highlights';
import { readSelection, type TextSelection } from './notes/selection';
import type { Notes, PlacedNote } from './notes/useNotes';

/** blob: URLs for the draft's stored images, revoked when the draft changes */
function useImageUrls(ws: Workspace): Map<string, string> {
  const draftId = ws.draft?.id ?? '';
  const images = useLive(() => imagesOf(ws.db, draftId), [ws.db, draftId]);
  const urls = useMemo(() => {
    const map = new Map<string, string>();
    if (images.state !== 'ready') return map;
    for (const img of images.value)
      map.set(img.id.slice(draftId.length + 1), URL.createObjectURL(new Blob([img.data], { type: img.contentType })));
    return map;
  }, [images]);
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls]);
  return urls;
}

const short = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}…` : s);

export function ReportView({
  ws,
  t,
  focusBlock,
  notes,
}: {
  ws: Workspace;
  t: Strings;
  focusBlock: number | null;
  notes: Notes;
}) {
  const analysis = ws.analysis!;
  const blocks = analysis.document.blocks;
  const [filter, setFilter] = useState<'all' | 'unsure' | number>('all');
  const [editing, setEditing] = useState<number | null>(null);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [noting, setNoting] = useState<
    { kind: 'selection'; sel: TextSelection } | { kind: 'block'; block: number } | null
  >(null);
  const [openThreads, setOpenThreads] = useState<Set<number>>(new Set());
  // the last section-wide correction, undoable in one step (the button, or Ctrl+Z in the report)
  const [sectionChange, setSectionChange] = useState<{ change: SectionChange; undone: boolean } | null>(null);
  const sectionSizes = useMemo(
    () => blocks.map((b, k) => (b.kind === 'heading' ? sectionBlocks(blocks, k).length : 0)),
    [blocks],
  );
  const undoSection = async () => {
    if (!sectionChange || sectionChange.undone) return;
    if (await ws.act(() => undoSectionCorrection(ws.db, sectionChange.change)))
      setSectionChange({ ...sectionChange, undone: true });
  };
  const onUndoKey = (e: KeyboardEvent) => {
    if (
      !(e.ctrlKey || e.metaKey) ||
      e.shiftKey ||
      e.key.toLowerCase() !== 'z' ||
      !sectionChange ||
      sectionChange.undone
    )
      return;
    const el = e.target as HTMLElement | null;
    // typing in a field keeps the field's own undo
    if (
      el &&
      (el.isContentEditable ||
        el.tagName === 'TEXTAREA' ||
        (el.tagName === 'INPUT' && /^(text|search|email|url|number)$/.test((el as HTMLInputElement).type)))
    )
      return;
    e.preventDefault();
    void undoSection();
  };
  const toggleThread = (i: number) => {
    const next = new Set(openThreads);
    if (!next.delete(i)) next.add(i);
    setOpenThreads(next);
  };
  const onSelect = () => setSelection(readSelection(blocks));
  // the notes' passages highlighted in the text; a click on one opens its thread
  const highlights = useNoteHighlights(blocks, notes.byBlock, (i) =>
    setOpenThreads((s) => (s.has(i) ? s : new Set(s).add(i))),
  );
  const imageUrls = useImageUrls(ws);
  const html = useMemo(
    () => analysis.document.blocks.map((b) => sanitizeReportHtml(b.html, (id) => imageUrls.get(id) ?? null)),
    [analysis.document, imageUrls],
  );

  const reveal = (i: number) => {
    setFilter('all');
    // after the filter has re-rendered the block
    requestAnimationFrame(() => {
      const el = document.getElementById(`block-${i}`);
      el?.scrollIntoView?.({ block: 'center' });
      el?.focus();
    });
  };
  useEffect(() => {
    if (focusBlock !== null) reveal(focusBlock);
  }, [focusBlock]);

  const shown = blocks.filter((b) => {
    const m = analysis.mappings[b.i]!;
    return filter === 'all' || (filter === 'unsure' ? isUnsure(m) : m.pillar === filter);
  });
  return (
    <section aria-labelledby="report-title" onKeyDown={onUndoKey}>
      <div class="toolbar">
        <h2 id="report-title">{t.report.title}</h2>
        <label>
          {t.report.filter}{' '}
          <select
            value={String(filter)}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setFilter(v === 'all' || v === 'unsure' ? v : Number(v));
            }}
          >
            <option value="all">{t.report.all}</option>
            <option value="unsure">{t.report.unsureOnly}</option>
            {blockPillars.map((p) => (
              <option value={p}>{p ? `${t.report.pillar} ${p}: ${pillarName(p)}` : t.report.general}</option>
            ))}
          </select>
        </label>
      </div>
      <ReviewQueue ws={ws} t={t} onShow={reveal} />
      <div class="selection-bar" aria-live="polite">
        {noting?.kind === 'selection' ? (
          <NoteForm
            ws={ws}
            t={t}
            about={t.notes.about(short(noting.sel.quote))}
            onSave={async (kind, body) => {
              const saved = await notes.add(
                textTarget(blocks, noting.sel.block, noting.sel.start, noting.sel.end),
                kind,
                body,
                noting.sel.block,
              );
              // the passage has its note now: the "Geselecteerd: …" bar is done with
              if (saved) {
                setSelection(null);
                globalThis.getSelection?.()?.removeAllRanges();
              }
              return saved;
            }}
            onCancel={() => setNoting(null)}
          />
        ) : (
          selection && (
            <p>
              {t.notes.selected(short(selection.quote))}{' '}
              <button
                type="button"
                onClick={() => setNoting({ kind: 'selection', sel: selection })}
                data-testid="note-on-selection"
              >
                {t.notes.addToSelection}
              </button>
            </p>
          )
        )}
      </div>
      <UnplacedCorrections ws={ws} t={t} />
      <article class="report" onMouseUp={onSelect} onKeyUp={onSelect} onClick={highlights.onClick}>
        {shown.map((b) => (
          <BlockView
            key={b.id}
            block={b}
            html={html[b.i]!}
            mapping={analysis.mappings[b.i]!}
            corrected={ws.corrected.has(b.id)}
            focused={focusBlock === b.i}
            editing={editing === b.i}
            t={t}
            onEdit={(on) => setEditing(on ? b.i : null)}
            sectionSize={sectionSizes[b.i] ?? 0}
            onSave={async (pillar, themes, scope) => {
              const draft = ws.draft!;
              if (scope === 'section') {
                let change: SectionChange | null = null;
                if (
                  await ws.act(
                    async () => void (change = await setSectionCorrection(ws.db, draft, b.i, pillar, themes)),
                  )
                ) {
                  setEditing(null);
                  setSectionChange({ change: change!, undone: false });
                }
                return;
              }
              // saving the automatic mapping unchanged confirms it (that counts as a correction too)
              const m = analysis.mappings[b.i]!;
              const confirmed =
                !ws.corrected.has(b.id) &&
                m.pillar === pillar &&
                [...m.themes].sort((x, y) => x - y).join(',') === themes.join(',');
              if (await ws.act(() => setCorrection(ws.db, draft, b, pillar, themes, { confirmed }))) {
                setEditing(null);
                setSectionChange(null);
              }
            }}
            onReset={async () => {
              const c = ws.correctionOn.get(b.id);
              if (c && (await ws.act(() => removeCorrection(ws.db, c.id)))) {
                setEditing(null);
                setSectionChange(null);
              }
            }}
            notes={notes.byBlock.get(b.i) ?? []}
            threadOpen={openThreads.has(b.i)}
            onToggleThread={() => toggleThread(b.i)}
            onNote={() => setNoting({ kind: 'block', block: b.i })}
          >
            {noting?.kind === 'block' && noting.block === b.i && (
              <NoteForm
                ws={ws}
                t={t}
                about={t.notes.about(short(b.text))}
                onSave={(kind, body) => notes.add(blockTarget(blocks, b.i), kind, body, b.i)}
                onCancel={() => setNoting(null)}
              />
            )}
            {sectionChange?.change.heading === b.i && (
              <SectionUndo
                t={t}
                applied={sectionChange.change.applied.length}
                skipped={sectionChange.change.skipped.length}
                undone={sectionChange.undone}
                onUndo={() => void undoSection()}
              />
            )}
            {openThreads.has(b.i) &&
              (notes.byBlock.get(b.i) ?? []).map((p) => (
                <NoteCard item={p} notes={notes} t={t} lang={ws.settings.language} />
              ))}
          </BlockView>
        ))}
      </article>
    </section>
  );
}

interface BlockViewProps {
  block: Block;
  html: string;
  mapping: Mapping;
  corrected: boolean;
  focused: boolean;
  editing: boolean;
  t: Strings;
  onEdit(on: boolean): void;
  onSave(pillar: number, themes: number[], scope: 'block' | 'section'): void;
  onReset(): void;
  /** blocks under this heading (0 for other blocks): a heading's change can apply to its whole section */
  sectionSize: number;
  notes: PlacedNote[];
  threadOpen: boolean;
  onToggleThread(): void;
  onNote(): void;
  children?: ComponentChildren;
}

function BlockView({
  block,
  html,
  mapping,
  corrected,
  focused,
  editing,
  t,
  onEdit,
  onSave,
  onReset,
  sectionSize,
  notes,
  threadOpen,
  onToggleThread,
  onNote,
  children,
}: BlockViewProps) {
  const open = notes.filter((n) => n.note.status === 'open').length;
  const rule = mapping.rule && mapping.rule in RULES ? RULES[mapping.rule as keyof typeof RULES].nl : null;
  const why = [
    ...(mapping.evidence.length ? [t.dutch.reason(mapping.evidence.join(' · '))] : []),
    ...(rule ? [t.dutch.rule(rule)] : []),
  ].join(' · ');
  const unsure = isUnsure(mapping);
  const content =
    block.kind === 'list-item' ? (
      <ul
        class="list block-text"
        style={{ marginLeft: `${(block.depth ?? 0) * 1.25}em` }}
        dangerouslySetInnerHTML={{ __html: html }}
      />
    ) : html.includes('<table') ? (
      <ScrollBox label={t.report.wideTable(block.i)} watch={html}>
        <div class="content block-text" dangerouslySetInnerHTML={{ __html: html }} />
      </ScrollBox>
    ) : (
      <div class="content block-text" dangerouslySetInnerHTML={{ __html: html }} />
    );
  return (
    <div
      id={`block-${block.i}`}
      class={`block ${block.kind}${focused ? ' focused' : ''}${corrected ? ' corrected' : ''}`}
      data-block-index={block.i}
      data-pillar={mapping.pillar}
      data-themes={mapping.themes.join(',')}
      data-unsure={unsure || undefined}
      tabIndex={-1}
    >
      <div class="chips">
        <span
          class={`chip pillar p${mapping.pillar}`}
          title={`${pillarName(mapping.pillar)} — ${t.report.why}: ${why}`}
        >
          {mapping.pillar ? `P${mapping.pillar}` : t.report.general}
        </span>
        {mapping.themes.map((th) => (
          <span class="chip theme" title={themeName(th)}>
            T{th}
          </span>
        ))}
        {corrected && <span class="chip user">{t.report.corrected}</span>}
        {unsure && (
          <span class="chip unsure" title={t.report.unsureTitle(Math.round(mapping.confidence * 100))}>
            {t.report.unsure}
          </span>
        )}
        <details class="why">
          <summary>{t.report.why}</summary>
          {why}
        </details>
        <button type="button" class="link edit" aria-expanded={editing} onClick={() => onEdit(!editing)}>
          {t.report.edit}
        </button>
        <button type="button" class="link" onClick={onNote}>
          {t.notes.addToBlock}
        </button>
        {notes.length > 0 && (
          <button
            type="button"
            class={`chip notes${open ? ' open' : ''}`}
            aria-expanded={threadOpen}
            onClick={onToggleThread}
            data-note-count={notes.length}
          >
            💬 {t.notes.count(notes.length)}
          </button>
        )}
      </div>
      {content}
      {editing && (
        <MappingEditor
          block={block}
          mapping={mapping}
          corrected={corrected}
          sectionSize={sectionSize}
          t={t}
          onSave={onSave}
          onCancel={() => onEdit(false)}
          onReset={onReset}
        />
      )}
      {children}
    </div>
  );
}

function MappingEditor(props: {
  block: Block;
  mapping: Mapping;
  corrected: boolean;
  sectionSize: number;
  t: Strings;
  onSave(p: number, th: number[], scope: 'block' | 'section'): void;
  onCancel(): void;
  onReset(): void;
}) {
  const { block, mapping, corrected, t } = props;
  const [scope, setScope] = useState<'block' | 'section'>('block');
  const [pillar, setPillar] = useState(mapping.pillar);
  const [themes, setThemes] = useState(new Set(mapping.themes));
  const toggle = (th: number) => {
    const next = new Set(themes);
    if (!next.delete(th)) next.add(th);
    setThemes(next);
  };
  const name = `pillar-${block.i}`;
  return (
    <form
      class="editor"
      aria-label={t.report.editTitle(block.i)}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave(
          pillar,
          [...themes].sort((a, b) => a - b),
          props.sectionSize > 0 ? scope : 'block',
        );
      }}
      onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
    >
      <fieldset>
        <legend>{t.report.pillar}</legend>
        {blockPillars.map((p) => (
          <label>
            <input type="radio" name={name} value={p} checked={pillar === p} onChange={() => setPillar(p)} />
            {p ? `${p}. ${pillarName(p)}` : t.report.general}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t.report.themes}</legend>
        {framework.themes.map((th) => (
          <label>
            <input type="checkbox" value={th.id} checked={themes.has(th.id)} onChange={() => toggle(th.id)} />
            {th.id}. {themeName(th.id)}
          </label>
        ))}
      </fieldset>
      {props.sectionSize > 0 && (
        <fieldset data-testid="correction-scope">
          <legend>{t.report.scope}</legend>
          <label>
            <input
              type="radio"
              name={`scope-${block.i}`}
              value="block"
              checked={scope === 'block'}
              onChange={() => setScope('block')}
            />
            {t.report.scopeHeading}
          </label>
          <label>
            <input
              type="radio"
              name={`scope-${block.i}`}
              value="section"
              checked={scope === 'section'}
              onChange={() => setScope('section')}
            />
            {t.report.scopeSection(props.sectionSize)}
          </label>
        </fieldset>
      )}
      <div class="actions">
        <button type="submit">{t.report.save}</button>
        <button type="button" onClick={props.onCancel}>
          {t.report.cancel}
        </button>
        {corrected && (
          <button type="button" onClick={props.onReset}>
            {t.report.reset}
          </button>
        )}
      </div>
    </form>
  );
}
