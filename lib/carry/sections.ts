// The KKFZ structure a carried-forward draft (and a comparison with last year) is organised by: every
// block filed under its pillar and one theme of that pillar, or the pillar's general part.
import type { Block, Mapping } from '../schema';
import { pillarName, themeName, themePillar } from '../knowledge/framework';

export interface Filed {
  pillar: number;
  /** a theme of `pillar`, or null for the pillar's general part */
  theme: number | null;
}

/** A heading goes with its section when one theme has this share of the section's themed blocks. */
const HEADING_THEME_SHARE = 0.6;

function ownTheme(m: Mapping, parent: Mapping | undefined): number | null {
  const candidates = m.themes.filter((t) => themePillar(t) === m.pillar);
  return candidates.find((t) => parent?.themes.includes(t)) ?? candidates[0] ?? null;
}

export function fileBlocks(blocks: Block[], mappings: Mapping[]): Filed[] {
  const candidates = (k: number) => mappings[k]!.themes.filter((t) => themePillar(t) === mappings[k]!.pillar);
  const filed: Filed[] = blocks.map((b, k) => {
    const m = mappings[k]!;
    return {
      pillar: m.pillar,
      theme: b.kind === 'heading' ? null : ownTheme(m, b.parent === null ? undefined : mappings[b.parent]),
    };
  });
  // a list stays with its lead-in ("Thema's die zijn besproken:") and with itself
  blocks.forEach((b, k) => {
    const prev = blocks[k - 1];
    if (b.kind !== 'list-item' || !prev || prev.parent !== b.parent || filed[k - 1]!.pillar !== filed[k]!.pillar)
      return;
    if (prev.kind === 'list-item' || (prev.kind === 'paragraph' && /:\s*$/u.test(prev.text)))
      filed[k]!.theme = filed[k - 1]!.theme;
  });
  blocks.forEach((h, k) => {
    if (h.kind !== 'heading') return;
    const counts = new Map<number, number>();
    let themed = 0;
    for (let j = k + 1; j < blocks.length && !(blocks[j]!.kind === 'heading' && blocks[j]!.level! <= h.level!); j++) {
      const f = filed[j]!;
      if (blocks[j]!.kind === 'heading' || f.pillar !== filed[k]!.pillar || f.theme === null) continue;
      themed++;
      counts.set(f.theme, (counts.get(f.theme) ?? 0) + 1);
    }
    const [top] = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    filed[k]!.theme = top && top[1] >= themed * HEADING_THEME_SHARE ? top[0] : ownTheme(mappings[k]!, undefined);
  });
  // a block without a theme of its own pillar stays in its heading's section
  blocks.forEach((b, k) => {
    if (
      b.kind === 'heading' ||
      b.parent === null ||
      candidates(k).length ||
      filed[b.parent]!.pillar !== filed[k]!.pillar
    )
      return;
    if (b.kind === 'list-item' && filed[k]!.theme !== null) return;
    filed[k]!.theme = filed[b.parent]!.theme;
  });
  return filed;
}

/** Sort key of a section: general first, then pillar by pillar, each pillar's general part before its themes. */
export const sectionRank = (f: Filed) => f.pillar * 100 + (f.theme ?? 0);

export const sectionKey = (f: Filed) => `${f.pillar}:${f.theme ?? '-'}`;

const WORDS = {
  nl: { general: 'Algemeen', pillar: 'Pijler', theme: 'Thema' },
  en: { general: 'General', pillar: 'Pillar', theme: 'Theme' },
};

/** "Pijler 1: Veiligheid en persoonsgerichte zorg", "Thema 6: Opleidingsplan"; the framework's names stay Dutch. */
export function sectionTitle(f: Filed, language: 'nl' | 'en' = 'nl'): string {
  const w = WORDS[language];
  if (f.theme !== null) return `${w.theme} ${f.theme}: ${themeName(f.theme)}`;
  return f.pillar === 0 ? w.general : `${w.pillar} ${f.pillar}: ${pillarName(f.pillar)}`;
}
