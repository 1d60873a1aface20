import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseDocx, applyCorrections } from '../../lib/analyse';
import { corpusCases } from '../../scripts/corpus';
import type { Correction } from '../../lib/schema';
import { correctionTarget } from '../../lib/corrections/place';
import { buildLargeReport } from '../../scripts/make-large-report';

describe('analyseDocx + applyCorrections', () => {
  it('maps, detects the year and checks in one call; a correction changes the mapping and the checklist at once', async () => {
    const c = corpusCases().find((x) => x.name === 'samen-zorg-twente-2025')!;
    const r = await analyseDocx(new Uint8Array(readFileSync(c.docx)), { focusThemes: [7] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const a = r.value;
    expect(a.effectiveYear).toBe(2025);
    expect(a.mappings).toHaveLength(a.document.blocks.length);
    const status = (x: typeof a, id: string) => x.checklist.find((v) => v.id === id)!.status;
    expect(status(a, 'prestatie-indicatoren')).toBe('missing');

    // the author moves every pillar-2 block to general
    const pillar2 = a.mappings.filter((m) => m.pillar === 2).map((m) => a.document.blocks[m.i]!.id);
    const blocks = a.document.blocks;
    const corrections: Correction[] = pillar2.map((blockId) => {
      const i = blocks.findIndex((b) => b.id === blockId);
      return {
        id: `d:${blockId}`,
        reportId: 'r',
        draftId: 'd',
        blockId,
        target: correctionTarget(blocks, i),
        pillar: 0,
        themes: [],
        at: '2026-01-01T00:00:00.000Z',
      };
    });
    const corrected = applyCorrections(a, corrections);
    expect(status(a, 'pillar-2')).not.toBe('missing');
    expect(status(corrected, 'pillar-2')).toBe('missing');
    const moved = corrected.mappings.find((m) => a.document.blocks[m.i]!.id === pillar2[0]);
    expect(moved).toMatchObject({ pillar: 0, basis: 'user', confidence: 1 });
    expect(moved!.evidence[0]).toMatch(/gebruiker/);
    // the original stays as it was
    expect(a.mappings.find((m) => a.document.blocks[m.i]!.id === pillar2[0])!.pillar).toBe(2);
  });
});

describe('a ~300-page report', () => {
  it('is a result, not a crash: every copy of the body is mapped alike and the images are kept apart', async () => {
    const one = buildLargeReport({ copies: 1, images: 0 });
    const big = buildLargeReport({ images: 12, minImageBytes: 2_000, maxImageBytes: 4_000 });
    expect(big.pages).toBeGreaterThanOrEqual(250);
    const [r1, r] = await Promise.all([analyseDocx(one.bytes), analyseDocx(big.bytes, { keepImages: true })]);
    expect(r1.ok && r.ok).toBe(true);
    if (!r1.ok || !r.ok) return;
    const per = r1.value.document.blocks.length;
    // images sit in paragraphs of their own, which hold no text and are no blocks
    expect(r.value.document.blocks).toHaveLength(per * big.copies);
    expect(r.value.document.images).toHaveLength(12);
    expect(r.value.document.blocks.some((b) => b.html.includes('base64'))).toBe(false);
    // the last copy is mapped as the first: position in a long document changes nothing
    const last = r.value.mappings.slice(-per).map((m) => [m.pillar, m.themes]);
    expect(last).toEqual(r1.value.mappings.map((m) => [m.pillar, m.themes]));
    expect(r.value.checklist.length).toBe(r1.value.checklist.length);
  }, 120_000);
});
