// Plan, part two: the fields of a form matched as a set. A field's own words give its candidates (match.ts);
// its neighbours settle the level (five rows of which most name a pillar ask for the five pillars, so the one whose
// examples name a theme asks for that theme's pillar) and, where the form asks for each pillar and theme once,
// one assignment over the whole form gives each its own (assign.ts).
import { themePillar } from '../knowledge/framework';
import {
  isPillarItem,
  isThemeItem,
  LABEL,
  pillarIds,
  pillarItemId,
  pillarOfItem,
  themeOfItem,
} from '../knowledge/shape';
import { assign, FORBIDDEN } from './assign';
import type { FieldInfo } from './field';
import { RAW } from './hits';
import { matchField, type Candidate, type FieldMatch, type MatchableField } from './match';

export type FormField = MatchableField & Pick<FieldInfo, 'key' | 'label' | 'place'>;

/** A question of the form: the fields one signal speaks for (a table row, a section under a heading, one field). */
interface Unit {
  key: string;
  /** where its neighbours are: the same table, group or parent section */
  scope: string;
  fields: number[];
  match: FieldMatch;
}

const framed = (target: string | null) => target !== null && (isPillarItem(target) || isThemeItem(target));
/** "pijler 4", "thema 12", or the item's id */
const itemName = (target: string) => {
  const pillar = pillarOfItem(target);
  const theme = themeOfItem(target);
  return pillar !== null ? `${LABEL.pillar} ${pillar}` : theme !== null ? `${LABEL.theme} ${theme}` : target;
};
const pillarOf = (theme: string) => pillarItemId(themePillar(themeOfItem(theme)!));
/** the form asks for each pillar and theme once when at most this share of its questions repeats one */
const REPEATS = 0.2;

/** The question a field's deciding signal belongs to, and where that question's neighbours are. */
function unitOf(field: FormField, signal: string): Pick<Unit, 'key' | 'scope'> {
  const { row, group, sections } = field.place;
  const section = (k: number) => sections[k] ?? 'page';
  if (signal === 'rowHeader' && row) return { key: row, scope: group };
  if (signal === 'heading' && sections.length)
    return { key: section(sections.length - 1), scope: section(sections.length - 2) };
  if (signal.startsWith('outline-')) {
    const k = Number(signal.slice('outline-'.length));
    return { key: section(k), scope: section(k - 1) };
  }
  if (signal === 'group' && group) return { key: group, scope: section(sections.length - 1) };
  return { key: field.key, scope: group || section(sections.length - 1) };
}

function units(fields: FormField[], matches: FieldMatch[]): Unit[] {
  const byKey = new Map<string, Unit>();
  matches.forEach((m, i) => {
    const where = m.target ? unitOf(fields[i]!, m.candidates[0]!.signal) : { key: fields[i]!.key, scope: '' };
    const unit = byKey.get(where.key);
    if (!unit) byKey.set(where.key, { ...where, fields: [i], match: m });
    else {
      unit.fields.push(i);
      // the fields of one question share its candidates
      const merged = new Map(unit.match.candidates.map((c) => [c.target, c]));
      for (const c of m.candidates) if ((merged.get(c.target)?.score ?? 0) < c.score) merged.set(c.target, c);
      // the question's own signal still decides; the rest stay alternatives
      const top = [unit.match, m].map((x) => x.candidates[0]!).sort((a, b) => b.score - a.score)[0]!;
      const list = [
        top,
        ...[...merged.values()].filter((c) => c.target !== top.target).sort((a, b) => b.score - a.score),
      ];
      unit.match = { ...unit.match, target: top.target, score: top.score, evidence: top.evidence, candidates: list };
    }
  });
  return [...byKey.values()];
}

const moved = (m: FieldMatch, c: Pick<Candidate, 'target' | 'score'>, why: string): FieldMatch => ({
  ...m,
  target: c.target,
  score: c.score,
  evidence: `${m.evidence}; ${why}`,
});

/** In a scope where most questions name a pillar, a question that names a theme only in passing asks for its pillar. */
function pillarLevel(list: Unit[]): void {
  const scopes = new Map<string, Unit[]>();
  for (const u of list) if (u.match.target) scopes.set(u.scope, [...(scopes.get(u.scope) ?? []), u]);
  for (const group of scopes.values()) {
    const pillars = group.filter((u) => isPillarItem(u.match.target!));
    const themes = group.filter((u) => isThemeItem(u.match.target!));
    const claimed = new Set(pillars.map((u) => u.match.target!));
    if (claimed.size < 2 || pillars.length <= themes.length) continue;
    for (const u of themes) {
      const top = u.match.candidates[0]!;
      const pillar = pillarOf(top.target);
      const named = u.match.candidates.find((c) => c.target === pillar && c.raw >= RAW.pillarName);
      // a theme named outright ("Thema 6", or by its name with no pillar's name beside it) stays a theme
      if (claimed.has(pillar) || top.raw >= RAW.number - 0.02 || !(top.aside || top.raw < RAW.pillarName || named))
        continue;
      const others = [...claimed].map(pillarOfItem).join(', ');
      u.match = moved(
        u.match,
        { target: pillar, score: named?.score ?? top.score },
        `de vragen ernaast gaan over pijlers (${others}): dit is ${itemName(pillar)}`,
      );
      claimed.add(pillar);
    }
  }
}

/**
 * Sibling sections of which all pillars but one are named, and one more section that names nothing: that one asks for
 * the pillar left (a house's own words for it, "Veilige zorg, gericht op de persoon"), as sure as the weakest sibling.
 */
function lastPillar(list: Unit[], fields: FormField[], matches: readonly FieldMatch[]): void {
  const open = new Map<string, { key: string; fields: number[] }[]>();
  matches.forEach((m, i) => {
    if (m.target || m.nonContent || !fields[i]!.place.sections.length) return;
    const { key, scope } = unitOf(fields[i]!, 'heading');
    const here = open.get(scope) ?? [];
    const section = here.find((x) => x.key === key);
    if (section) section.fields.push(i);
    else open.set(scope, [...here, { key, fields: [i] }]);
  });
  for (const [scope, sections] of open) {
    const siblings = list.filter((u) => u.scope === scope && u.match.target && isPillarItem(u.match.target));
    const claimed = new Set(siblings.map((u) => u.match.target!));
    const left = pillarIds.map(pillarItemId).filter((p) => !claimed.has(p));
    if (sections.length !== 1 || left.length !== 1 || siblings.length !== claimed.size) continue;
    const [pillar] = left as [string];
    const score = Math.min(...siblings.map((u) => u.match.score));
    const named = [...claimed].map((p) => pillarOfItem(p)!).sort((a, b) => a - b);
    const why = `de koppen ernaast gaan over pijlers (${named.join(', ')}): dit is ${itemName(pillar)}`;
    const candidate: Candidate = {
      target: pillar,
      score,
      evidence: why,
      signal: 'heading',
      raw: RAW.pillarWords,
      aside: false,
    };
    for (const i of sections[0]!.fields)
      list.push({
        key: sections[0]!.key,
        scope,
        fields: [i],
        match: { target: pillar, score, evidence: why, candidates: [candidate], nonContent: false },
      });
  }
}

/**
 * Where the form asks for each pillar and theme once (few questions repeat one, none by its number), two questions
 * that want the same one are settled over the whole form: the best total wins, the other takes its next candidate.
 */
function oncePerItem(list: Unit[], fields: FormField[]): void {
  const asking = list.filter((u) => framed(u.match.target));
  const counts = new Map<string, number>();
  for (const u of asking) counts.set(u.match.target!, (counts.get(u.match.target!) ?? 0) + 1);
  const repeats = asking.length - counts.size;
  if (repeats === 0 || asking.length < 3 || repeats > Math.max(1, Math.floor(asking.length * REPEATS))) return;
  // a pillar or theme named by its number in several questions is asked for more than once on purpose
  const numbered = new Set(
    [...counts]
      .filter(
        ([t, n]) =>
          n > 1 &&
          asking.filter((u) => u.match.target === t).every((u) => u.match.candidates[0]!.raw >= RAW.number - 0.02),
      )
      .map(([t]) => t),
  );
  const targets = [
    ...new Set(
      asking.flatMap((u) =>
        u.match.candidates.filter((c) => framed(c.target) && !numbered.has(c.target)).map((c) => c.target),
      ),
    ),
  ];
  const weights = asking.map((u, r) => [
    ...targets.map((t) => u.match.candidates.find((c) => c.target === t)?.score ?? FORBIDDEN),
    // each question may also keep an item asked for freely (a repeated numbered one, or omvang, vooruitblik, …)
    ...asking.map((_, k) =>
      k === r ? (u.match.candidates.find((c) => !targets.includes(c.target))?.score ?? 0) : FORBIDDEN,
    ),
  ]);
  const next = assign(weights).map((col, r) =>
    col < targets.length
      ? targets[col]!
      : (asking[r]!.match.candidates.find((c) => !targets.includes(c.target))?.target ?? null),
  );
  next.forEach((target, r) => {
    const u = asking[r]!;
    const was = u.match.target!;
    if (target === was) return;
    const holder = asking[next.indexOf(was)];
    const why = `${itemName(was)} past beter bij ${holder ? `“${fields[holder.fields[0]!]!.label}”` : 'een andere vraag'}`;
    const c = u.match.candidates.find((x) => x.target === target);
    u.match = c
      ? moved(u.match, c, why)
      : { ...u.match, target: null, score: 0, evidence: `${u.match.evidence}; ${why}, en niets anders past` };
  });
}

/** Every field's item, decided with the form around it. */
export function matchForm(fields: FormField[]): FieldMatch[] {
  const matches = fields.map(matchField);
  const list = units(fields, matches);
  pillarLevel(list);
  lastPillar(list, fields, matches);
  oncePerItem(list, fields);
  const out = [...matches];
  for (const u of list) for (const i of u.fields) out[i] = u.match;
  return out;
}
