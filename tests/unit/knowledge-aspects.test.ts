import { describe, expect, it } from 'vitest';
import { AspectKnowledge, aspects, aspectKnowledge } from '../../lib/knowledge/aspects';
import raw from '../../lib/knowledge/aspects.json';
import { readHeadingTopic } from '../../lib/classify/heading-topic';
import { RULES } from '../../lib/classify/rules';

describe('KKFZ quality aspects as data', () => {
  it('holds the 23 known aspects: 8, 7, 5 and 3 for pillars 1-4, each article in its pillar’s chapter', () => {
    const perPillar = [1, 2, 3, 4].map((p) => aspects.filter((a) => a.pillar === p).length);
    expect(perPillar).toEqual([8, 7, 5, 3]);
    for (const a of aspects) if (a.article) expect(Number(a.article[0])).toBe(a.pillar + 2);
  });

  it('fails loudly on a typo: a second aspect with the same id, an article in the wrong chapter', () => {
    const twice = { ...raw, aspects: [...raw.aspects, raw.aspects[0]] };
    expect(() => AspectKnowledge.parse(twice)).toThrow(/twice/);
    const wrong = { ...raw, aspects: raw.aspects.map((a) => (a.id === '5.1.3' ? { ...a, article: '4.1.3' } : a)) };
    expect(() => AspectKnowledge.parse(wrong)).toThrow(/pillar \+ 2/);
  });

  it('every aspect is found again from its own strongest words, as a heading, with its pillar', () => {
    for (const a of aspects) {
      const [term] = [...a.terms].sort((x, y) => y[1] - x[1])[0]!;
      const topic = readHeadingTopic(term.charAt(0).toUpperCase() + term.slice(1));
      expect(topic.kind === 'none' ? null : topic.pillar, `${a.id}: “${term}”`).toBe(a.pillar);
    }
  });

  it('knows the words for key figures and for clients', () => {
    expect(aspectKnowledge.keyFigures.headings).toContain('*getallen');
    expect(aspectKnowledge.clientWords).toEqual(
      expect.arrayContaining(['cliënt', 'patiënt', 'deelnemer', 'bewoner', 'jongere', 'justitiabele']),
    );
  });

  it('every rule has a confidence between 0 and 1 and a Dutch description', () => {
    for (const [id, r] of Object.entries(RULES)) {
      expect(r.confidence, id).toBeGreaterThan(0);
      expect(r.confidence, id).toBeLessThanOrEqual(1);
      expect(r.nl.length, id).toBeGreaterThan(10);
    }
  });
});
