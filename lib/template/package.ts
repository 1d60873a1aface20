// A .docx as its parts, read under the import's checks (lib/docx/inspect.ts: not a PDF or a legacy .doc, no zip
// bomb, every part inflated under its declared size) and zipped back with every part that was not changed byte for
// byte as it was: headers, footers, the logo, styles, numbering and settings stay the template's own.
import { zipSync, type Zippable } from 'fflate';
import { inspectDocx, type InspectError, type InspectLimits } from '../docx/inspect';
import { inflateEntry, readZipEntries } from '../docx/zip-entries';
import { fail, ok, type Result } from '../result';

export interface DocxPackage {
  /** part names in the zip's order ([Content_Types].xml first, as Word writes it) */
  names: string[];
  parts: Map<string, Uint8Array>;
}

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

export function openPackage(bytes: Uint8Array, limits: Partial<InspectLimits> = {}): Result<DocxPackage, InspectError> {
  // images too: a template's logo goes back into the filled document
  const inspected = inspectDocx(bytes, limits, true);
  if (!inspected.ok) return fail(inspected.error, inspected.messages);
  const parts = new Map<string, Uint8Array>();
  for (const e of readZipEntries(bytes)) if (!e.name.endsWith('/')) parts.set(e.name, inflateEntry(bytes, e));
  return ok({ names: [...parts.keys()], parts });
}

export const partText = (pkg: DocxPackage, name: string): string | null => {
  const data = pkg.parts.get(name);
  return data ? decoder.decode(data) : null;
};

/** Already compressed: deflating it again gains nothing. */
const PACKED = /\.(?:png|jpe?g|gif|emf|wmf|tiff?|bmp|svg|wdp|mp4|zip|bin)$/i;

/** The package with these parts changed or added (new ones after the others). */
export function zipPackage(pkg: DocxPackage, changed: ReadonlyMap<string, string | Uint8Array>): Uint8Array {
  const files: Zippable = {};
  const names = [...pkg.names, ...[...changed.keys()].filter((n) => !pkg.parts.has(n))];
  for (const name of names) {
    const next = changed.get(name);
    const data = next === undefined ? pkg.parts.get(name)! : typeof next === 'string' ? encoder.encode(next) : next;
    files[name] = [data, { level: PACKED.test(name) ? 0 : 6 }];
  }
  return zipSync(files);
}
