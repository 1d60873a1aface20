// A printable review report: every note of a report grouped by pillar and theme, with its quote and its
// thread; unplaced notes apart. Plain HTML with its own styles, escaped throughout.
import { pillarName, themeName } from '../knowledge/framework';
import type { Analysis, Note } from '../schema';
import { escapeHtml as esc } from '../text/escape-html';

export const KIND = { vraag: 'Vraag', aanvulling: 'Aanvulling nodig', akkoord: 'Akkoord' } as const;
const when = (iso: string) => new Date(iso).toLocaleString('nl-NL', { dateStyle: 'medium', timeStyle: 'short' });

/** The pillar and themes a note is about: those of the block it sits in, or of its checklist item. */
export function noteTopic(note: Note, analysis: Analysis): { pillar: number | null; themes: number[] } {
  if (note.target.kind === 'checklist') {
    const m = /^(pillar|theme)-(\d+)$/.exec(note.target.itemId ?? '');
    if (m?.[1] === 'pillar') return { pillar: Number(m[2]), themes: [] };
    if (m?.[1] === 'theme') return { pillar: null, themes: [Number(m[2])] };
    return { pillar: null, themes: [] };
  }
  const mapping = note.placement ? analysis.mappings[note.placement.block] : undefined;
  return mapping ? { pillar: mapping.pillar, themes: mapping.themes } : { pillar: null, themes: [] };
}

function noteHtml(n: Note, analysis: Analysis): string {
  const item = n.target.kind === 'checklist' ? analysis.checklist.find((c) => c.id === n.target.itemId) : undefined;
  const about = item
    ? `<p class="about">Checklist: ${esc(item.label)}</p>`
    : n.target.quote
      ? `<blockquote>${esc(n.target.quote.exact)}</blockquote>`
      : '';
  const section = n.target.headingPath.length ? `<p class="about">${esc(n.target.headingPath.join(' › '))}</p>` : '';
  const replies = n.replies
    .map(
      (r) =>
        `<li><strong>${esc(r.author || 'onbekend')}</strong> <small>${esc(when(r.created))}</small><br>${esc(r.body)}</li>`,
    )
    .join('');
  return `<article class="note ${n.status}">
<h4>${esc(KIND[n.kind])} · ${n.status === 'open' ? 'open' : 'afgehandeld'}</h4>${section}${about}
<p>${esc(n.body)}</p>
<p class="by">${esc(n.author || 'onbekend')}, ${esc(when(n.created))}</p>${replies ? `<ul class="thread">${replies}</ul>` : ''}
</article>`;
}

export function reviewReportHtml(notes: Note[], analysis: Analysis, title: string, now = new Date()): string {
  const placed = notes.filter((n) => n.target.kind === 'checklist' || n.placement);
  const unplaced = notes.filter((n) => n.target.kind !== 'checklist' && !n.placement);
  const sections: string[] = [];
  for (const p of [1, 2, 3, 4, 5, 0]) {
    const ofPillar = placed.filter(
      (n) => noteTopic(n, analysis).pillar === p || (p === 0 && noteTopic(n, analysis).pillar === null),
    );
    if (!ofPillar.length) continue;
    const byTheme = new Map<number | null, Note[]>();
    for (const n of ofPillar) {
      const t = noteTopic(n, analysis).themes[0] ?? null;
      byTheme.set(t, [...(byTheme.get(t) ?? []), n]);
    }
    const themes = [...byTheme.entries()].sort(([a], [b]) => (a ?? 99) - (b ?? 99));
    sections.push(
      `<section><h2>${p ? `Pijler ${p}: ${esc(pillarName(p))}` : 'Algemeen'}</h2>${themes
        .map(
          ([t, ns]) =>
            `<h3>${t ? `Thema ${t}: ${esc(themeName(t))}` : 'Zonder thema'}</h3>${ns.map((n) => noteHtml(n, analysis)).join('\n')}`,
        )
        .join('\n')}</section>`,
    );
  }
  if (unplaced.length)
    sections.push(
      `<section><h2>Niet geplaatste notities</h2><p>Deze passages zijn in het huidige concept niet (zeker genoeg) teruggevonden.</p>${unplaced.map((n) => noteHtml(n, analysis)).join('\n')}</section>`,
    );
  const open = notes.filter((n) => n.status === 'open').length;
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Reviewverslag — ${esc(title)}</title>
<style>body{font:14px/1.45 system-ui,sans-serif;max-width:48rem;margin:2rem auto;color:#1b1f24}h1{font-size:1.4rem}h2{font-size:1.15rem;border-bottom:1px solid #ccc;margin-top:2rem}h3{font-size:1rem}
.note{border-left:4px solid #0b5cad;padding:.25rem .75rem;margin:.75rem 0;break-inside:avoid}.note.resolved{border-color:#1f6f3a}.note h4{margin:.2rem 0}
blockquote{margin:.3rem 0;padding:.2rem .6rem;background:#f3f5f8;font-style:italic}.about,.by,small{color:#4a5360}.thread{list-style:none;padding-left:1rem;border-left:2px solid #ddd}</style>
</head><body><h1>Reviewverslag — ${esc(title)}</h1>
<p>${notes.length} notities, waarvan ${open} open. Gemaakt op ${esc(when(now.toISOString()))}.</p>
${sections.join('\n') || '<p>Nog geen notities.</p>'}
</body></html>`;
}
