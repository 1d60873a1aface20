// Which year a report accounts for: the title says it most often ("Kwaliteitsverslag 2025"), else a phrase
// ("over 2025", "peildatum 31 december 2025"), else the year the opening pages speak of most.
import type { Block, YearGuess } from '../schema';

const YEAR = /\b(20[1-3]\d)\b/g;
/** spans such as "2022–2028", "2022 t/m 2028", "2025/2026": planning, not the report's year */
const RANGE = /\b20[1-3]\d\s*(?:[-–—/]|t\/m|tot en met|tot)\s*(?:20)?[1-3]\d\b/g;
const PHRASE =
  /\b(?:over(?: het jaar)?|verslagjaar|boekjaar|kalenderjaar|in het jaar|peildatum(?: 31 december| 31-12-)?|per 31 december|op 31 december|31-12-)\s*(20[1-3]\d)\b/i;
const TITLE_WORDS = /verslag|rapportage|kwaliteitskader|jaarbeeld|verantwoording/i;

const yearsIn = (text: string) => [...text.replace(RANGE, ' ').matchAll(YEAR)].map((m) => Number(m[1]));

export function detectReportYear(blocks: Block[], title?: string | null): YearGuess {
  const headings = blocks
    .filter((b) => b.kind === 'heading')
    .slice(0, 3)
    .map((b) => b.text);
  for (const text of [title ?? '', ...headings]) {
    const years = [...new Set(yearsIn(text))];
    if (years.length === 1 && (TITLE_WORDS.test(text) || text === title)) return { year: years[0]!, evidence: text };
  }
  const opening = blocks.slice(0, 60);
  for (const b of opening) {
    const m = PHRASE.exec(b.text.replace(RANGE, ' '));
    if (m) return { year: Number(m[1]), evidence: m[0] };
  }
  // the year the opening speaks of most, when it clearly leads
  const counts = new Map<number, number>();
  for (const b of opening)
    if (b.kind !== 'table') for (const y of yearsIn(b.text)) counts.set(y, (counts.get(y) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const total = ranked.reduce((s, [, c]) => s + c, 0);
  const [top] = ranked;
  if (top && top[1] >= 3 && top[1] / total >= 0.5)
    return { year: top[0], evidence: `${top[1]}× genoemd in het begin van het verslag` };
  return { year: null, evidence: null };
}
