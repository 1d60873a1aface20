// The report as the author wrote it, block by block, each with its pillar and theme chips and the reason
// for them; a block's mapping can be corrected here, and the checklist follows at once.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { framework, pillarName, themeName } from '@/lib/knowledge/framework';
import type { Block, Mapping } from '@/lib/schema';
import { imagesOf, removeCorrection, setCorrection } from '@/lib/storage/repository';
import type { Strings } from './i18n';
import { sanitizeReportHtml } from './report/sanitize';
import { useLive } from './useLive';
import type { Workspace } from './useWorkspace';

/** blob: URLs for the draft's stored images, revoked when the draft changes */
function useImageUrls(ws: Workspace): Map<string, string> {
  const draftId = ws.draft?.id ?? '';
  const images = useLive(() => imagesOf(ws.db, draftId), [ws.db, draftId]);
  const urls = useMemo(() => {
    const map = new Map<string, string>();
    if (images.state !== 'ready') return map;
    for (const img of images.value) map.set(img.id.slice(draftId.length + 1), URL.createObjectURL(new Blob([img.data], { type: img.contentType })));
    return map;
  }, [images]);
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls]);
  return urls;
}

export function ReportView({ ws, t, focusBlock }: { ws: Workspace; t: Strings; focusBlock: number | null }) {
  const analysis = ws.analysis!;
  const [filter, setFilter] = useState<'all' | number>('all');
  const [editing, setEditing] = useState<number | null>(null);
  const imageUrls = useImageUrls(ws);
  const html = useMemo(
    () => analysis.document.blocks.map((b) => sanitizeReportHtml(b.html, (id) => imageUrls.get(id) ?? null)),
    [analysis.document, imageUrls],
  );

  useEffect(() => {
    if (focusBlock === null) return;
    setFilter('all');
    const el = document.getElementById(`block-${focusBlock}`);
    el?.scrollIntoView?.({ block: 'center' });
    el?.focus();
  }, [focusBlock]);

  const blocks = analysis.document.blocks.filter((b) => filter === 'all' || analysis.mappings[b.i]!.pillar === filter);
  return (
    <section aria-labelledby="report-title">
      <div class="toolbar">
        <h2 id="report-title">{t.report.title}</h2>
        <label>
          {t.report.filter}{' '}
          <select value={String(filter)} onChange={(e) => setFilter(e.currentTarget.value === 'all' ? 'all' : Number(e.currentTarget.value))}>
            <option value="all">{t.report.all}</option>
            {[0, 1, 2, 3, 4, 5].map((p) => (
              <option value={p}>{p ? `${t.report.pillar} ${p}: ${pillarName(p)}` : t.report.general}</option>
            ))}
          </select>
        </label>
      </div>
      <article class="report">
        {blocks.map((b) => (
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
            onSave={async (pillar, themes) => {
              if (await ws.act(() => setCorrection(ws.db, ws.draft!.id, b.id, pillar, themes))) setEditing(null);
            }}
            onReset={async () => {
              if (await ws.act(() => removeCorrection(ws.db, ws.draft!.id, b.id))) setEditing(null);
            }}
          />
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
  onSave(pillar: number, themes: number[]): void;
  onReset(): void;
}

function BlockView({ block, html, mapping, corrected, focused, editing, t, onEdit, onSave, onReset }: BlockViewProps) {
  const why = mapping.evidence.join(' · ');
  const content =
    block.kind === 'list-item' ? (
      <ul class="list" style={{ marginLeft: `${(block.depth ?? 0) * 1.25}em` }} dangerouslySetInnerHTML={{ __html: html }} />
    ) : (
      <div class="content" dangerouslySetInnerHTML={{ __html: html }} />
    );
  return (
    <div
      id={`block-${block.i}`}
      class={`block ${block.kind}${focused ? ' focused' : ''}${corrected ? ' corrected' : ''}`}
      data-block-index={block.i}
      data-pillar={mapping.pillar}
      data-themes={mapping.themes.join(',')}
      tabIndex={-1}
    >
      <div class="chips">
        <span class={`chip pillar p${mapping.pillar}`} title={`${pillarName(mapping.pillar)} — ${t.report.why}: ${why}`}>
          {mapping.pillar ? `P${mapping.pillar}` : t.report.general}
        </span>
        {mapping.themes.map((th) => (
          <span class="chip theme" title={themeName(th)}>
            T{th}
          </span>
        ))}
        {corrected && <span class="chip user">{t.report.corrected}</span>}
        <details class="why">
          <summary>{t.report.why}</summary>
          {why}
        </details>
        <button type="button" class="link edit" aria-expanded={editing} onClick={() => onEdit(!editing)}>
          {t.report.edit}
        </button>
      </div>
      {content}
      {editing && <MappingEditor block={block} mapping={mapping} corrected={corrected} t={t} onSave={onSave} onCancel={() => onEdit(false)} onReset={onReset} />}
    </div>
  );
}

function MappingEditor(props: { block: Block; mapping: Mapping; corrected: boolean; t: Strings; onSave(p: number, th: number[]): void; onCancel(): void; onReset(): void }) {
  const { block, mapping, corrected, t } = props;
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
        props.onSave(pillar, [...themes].sort((a, b) => a - b));
      }}
      onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
    >
      <fieldset>
        <legend>{t.report.pillar}</legend>
        {[0, 1, 2, 3, 4, 5].map((p) => (
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
