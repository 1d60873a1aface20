// How much of the report each pillar and theme holds: what the CLI table and the Overzicht chart show.
import type { Analysis, ChecklistStatus } from '../schema';
import { framework } from '../knowledge/framework';
import { blockPillars, themeItemId } from '../knowledge/shape';
import { countWords } from '../text/normalize';

export interface Share {
  id: number;
  /** block indices */
  blocks: number[];
  /** words of the blocks' own text; headings count 0 */
  words: number;
}

export interface ThemeShare extends Share {
  /** the checklist's verdict on the theme */
  status: ChecklistStatus;
}

export interface Coverage {
  pillars: Share[];
  themes: ThemeShare[];
  totalWords: number;
}

export function coverage(a: Analysis): Coverage {
  const words = a.document.blocks.map((b) => (b.kind === 'heading' ? 0 : countWords(b.text)));
  const share = (id: number, has: (m: Analysis['mappings'][number]) => boolean): Share => {
    const blocks = a.mappings.filter(has).map((m) => m.i);
    return { id, blocks, words: blocks.reduce((s, i) => s + words[i]!, 0) };
  };
  const verdict = new Map(a.checklist.map((c) => [c.id, c.status]));
  return {
    pillars: blockPillars.map((p) => share(p, (m) => m.pillar === p)),
    themes: framework.themes.map((t) => ({
      ...share(t.id, (m) => m.themes.includes(t.id)),
      status: verdict.get(themeItemId(t.id)) ?? 'missing',
    })),
    totalWords: words.reduce((s, w) => s + w, 0),
  };
}
