// Holds a mapped report against the checklist: every item present, thin or missing, with the blocks that
// are its evidence and a reason in plain Dutch.
import type { Block, ChecklistVerdict, Mapping } from '../schema';
import {
  defaultProfile,
  headingSource,
  namesYear,
  patternSource,
  type ChecklistProfile,
  type SectionItem,
} from '../knowledge/checklist-profile';
import { framework, themeName } from '../knowledge/framework';
import { themeItemId } from '../knowledge/shape';
import { countWords, fold } from '../text/normalize';
import { plural } from '../text/plural';
import { findTableOfContents } from '../classify/toc';

const BLOCKS = { one: 'blok', other: 'blokken' };

export interface ChecklistOptions {
  focusThemes: number[];
  year: number | null;
  thinWords?: number;
  profile?: ChecklistProfile;
}

/** The words of a heading after its first colon: what a heading like "Doel voor 2026: Eenduidig werken" states. */
function statedWords(text: string): number {
  const colon = text.indexOf(':');
  return colon < 0 ? 0 : countWords(text.slice(colon + 1));
}

/** A heading and every block under it, until a heading of the same or a higher level. */
function sectionOf(blocks: Block[], h: Block): number[] {
  const out = [h.i];
  for (let k = h.i + 1; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.kind === 'heading' && b.level! <= h.level!) break;
    out.push(k);
  }
  return out;
}

const uniqSorted = (xs: Iterable<number>) => [...new Set(xs)].sort((a, b) => a - b);

interface Found {
  evidence: number[];
  words: number;
  status: ChecklistVerdict['status'];
  reason: string;
}

export function evaluateChecklist(blocks: Block[], mappings: Mapping[], options: ChecklistOptions): ChecklistVerdict[] {
  const profile = options.profile ?? defaultProfile;
  const thin = options.thinWords ?? profile.thinWords;
  const toc = findTableOfContents(blocks);
  const words = blocks.map((b) => (b.kind === 'heading' || toc.has(b.i) ? 0 : countWords(b.text)));
  const folded = blocks.map((b) => fold(b.text));
  const sum = (idx: number[]) => idx.reduce((s, i) => s + words[i]!, 0);
  const bodyOf = (idx: number[]) => idx.filter((i) => blocks[i]!.kind !== 'heading' && !toc.has(i));
  const where = (idx: number[]) => {
    const h = idx.map((i) => blocks[i]!).find((b) => b.kind === 'heading');
    return h ? ` onder “${h.text}”` : '';
  };

  /** Enough words of its own: the body blocks' words, plus for `stated` headings the words they state. */
  const byWords = (idx: number[], what: string, stated: ReadonlyMap<number, number> = new Map()): Found => {
    const counted = idx.filter((i) => stated.has(i) || (blocks[i]!.kind !== 'heading' && !toc.has(i)));
    const w = counted.reduce((s, i) => s + (stated.get(i) ?? words[i]!), 0);
    if (idx.length === 0) return { evidence: [], words: 0, status: 'missing', reason: `${what} niet gevonden` };
    if (w >= thin)
      return {
        evidence: idx,
        words: w,
        status: 'present',
        reason: `${counted.length} blokken, ${w} woorden${where(idx)}`,
      };
    const reason =
      w === 0
        ? `alleen genoemd (kop of opsomming), geen eigen tekst${where(idx)}`
        : `maar ${w} woorden eigen tekst${where(idx)} (minder dan ${thin})`;
    return { evidence: idx, words: w, status: 'thin', reason };
  };

  const pillarItem = (pillar: number) =>
    byWords(
      mappings.filter((m) => m.pillar === pillar).map((m) => m.i),
      `pijler ${pillar}`,
    );

  const themeItem = (theme: number): Found => {
    const all = mappings.filter((m) => m.themes.includes(theme)).map((m) => m.i);
    // an overview naming many themes at once (planning table, list of themes) is no account of one
    const own = all.filter((i) => mappings[i]!.themes.length < profile.overviewThemes);
    const found = byWords(own, `thema ${theme}`);
    if (own.length === 0 && all.length > 0)
      return { evidence: all, words: 0, status: 'thin', reason: 'alleen genoemd in een overzicht van thema’s' };
    return found;
  };

  const sectionItem = (item: SectionItem): Found => {
    const headingRe = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${item.headings.map((h) => headingSource(h, options.year)).join('|')})`,
      'u',
    );
    const patterns = item.patterns.map((p) => new RegExp(patternSource(p, options.year), 'u'));
    // an exclusion tied to the reporting year cannot be judged without it
    const exclude = (item.exclude ?? [])
      .filter((p) => options.year !== null || !namesYear(p))
      .map((p) => new RegExp(patternSource(p, options.year), 'u'));
    const figures = item.figures ? new RegExp(item.figures, 'u') : null;
    const said = (i: number) => patterns.some((re) => re.test(folded[i]!));
    const excluded = (i: number) => exclude.some((re) => re.test(folded[i]!));
    const headingBlocks = blocks.filter((b) => b.kind === 'heading' && !toc.has(b.i) && !excluded(b.i));
    // a heading that states the item (found by a pattern) brings its section and counts the words it states
    const statements = item.patternsInHeadings ? headingBlocks.filter((h) => said(h.i)) : [];
    const stated = new Map(statements.map((h) => [h.i, statedWords(h.text)] as const).filter(([, n]) => n > 0));
    const roots = [
      ...statements,
      ...(item.headings.length ? headingBlocks.filter((h) => headingRe.test(folded[h.i]!)) : []),
    ];
    const inSections = roots.flatMap((h) => sectionOf(blocks, h));
    const byText = blocks
      .filter((b) => b.kind !== 'heading' && !toc.has(b.i) && said(b.i) && !excluded(b.i))
      .map((b) => b.i);
    const evidence = uniqSorted([...inSections, ...byText]);
    const body = bodyOf(evidence);
    const w = sum(body);
    if (evidence.length === 0) return { evidence, words: 0, status: 'missing', reason: 'niet gevonden' };
    switch (item.substance) {
      case 'words':
        return byWords(evidence, item.id, stated);
      case 'mention':
        return body.length
          ? {
              evidence,
              words: w,
              status: 'present',
              reason: `beschreven in ${plural('nl', body.length, BLOCKS)}${where(evidence)}`,
            }
          : { evidence, words: 0, status: 'thin', reason: `alleen een kop${where(evidence)}, geen tekst` };
      case 'figures': {
        const withFigures = body.filter((i) => figures!.test(blocks[i]!.text));
        return withFigures.length
          ? {
              evidence,
              words: w,
              status: 'present',
              reason: `cijfers in ${plural('nl', withFigures.length, BLOCKS)}${where(evidence)}`,
            }
          : { evidence, words: w, status: 'thin', reason: `genoemd${where(evidence)}, maar zonder cijfers` };
      }
      case 'planning': {
        const tables = [...evidence, ...blocks.filter((b) => b.kind === 'table').map((b) => b.i)].filter((i) =>
          isPlanningTable(blocks[i]!),
        );
        if (tables.length)
          return {
            evidence: uniqSorted([...evidence, ...tables]),
            words: w,
            status: 'present',
            reason: `planning over meerdere jaren in ${plural('nl', tables.length, { one: 'tabel', other: 'tabellen' })}`,
          };
        return byWords(evidence, item.id, stated);
      }
    }
  };

  const verdicts: ChecklistVerdict[] = [];
  for (const item of profile.items) {
    const found = item.kind === 'pillar' ? pillarItem(item.pillar) : sectionItem(item);
    verdicts.push({ id: item.id, label: item.label, level: item.level, ...found });
  }
  for (const t of framework.themes) {
    const level = options.focusThemes.includes(t.id) ? 'required' : profile.themeItem.level;
    const label = profile.themeItem.label.replace('{n}', String(t.id)).replace('{name}', themeName(t.id));
    verdicts.push({ id: themeItemId(t.id), label, level, ...themeItem(t.id) });
  }
  // required first; within a level, the profile's order with the themes after the pillars' items
  const order = (v: ChecklistVerdict) => (v.level === 'required' ? 0 : 1);
  return verdicts
    .map((v, k) => [v, k] as const)
    .sort((a, b) => order(a[0]) - order(b[0]) || a[1] - b[1])
    .map(([v]) => v);
}

/** A table with at least three different years in its first rows: a planning over years. */
function isPlanningTable(b: Block): boolean {
  if (b.kind !== 'table' || !b.rows) return false;
  const head = b.rows.slice(0, 2).flat().join(' ').replace(/\s+/g, '');
  return new Set(head.match(/20[2-3]\d/g) ?? []).size >= 3;
}
