// The --json shape: stable, documented in the README; nothing else goes to stdout.
import type { Analysis } from '../lib/schema';
import { isUnsure } from '../lib/classify/rules';
import { reportAspects } from '../lib/aspects/report-aspects';
import { questionsFor } from '../lib/knowledge/guidance';
import { pick, type Lang } from '../lib/text/localised';

/** The import's warnings, as the JSON and the batch's table give them: messages that are more than a note. */
export const warningsOf = (a: Pick<Analysis, 'messages'>, lang: Lang) =>
  a.messages.filter((m) => m.type !== 'info').map((m) => pick(m, lang));

export function toJson(file: string, a: Analysis, lang: Lang) {
  const aspects = reportAspects(a.document.blocks, a.mappings, a.effectiveYear).aspects;
  return {
    file,
    year: a.effectiveYear,
    focus: a.focusThemes,
    blocks: a.document.blocks.map((b, k) => {
      const m = a.mappings[k]!;
      return {
        i: b.i,
        kind: b.kind,
        text: b.text,
        pillar: m.pillar,
        themes: m.themes,
        confidence: m.confidence,
        unsure: isUnsure(m),
        rule: m.rule ?? null,
        evidence: m.evidence,
      };
    }),
    checklist: a.checklist.map((c) => ({
      id: c.id,
      level: c.level,
      status: c.status,
      evidence: c.evidence,
      guidance: questionsFor(c.id, c.status),
    })),
    aspects: aspects.map((x) => ({
      id: x.id,
      pillar: x.pillar,
      title: x.title,
      evidence: x.evidence,
      status: x.status,
    })),
    warnings: warningsOf(a, lang),
  };
}
