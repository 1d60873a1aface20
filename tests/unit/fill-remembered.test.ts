// A field's signature survives a new reading of the form (new keys, generated ids) and tells equal fields apart;
// the user's stored choices apply by it, and a choice made now beats one remembered.
import { describe, expect, it } from 'vitest';
import type { FieldInfo } from '../../lib/fill/field';
import { fieldSignatures, rememberedTargets } from '../../lib/fill/remembered';
import { planFill } from '../../lib/fill/plan';
import type { FieldChoice } from '../../lib/schema';
import { signalsOf } from '../support/field-signals';

const field = (key: string, label: string, extra: Partial<FieldInfo['signals']> = {}, tokens = ''): FieldInfo => ({
  key,
  kind: 'textarea',
  inputType: '',
  label,
  signals: signalsOf({ label: [label], tokens, ...extra }),
  value: '',
  empty: true,
  readOnly: false,
  maxLength: null,
  size: null,
  rows: null,
  autocomplete: '',
  inputMode: '',
  place: { row: '', group: '', sections: [] },
  options: [],
  frame: 0,
});

const choice = (signature: string, target: string | null): FieldChoice => ({
  id: `https://p.example ${signature}`,
  origin: 'https://p.example',
  signature,
  target,
  at: '2026-01-01T00:00:00.000Z',
});

describe('field signatures', () => {
  it('are the same on a new reading with other keys and generated ids, and differ by what the user sees', () => {
    const first = [
      field('f0', 'Toelichting', { heading: 'Pijler 1' }, 'r 1 a'),
      field('f1', 'Toelichting', { heading: 'Pijler 2' }, 'r 1 b'),
    ];
    const second = [
      field('x7', 'Toelichting', { heading: 'Pijler 1' }, 'r 9 q'),
      field('x8', 'Toelichting', { heading: 'Pijler 2' }, 'r 9 z'),
    ];
    expect(fieldSignatures(second)).toEqual(fieldSignatures(first));
    expect(new Set(fieldSignatures(first)).size).toBe(2);
  });

  it('number repeats of the same field in form order, and fall back to name words for an unnamed field', () => {
    const sigs = fieldSignatures([
      field('a', 'Opmerking'),
      field('b', 'Opmerking'),
      field('c', '', {}, 'veld toelichting'),
    ]);
    expect(sigs[1]).toBe(`${sigs[0]}#2`);
    expect(sigs[2]).toContain('veld toelichting');
  });
});

describe('remembered choices in the plan', () => {
  const fields = [field('k1', 'Hoe zet u ervaringsdeskundigen in?'), field('k2', 'Waar staat uw organisatie voor?')];
  const [sig1, sig2] = fieldSignatures(fields);
  // an empty report: the plan's targets are what is tested here, not the text
  const source = { blocks: [], mappings: [], checklist: [] };

  it('maps stored choices to this reading’s keys, a null choice included', () => {
    expect(
      rememberedTargets(fields, [choice(sig1!, 'pillar-2'), choice(sig2!, null), choice('other', 'theme-1')]),
    ).toEqual({ k1: 'pillar-2', k2: null });
  });

  it('a remembered choice decides the target and says so; a choice made now wins', () => {
    const remembered = rememberedTargets(fields, [choice(sig1!, 'pillar-2')]);
    expect(planFill(fields, source, {}, remembered)[0]).toMatchObject({
      target: 'pillar-2',
      score: 1,
      evidence: expect.stringMatching(/eerder bezoek/),
    });
    expect(planFill(fields, source, { k1: 'theme-7' }, remembered)[0]).toMatchObject({
      target: 'theme-7',
      evidence: 'door jou gekozen',
    });
  });
});
