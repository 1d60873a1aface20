// What the Schrijfhulp shows for an item, a theme or an aspect: all of it from the knowledge data.
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../lib/analyse';
import { guidanceFor } from '../../lib/guidance/for-subject';
import { aspects } from '../../lib/knowledge/aspects';
import { defaultProfile } from '../../lib/knowledge/checklist-profile';
import { framework } from '../../lib/knowledge/framework';
import { blocksOf } from '../support/blocks';

const LONG = 'Wij hebben dit jaar veel gedaan aan veiligheid en risicotaxatie. '.repeat(12);
const analysis = analyseDocument(
  {
    blocks: blocksOf([
      { h: 1, text: 'Kwaliteitsverslag 2025' },
      { h: 2, text: 'Pijler 1: Veiligheid en persoonsgerichte zorg' },
      { h: 3, text: 'Thema 3: Risicogestuurde behandeling' },
      { p: `Het behandelplan is binnen zes weken klaar. ${LONG}` },
    ]),
    images: [],
    title: 'Kwaliteitsverslag 2025',
  },
  [],
);
const itemIds = [...defaultProfile.items.map((i) => i.id), ...framework.themes.map((t) => `theme-${t.id}`)];

describe('guidanceFor', () => {
  it('asks questions for every checklist item, every theme and every aspect', () => {
    for (const id of itemIds)
      expect(guidanceFor(analysis, { kind: 'item', id }).questions.length, id).toBeGreaterThan(0);
    for (const t of framework.themes)
      expect(guidanceFor(analysis, { kind: 'theme', id: t.id }).questions.length, `theme ${t.id}`).toBeGreaterThan(0);
    for (const a of aspects) {
      const g = guidanceFor(analysis, { kind: 'aspect', id: a.id });
      expect(g.questions.length, a.id).toBeGreaterThan(0);
      expect(g.itemId, a.id).toBeNull();
    }
  });

  it('states the measurable norms of the aspects a subject covers: 6 weeks / 3 months for 3.1.3, 24 hours for 3.1.4', () => {
    const norms = (g: ReturnType<typeof guidanceFor>) =>
      g.norms.map((n) => `${n.aspect} ${n.clause}: ${n.text}`).join('\n');
    const plan = norms(guidanceFor(analysis, { kind: 'aspect', id: '3.1.3' }));
    expect(plan).toMatch(/^3\.1\.3 b: .*zes weken.*drie maanden/);
    expect(norms(guidanceFor(analysis, { kind: 'theme', id: 3 }))).toBe(plan);
    expect(norms(guidanceFor(analysis, { kind: 'theme', id: 1 }))).toMatch(
      /3\.1\.3 b: .*zes weken[\s\S]*3\.1\.4 a: .*24 uur/,
    );
    expect(guidanceFor(analysis, { kind: 'theme', id: 7 }).norms).toEqual([]);
  });

  it('gives a theme its pillar, its aspects with their articles, the expected evidence and the verdict', () => {
    const g = guidanceFor(analysis, { kind: 'theme', id: 3 });
    expect(g.title).toBe('Thema 3: Risicogestuurde behandeling/begeleiding');
    expect(g.itemId).toBe('theme-3');
    expect(g.section).toEqual({ pillar: 1, theme: 3 });
    expect(g.aspects.map((a) => a.article)).toEqual(['3.1.1', '3.1.2', '3.1.3', '3.1.6']);
    expect(g.expected).toContain('de herbeoordelingstermijn');
    expect(g.verdict).toMatchObject({ id: 'theme-3', status: 'present' });
    expect(g.blocks).toEqual(g.verdict!.evidence);
    // the theme's own item is the same subject
    expect(guidanceFor(analysis, { kind: 'item', id: 'theme-3' })).toMatchObject({
      title: g.title,
      section: g.section,
      questions: g.questions,
    });
  });

  it('files a pillar under the pillar and the report-wide items nowhere in particular', () => {
    expect(guidanceFor(analysis, { kind: 'item', id: 'pillar-2' }).section).toEqual({ pillar: 2, theme: null });
    const omvang = guidanceFor(analysis, { kind: 'item', id: 'omvang' });
    expect(omvang.section).toBeNull();
    expect(omvang.verdict!.status).toBe('missing');
    expect(omvang.blocks).toEqual([]);
  });

  it('asks an aspect the questions that cite its article, each sub-item once, and finds its blocks in the report', () => {
    const g = guidanceFor(analysis, { kind: 'aspect', id: '3.1.3' });
    expect(g.title).toBe(
      '3.1.3 De cliënt ontvangt een behandel-/begeleidingsplan op maat, onderdeel van de begeleidingscyclus',
    );
    expect(g.questions).toHaveLength(1);
    expect(g.questions[0]).toMatch(/zes weken.*3\.1\.3 b/);
    expect(g.section).toEqual({ pillar: 1, theme: 3 });
    expect(g.blocks).toContain(3);
    // an aspect no question cites by article asks the questions of the items that cover it
    const network = guidanceFor(analysis, { kind: 'aspect', id: '6.1.2' });
    expect(network.questions[0]).toMatch(/regio-overleggen/);
  });
});
