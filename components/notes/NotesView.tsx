// All notes of the open report, by section, with filters; unplaced notes apart and never hidden by a
// filter on place; exchange as W3C Web Annotations and a printable review report.
import { useState } from 'preact/hooks';
import { framework, pillarName, themeName } from '@/lib/knowledge/framework';
import { blockPillars } from '@/lib/knowledge/shape';
import { reviewReportHtml } from '@/lib/annotate/review-report';
import { checkNotesFileSize, fromAnnotationCollection, toAnnotationCollection } from '@/lib/annotate/web-annotation';
import { NoteKind } from '@/lib/schema';
import { importNotes } from '@/lib/storage/repository';
import { download } from '../adapters/download';
import type { Strings } from '../i18n';
import type { Workspace } from '../useWorkspace';
import { NoteCard } from './NoteCard';
import type { Notes, PlacedNote } from './useNotes';

type Filter = { pillar: string; theme: string; kind: string; status: string };

export function NotesView({
  ws,
  t,
  notes,
  onShowBlock,
}: {
  ws: Workspace;
  t: Strings;
  notes: Notes;
  onShowBlock(i: number): void;
}) {
  const [filter, setFilter] = useState<Filter>({ pillar: '', theme: '', kind: '', status: 'open' });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const lang = ws.settings.language;
  const blocks = ws.analysis!.document.blocks;

  const matches = (p: PlacedNote) =>
    (filter.pillar === '' || String(p.pillar) === filter.pillar) &&
    (filter.theme === '' || p.themes.includes(Number(filter.theme))) &&
    (filter.kind === '' || p.note.kind === filter.kind) &&
    (filter.status === '' || p.note.status === filter.status);
  const shown = notes.all.filter(matches);
  const onChecklist = shown.filter((p) => p.note.target.kind === 'checklist');
  const unplaced = notes.all.filter(
    (p) =>
      p.note.target.kind !== 'checklist' &&
      !p.place &&
      (filter.kind === '' || p.note.kind === filter.kind) &&
      (filter.status === '' || p.note.status === filter.status),
  );
  const sections = new Map<string, PlacedNote[]>();
  for (const p of shown.filter((x) => x.place).sort((a, b) => a.place!.start - b.place!.start)) {
    const b = blocks[p.place!.block]!;
    const path = (b.kind === 'heading' ? [...b.headingPath, b.text] : b.headingPath).join(' › ') || t.notes.noSection;
    sections.set(path, [...(sections.get(path) ?? []), p]);
  }

  const title = ws.report?.title ?? ws.draft!.fileName;
  const exportNotes = () => {
    const json = toAnnotationCollection(
      notes.all.map((p) => p.note),
      { id: ws.draft!.reportId, title },
    );
    download(
      JSON.stringify(json, null, 2),
      t.files.notes(String(ws.report?.year ?? t.files.noYear)),
      'application/ld+json',
    );
  };
  const printable = () =>
    download(
      reviewReportHtml(
        notes.all.map((p) => ({ ...p.note, placement: p.place })),
        ws.analysis!,
        title,
      ),
      t.files.review(String(ws.report?.year ?? t.files.noYear)),
      'text/html',
    );
  const pick = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const tooBig = checkNotesFileSize(file.size);
    if (tooBig) return setMessage({ ok: false, text: tooBig[lang] });
    const read = fromAnnotationCollection(await file.text(), ws.draft!.reportId);
    if (!read.ok) return setMessage({ ok: false, text: read.error[lang] });
    await ws.act(async () => {
      const r = await importNotes(ws.db, ws.draft!.reportId, read.value.notes, ws.draft);
      setMessage({ ok: true, text: t.notes.imported(r.added, r.updated, r.unchanged) });
    });
  };
  const select = (key: keyof Filter, label: string, options: [string, string][]) => (
    <label>
      {label}{' '}
      <select
        value={filter[key]}
        onChange={(e) => setFilter({ ...filter, [key]: e.currentTarget.value })}
        data-filter={key}
      >
        {options.map(([v, l]) => (
          <option value={v}>{l}</option>
        ))}
      </select>
    </label>
  );
  const card = (p: PlacedNote) => <NoteCard item={p} notes={notes} t={t} lang={lang} onShow={onShowBlock} />;

  return (
    <section aria-labelledby="notes-title">
      <h2 id="notes-title">
        {t.notes.title} <small>({t.notes.openCount(notes.all.filter((p) => p.note.status === 'open').length)})</small>
      </h2>
      <div class="actions">
        <button type="button" onClick={exportNotes} data-testid="notes-export" disabled={!notes.all.length}>
          {t.notes.exportNotes}
        </button>
        <label for="notes-import" class="button">
          {t.notes.importNotes}
        </label>
        <input
          id="notes-import"
          data-testid="notes-import"
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          class="visually-hidden"
          onChange={pick}
        />
        <button type="button" onClick={printable} data-testid="review-report" disabled={!notes.all.length}>
          {t.notes.reviewReport}
        </button>
      </div>
      <div aria-live="polite">{message?.ok && <p class="result ok">{message.text}</p>}</div>
      {message && !message.ok && (
        <p role="alert" class="result error">
          {message.text}
        </p>
      )}
      <div class="filters" role="group" aria-label={t.notes.filter}>
        {select('pillar', t.report.pillar, [
          ['', t.notes.allPillars],
          ...blockPillars.map((p): [string, string] => [String(p), p ? `${p}. ${pillarName(p)}` : t.report.general]),
        ])}
        {select('theme', t.report.themes, [
          ['', t.notes.allThemes],
          ...framework.themes.map((th): [string, string] => [String(th.id), `${th.id}. ${themeName(th.id)}`]),
        ])}
        {select('kind', t.notes.kind, [
          ['', t.notes.allKinds],
          ...NoteKind.options.map((k): [string, string] => [k, t.notes.kinds[k]]),
        ])}
        {select('status', t.notes.status, [
          ['', t.notes.allStatus],
          ['open', t.notes.open],
          ['resolved', t.notes.resolved],
        ])}
      </div>
      {notes.all.length === 0 && <p class="empty">{t.notes.empty}</p>}
      {notes.all.length > 0 && shown.length === 0 && unplaced.length === 0 && <p class="empty">{t.notes.none}</p>}
      {[...sections.entries()].map(([path, items]) => (
        <section class="note-section" aria-label={path}>
          <h3>{path}</h3>
          {items.map(card)}
        </section>
      ))}
      {onChecklist.length > 0 && (
        <section class="note-section">
          <h3>{t.notes.checklistItems}</h3>
          {onChecklist.map((p) => (
            <>
              <p class="about">
                {ws.analysis!.checklist.find((c) => c.id === p.note.target.itemId)?.label ?? p.note.target.itemId}
              </p>
              {card(p)}
            </>
          ))}
        </section>
      )}
      {unplaced.length > 0 && (
        <section class="note-section unplaced" data-testid="unplaced-notes">
          <h3>{t.notes.unplaced}</h3>
          <p>{t.notes.unplacedIntro}</p>
          {unplaced.map(card)}
        </section>
      )}
    </section>
  );
}
