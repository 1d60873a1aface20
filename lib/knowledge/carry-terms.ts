// The words that make a passage stale, validated once at load (see carry.json).
import { z } from 'zod';
import raw from './carry.json';

const Phrases = z.array(z.string().min(2)).min(1);

export const CarryTerms = z.object({
  goalSections: Phrases,
  goalNames: Phrases,
  lastingHeadings: Phrases,
  currentWords: Phrases,
  intentWords: Phrases,
  countNouns: Phrases,
  resultHeadings: Phrases,
  statusWords: Phrases,
});
export type CarryTerms = z.infer<typeof CarryTerms>;

export const carryTerms: CarryTerms = CarryTerms.parse(raw);
