// Plan, part one: which checklist items one form field may ask for, each with a score and the words that say so.
// A field's own label decides before its surroundings; the head of a label before its examples. The form as a
// whole settles the final choice (form-context.ts, assign.ts).
import { fillTerms } from '../knowledge/fill-terms';
import { compilePhrases } from '../knowledge/phrases';
import { themePillar } from '../knowledge/framework';
import { pillarItemId, themeOfItem } from '../knowledge/shape';
import { fold } from '../text/normalize';
import type { FieldInfo } from './field';
import type { ShapedField } from './field-kind';
import { hitsIn, RAW, targetRank, type Hit } from './hits';
import { labelHead } from './label-head';
import { notContent } from './non-content';

export interface Candidate {
  /** a checklist item id (`pillar-2`, `theme-6`, `omvang`, …) */
  target: string;
  /** 0..1 */
  score: number;
  /** why, in Dutch: which signal, which words */
  evidence: string;
  /** the signal that says so: 'label', 'rowHeader', 'heading', 'outline-0' (the outermost heading), … */
  signal: string;
  /** how strong the words are on their own (RAW) */
  raw: number;
  /** found only in the label's secondary words (its examples in brackets) */
  aside: boolean;
}

export interface FieldMatch {
  /** the chosen item, or null when nothing fits */
  target: string | null;
  score: number;
  evidence: string;
  /** every item the field may ask for, best first; the form may settle on another than the first */
  candidates: Candidate[];
  /** the field is for something other than report content (a name, an e-mail address, a date, a file) */
  nonContent: boolean;
}

export type MatchableField = ShapedField & Pick<FieldInfo, 'autocomplete'>;

/** Below this a field is left unmatched. */
const THRESHOLD = 0.45;
const AGREE_BONUS = 0.04;
const AGREE_MAX = 0.1;
/** what a label's examples count for against its head */
const ASIDE_WEIGHT = 0.8;

const personal = compilePhrases<true>(fillTerms.personal.map((p) => [p, true]));
const generic = new Set(fillTerms.generic.map(fold));

interface Signal {
  text: string;
  weight: number;
  /** how the evidence names it */
  name: string;
  /** its key for the form context */
  key: string;
  aside: boolean;
}

/** A text as signals: its head at full weight, and with its secondary words at less. */
function split(text: string, weight: number, name: string, key: string): Signal[] {
  if (!text) return [];
  const { head, aside } = labelHead(text);
  const out: Signal[] = head ? [{ text: head, weight, name, key, aside: false }] : [];
  if (aside) out.push({ text, weight: weight * ASIDE_WEIGHT, name, key, aside: true });
  return out;
}

function ownSignals(s: FieldInfo['signals']): Signal[] {
  return [
    ...s.label.flatMap((text, k) => split(text, 1 - 0.05 * k, 'label', `label-${k}`)),
    ...split(s.placeholder, 0.95, 'voorbeeldtekst', 'placeholder'),
    ...split(s.tokens, 0.8, 'veldnaam', 'tokens'),
  ];
}

/** A label of only words like "Toelichting", "Antwoord", "Vraag 3": it names no topic. */
const isGeneric = (text: string) =>
  (fold(labelHead(text).head).match(/[\p{L}\p{N}]+/gu) ?? []).every(
    (w) => generic.has(w) || /^(?:\d+|\p{L})$/u.test(w),
  );

function contextSignals(s: FieldInfo['signals']): Signal[] {
  // with no label that names something, the question before the field is its label
  const unlabelled = [...s.label, s.placeholder].every((t) => !t || isGeneric(t));
  return [
    ...split(s.rowHeader, 0.9, 'rijkop', 'rowHeader'),
    ...split(s.colHeader, 0.6, 'kolomkop', 'colHeader'),
    ...split(s.before, unlabelled ? 0.9 : 0.75, 'tekst ervoor', 'before'),
    ...split(s.heading, 0.75, 'kop', 'heading'),
    // the headings above the nearest one, nearest first and each a little weaker: only a name or number there counts
    ...s.outline
      .map((text, k) => ({ text, k }))
      .reverse()
      .flatMap(({ text, k }, d) => split(text, 0.52 - 0.02 * d, 'kop', `outline-${k}`)),
    ...split(s.group, 0.7, 'groep', 'group'),
    ...split(s.description, 0.6, 'beschrijving', 'description'),
  ];
}

const themeOfPillar = (theme: string, pillar: string) => {
  const t = themeOfItem(theme);
  return t !== null && pillarItemId(themePillar(t)) === pillar;
};
const agrees = (a: string, b: string) => a === b || themeOfPillar(a, b) || themeOfPillar(b, a);

/**
 * Every target the signals name above the threshold, the nearest signal's first (a row header before the heading
 * above the table, a label's first part before its second); other signals that agree add a little.
 */
function candidates(signals: Signal[], hits: Map<Signal, Hit[]>): Candidate[] {
  const out: Candidate[] = [];
  for (const key of [...new Set(signals.map((s) => s.key))]) {
    const best = new Map<string, Candidate>();
    for (const sig of signals.filter((s) => s.key === key)) {
      for (const hit of hits.get(sig)!) {
        const support = [...hits].filter(
          ([o, hs]) => o.key !== key && hs.some((h) => h.raw >= RAW.pillarWords && agrees(h.target, hit.target)),
        ).length;
        const score =
          Math.round(Math.min(1, hit.raw * sig.weight + Math.min(AGREE_MAX, support * AGREE_BONUS)) * 100) / 100;
        if (score < THRESHOLD || (best.get(hit.target)?.score ?? 0) >= score) continue;
        best.set(hit.target, {
          target: hit.target,
          score,
          evidence: `${sig.name} “${sig.text}” ${hit.why}`,
          signal: key,
          raw: hit.raw,
          aside: sig.aside,
        });
      }
    }
    for (const c of [...best.values()].sort((a, b) => b.score - a.score || targetRank(a.target) - targetRank(b.target)))
      if (!out.some((o) => o.target === c.target)) out.push(c);
  }
  // the first signal that names something decides; what the others name stays as an alternative, best first
  return out.length ? [out[0]!, ...out.slice(1).sort((a, b) => b.score - a.score)] : [];
}

const none = (evidence: string, nonContent = false): FieldMatch => ({
  target: null,
  score: 0,
  evidence,
  candidates: [],
  nonContent,
});
const chosen = (list: Candidate[]): FieldMatch => ({
  target: list[0]!.target,
  score: list[0]!.score,
  evidence: list[0]!.evidence,
  candidates: list,
  nonContent: false,
});

export function matchField(field: MatchableField): FieldMatch {
  const why = notContent(field);
  if (why) return none(why, true);
  const own = ownSignals(field.signals);
  const context = contextSignals(field.signals);
  const hits = new Map([...own, ...context].map((s) => [s, hitsIn(s.text)] as const));
  const byOwn = candidates(own, hits);
  if (byOwn.length) return chosen(byOwn);
  const label = own.find((x) => x.key.startsWith('label') || x.key === 'placeholder');
  if (label && personal.find(fold(label.text)).length)
    return none(`${label.name} “${label.text}” vraagt om eigen gegevens`, true);
  // a field with a label of its own that names nothing is not about the report, whatever the heading says
  if (label && !isGeneric(label.text))
    return none(`${label.name} “${label.text}” noemt geen onderdeel van het kwaliteitskader`);
  const byContext = candidates(context, hits);
  return byContext.length
    ? chosen(byContext)
    : none('niets bij dit veld of in de koppen erboven wijst op een onderdeel van het kwaliteitskader');
}
