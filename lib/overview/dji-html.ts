// The "Overzicht voor DJI" as one standalone HTML page to read on screen or print on A4: h1 the title, h2 the
// focus themes, each pillar and the parts after them, h3 each theme. Every text is escaped: the report's words
// are quoted as text, never its HTML.
import { escapeHtml as esc } from '../text/escape-html';
import type { DjiExcerpt, DjiItem, DjiNote, DjiOverview, DjiPillar, DjiTheme } from './dji';
import {
  aspectText,
  DJI_NL,
  evidenceCell,
  FOCUS_MARK,
  itemFacts,
  JUSTIFIED_NL,
  noteAbout,
  noteHead,
  pillarTable,
  reasonText,
  sectionLabel,
  statusText,
  themeTitle,
} from './dji-text';

const STYLE = `
:root { --ink: #1b1f24; --muted: #4a5360; --line: #d0d5dc; --accent: #0b5cad; --focus: #8a5a00; }
body { font: 15px/1.5 system-ui, "Segoe UI", sans-serif; color: var(--ink); max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .2rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; margin: 2.2rem 0 .6rem; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .2rem; }
.subtitle, .meta, .source, .about { color: var(--muted); }
p.meta { margin: .25rem 0; }
.summary { margin: .2rem 0; }
.mark { color: var(--focus); }
.status { display: inline-block; padding: 0 .45rem; border-radius: .25rem; border: 1px solid currentColor; font-size: .85em; }
.status.present { color: #1f6f3a; } .status.thin { color: #8a5a00; } .status.missing { color: #b3261e; } .status.justified { color: #5a4a9c; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92em; }
th, td { border: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top; }
thead th { background: #f3f5f8; }
td.num { text-align: right; white-space: nowrap; }
blockquote { margin: .45rem 0; padding: .3rem .75rem; border-left: 3px solid var(--accent); background: #f6f8fa; }
blockquote p { margin: 0; }
.source { font-size: .85em; margin-top: .15rem; }
ul.notes { padding-left: 1.1rem; } ul.notes li { margin: .25rem 0; }
.about { font-size: .85em; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: .85em; border-top: 1px solid var(--line); padding-top: .5rem; }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  body { font: 10.5pt/1.4 system-ui, "Segoe UI", sans-serif; max-width: none; margin: 0; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  section.pillar { break-before: page; }
  h2, h3 { break-after: avoid; }
  blockquote, tr, li, .theme-head { break-inside: avoid; }
  thead { display: table-header-group; }
}`;

const status = (item: DjiItem) =>
  `<span class="status ${item.justified ? 'justified' : item.status}">${esc(statusText(item))}</span>`;
/** A heading; a focus mark in front stands out. */
const heading = (level: 2 | 3, text: string) =>
  `<h${level}>${text.startsWith(FOCUS_MARK) ? `<span class="mark">${FOCUS_MARK}</span>${esc(text.slice(FOCUS_MARK.length))}` : esc(text)}</h${level}>`;
const statusLine = (item: DjiItem, focus = false) =>
  `<p class="meta theme-head">${status(item)} ${esc(itemFacts(item, focus))}</p>`;

function excerptsHtml(excerpts: DjiExcerpt[]): string {
  if (!excerpts.length) return `<p class="meta">${esc(DJI_NL.noExcerpt)}</p>`;
  return excerpts
    .map((e) => `<blockquote><p>${esc(e.text)}</p><p class="source">${esc(sectionLabel(e.section))}</p></blockquote>`)
    .join('\n');
}

function notesHtml(notes: DjiNote[]): string {
  if (!notes.length) return '';
  const items = notes.map(
    (n) =>
      `<li><strong>${esc(noteHead(n))}</strong>: ${esc(n.body)}${noteAbout(n) ? `<br><span class="about">${esc(noteAbout(n))}</span>` : ''}</li>`,
  );
  return `<p><strong>${esc(DJI_NL.notes)}</strong></p><ul class="notes">${items.join('')}</ul>`;
}

/** An item in full: status and words, why, the passages, the open notes. */
function itemBody(item: DjiItem, focus = false): string {
  return `${statusLine(item, focus)}
<p class="meta">${esc(reasonText(item))}</p>
${excerptsHtml(item.excerpts)}
${notesHtml(item.notes)}`;
}

function themeHtml(t: DjiTheme, inFocusSection: boolean): string {
  const body =
    t.focus && !inFocusSection ? `<p class="meta">${status(t)} ${esc(DJI_NL.seeFocus)}</p>` : itemBody(t, t.focus);
  return `<section class="theme" id="${inFocusSection ? 'focus-' : ''}thema-${t.theme}">${heading(3, themeTitle(t))}\n${body}</section>`;
}

function tableHtml(p: DjiPillar, keyFigures: DjiItem[]): string {
  const { head, rows } = pillarTable(p, keyFigures);
  const body = rows.map(
    ({ title, item }) =>
      `<tr><td>${esc(title)}</td><td>${status(item)}</td><td class="num">${item.words}</td><td>${esc(evidenceCell(item))}</td></tr>`,
  );
  return `<table><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

function pillarHtml(p: DjiPillar, keyFigures: DjiItem[]): string {
  const themes = p.themes.length > 0;
  const aspects = p.aspects.length
    ? `<ul>${p.aspects.map((a) => `<li>${esc(aspectText(a))}</li>`).join('')}</ul>`
    : `<p class="meta">${esc(DJI_NL.noAspects)}</p>`;
  // a pillar without themes: its own passages, if any beside the key figures in its table
  const content = themes
    ? p.themes.map((t) => themeHtml(t, false)).join('\n')
    : p.excerpts.length
      ? excerptsHtml(p.excerpts)
      : '';
  return `<section class="pillar" id="pijler-${p.pillar}">
${heading(2, p.label)}
${statusLine(p)}
<p class="meta">${esc(reasonText(p))}</p>
${tableHtml(p, keyFigures)}
${content}
${notesHtml(p.notes)}
${heading(3, DJI_NL.aspects)}
${aspects}
</section>`;
}

export function djiOverviewHtml(m: DjiOverview): string {
  const focus = m.focusThemes.map((t) => themeHtml(t, true)).join('\n');
  const omissions = m.omissions.length
    ? `<ul>${m.omissions.map((o) => `<li><strong>${esc(o.label)}</strong>: ${esc(JUSTIFIED_NL[o.kind])}: ${esc(o.reason)}</li>`).join('')}</ul>`
    : `<p class="meta">${esc(DJI_NL.noOmissions)}</p>`;
  const keyFigure = (k: DjiItem) =>
    `<section class="key" id="kerngegeven-${k.id}">${heading(3, k.label)}\n${itemBody(k)}</section>`;
  const other = m.otherNotes.length
    ? `<section id="notities">${heading(2, DJI_NL.otherNotes)}\n${notesHtml(m.otherNotes)}</section>`
    : '';
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(m.heading)}</title>
<style>${STYLE}
</style>
</head><body>
<header>
<h1>${esc(m.heading)}</h1>
<p class="subtitle">${esc(m.subtitle)}</p>
<p class="summary">${esc(m.summary)}</p>
</header>
<section id="focus">${heading(2, DJI_NL.focus)}
<p class="meta">${esc(m.focus.line)}</p>
${focus}</section>
${m.pillars.map((p) => pillarHtml(p, m.keyFigures)).join('\n')}
<section id="kerngegevens">${heading(2, DJI_NL.keyFigures)}
<p class="meta">${esc(DJI_NL.keyFiguresIntro)}</p>
${m.keyFigures.map(keyFigure).join('\n')}</section>
<section id="weglatingen">${heading(2, DJI_NL.omissions)}
${omissions}</section>
${other}
<footer>${esc(DJI_NL.footer)}</footer>
</body></html>
`;
}
