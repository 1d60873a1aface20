// What identifies a form field across visits to a portal, and the user's earlier choices applied to a newly read
// form. A field's key is only unique within one reading; its signature is built from what the portal shows the
// user (label, row and column headers, heading, kind) so it survives generated ids, and a repeat of the same
// signature on one form is told apart by its order.
import type { FieldChoice } from '../schema';
import { fold } from '../text/normalize';
import type { FieldInfo } from './field';

const part = (s: string) => fold(s).replace(/\s+/g, ' ').trim();

function baseSignature(f: FieldInfo): string {
  const shown = [f.label, f.signals.rowHeader, f.signals.colHeader, f.signals.heading].map(part);
  // a field the page names nowhere: its name/id words are all there is
  const named = shown.some(Boolean) ? shown : [...shown, part(f.signals.tokens)];
  return [f.frame, f.kind, f.inputType, ...named].join('|');
}

/** A signature per field, in form order; equal fields get `#2`, `#3`, … */
export function fieldSignatures(fields: readonly FieldInfo[]): string[] {
  const seen = new Map<string, number>();
  return fields.map((f) => {
    const base = baseSignature(f);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

/** The stored choices that apply to this reading of the form, by field key. */
export function rememberedTargets(
  fields: readonly FieldInfo[],
  choices: readonly FieldChoice[],
): Record<string, string | null> {
  const bySignature = new Map(choices.map((c) => [c.signature, c.target]));
  const signatures = fieldSignatures(fields);
  const out: Record<string, string | null> = {};
  fields.forEach((f, k) => {
    const target = bySignature.get(signatures[k]!);
    if (target !== undefined) out[f.key] = target;
  });
  return out;
}
