// Everything the Schrijfhulp shows for one subject: what the framework asks (its aspects with their articles,
// the measurable norms of those aspects), the questions to answer, the evidence a reader expects, and where the
// report stands on it (the checklist verdict, the blocks that are its evidence). All of it comes from the
// knowledge data (guidance.json, aspects.json), none of it is written per id here.
import type { Analysis, ChecklistVerdict } from '../schema';
import { reportAspects } from '../aspects/report-aspects';
import { aspects, type Aspect } from '../knowledge/aspects';
import { themePillar } from '../knowledge/framework';
import { pillarOfItem, themeOfItem } from '../knowledge/shape';
import { guidance, norms as allNorms, type Norm } from '../knowledge/guidance';
import { subjectItemId, type GuidanceSubject } from './subject';

/** A place in the KKFZ structure: a pillar (0 = the general part) and one of its themes, or its general part. */
export interface Section {
  pillar: number;
  theme: number | null;
}

export interface SubjectGuidance {
  subject: GuidanceSubject;
  /** Dutch, as the framework names it: the item's label, "Thema 3: …", "3.1.3 De cliënt ontvangt …" */
  title: string;
  /** the checklist item a justification is stored under; null for an aspect */
  itemId: string | null;
  /** where the subject's text belongs; null for items of the report as a whole (omvang, visie, …) */
  section: Section | null;
  /** the quality aspects the subject covers, in the framework's order */
  aspects: Aspect[];
  /** the measurable norms of those aspects */
  norms: Norm[];
  questions: string[];
  /** what a reader expects to find: figures, instruments, examples */
  expected: string[];
  /** the checklist's verdict, justification included; null for an aspect */
  verdict: ChecklistVerdict | null;
  /** the subject's blocks in the report: the item's evidence, or the blocks that address the aspect */
  blocks: number[];
}

/** "3.1.3 b", "(3.1.5, 3.1.6)": the articles a question cites. */
const ARTICLE = /(?<![\d.])([3-7]\.[12]\.\d{1,2})(?:\s?([a-h])\b)?/g;

/** The articles a question cites, each with the sub-item where it names one ("3.1.3 b"). */
const cites = (question: string) =>
  [...question.matchAll(ARTICLE)].map((m) => ({ article: m[1]!, ref: m[2] ? `${m[1]} ${m[2]}` : m[1]! }));

function sectionOf(subject: GuidanceSubject, itemId: string | null): Section | null {
  if (subject.kind === 'aspect') {
    const a = aspects.find((x) => x.id === subject.id);
    return a ? { pillar: a.pillar, theme: a.themes.find((t) => themePillar(t) === a.pillar) ?? null } : null;
  }
  const theme = themeOfItem(itemId!);
  if (theme !== null) return { pillar: themePillar(theme), theme };
  const pillar = pillarOfItem(itemId!);
  return pillar !== null ? { pillar, theme: null } : null;
}

/** The guidance of the checklist items that cover an aspect, the most specific (fewest aspects) first. */
const citing = (aspectId: string) =>
  Object.values(guidance)
    .filter((g) => g.aspects.includes(aspectId))
    .sort((x, y) => x.aspects.length - y.aspects.length);

/** An aspect's questions and expected evidence: from the items whose questions cite its article (those questions,
 * each cited sub-item once), else from the items that cover it most specifically, else its title as a question. */
function aspectGuidance(a: Aspect): { questions: string[]; expected: string[] } {
  const items = citing(a.id);
  // the same sub-item asked by two items is one question
  const asked = new Set<string>();
  const own = (q: string) => {
    const refs = cites(q);
    const key = refs.map((r) => r.ref).join();
    if (!refs.some((r) => r.article === a.article) || asked.has(key)) return false;
    asked.add(key);
    return true;
  };
  const used = items.map((g) => ({ g, questions: g.questions.filter(own) })).filter((c) => c.questions.length);
  if (used.length)
    return { questions: used.flatMap((c) => c.questions), expected: uniq(used.flatMap((c) => c.g.evidence)) };
  const closest = items.filter((g) => g.aspects.length === items[0]?.aspects.length);
  if (!closest.length) return { questions: [`Hoe geef je invulling aan “${a.title}”?`], expected: [] };
  return { questions: uniq(closest.flatMap((g) => g.questions)), expected: uniq(closest.flatMap((g) => g.evidence)) };
}

const uniq = (xs: string[]) => [...new Set(xs)];

/** The subject's blocks in a report: the checklist item's evidence, or the blocks that address the aspect. */
export function subjectBlocks(analysis: Analysis, subject: GuidanceSubject): number[] {
  const itemId = subjectItemId(subject);
  if (itemId !== null) return analysis.checklist.find((c) => c.id === itemId)?.evidence ?? [];
  return (
    reportAspects(analysis.document.blocks, analysis.mappings, analysis.effectiveYear).aspects.find(
      (x) => x.id === subject.id,
    )?.evidence ?? []
  );
}

export function guidanceFor(analysis: Analysis, subject: GuidanceSubject): SubjectGuidance {
  const itemId = subjectItemId(subject);
  const section = sectionOf(subject, itemId);
  const blocks = subjectBlocks(analysis, subject);
  if (itemId === null) {
    const a = aspects.find((x) => x.id === subject.id);
    if (!a) throw new Error(`unknown aspect ${subject.id}`);
    return {
      subject,
      title: a.article ? `${a.article} ${a.title}` : a.title,
      itemId,
      section,
      aspects: [a],
      norms: allNorms.filter((n) => n.aspect === a.id),
      ...aspectGuidance(a),
      verdict: null,
      blocks,
    };
  }
  const g = guidance[itemId];
  const verdict = analysis.checklist.find((c) => c.id === itemId) ?? null;
  const ids = new Set(g?.aspects ?? []);
  return {
    subject,
    title: verdict?.label ?? itemId,
    itemId,
    section,
    aspects: aspects.filter((a) => ids.has(a.id)),
    norms: allNorms.filter((n) => ids.has(n.aspect)),
    questions: g?.questions ?? [],
    expected: g?.evidence ?? [],
    verdict,
    blocks,
  };
}
