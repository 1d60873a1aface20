// Reads word/styles.xml just far enough to know which styles are headings, bold or large: mammoth hands
// over a paragraph's style name but not what the style looks like, and bold-only headings hide there.

export interface StyleInfo {
  id: string;
  name: string;
  basedOn: string | null;
  /** 0-based outline level (w:outlineLvl), the way Word marks heading styles in any language */
  outlineLevel: number | null;
  bold: boolean | null;
  /** points */
  fontSize: number | null;
  caps: boolean | null;
}

export interface StyleSheet {
  get(id: string | null | undefined): ResolvedStyle | null;
  /** the document default font size in points, if declared */
  defaultFontSize: number | null;
}

export interface ResolvedStyle {
  name: string;
  headingLevel: number | null;
  bold: boolean;
  fontSize: number | null;
  caps: boolean;
}

// a style's body never runs into the next style: looking past it for a closing tag, a file of many unclosed or
// self-closing styles was read again from each of them (quadratic)
const STYLE = /<w:style\b([^>]*)>((?:(?!<w:style\b)[\s\S])*?)<\/w:style>/g;
/** Word chains a few styles (Kop 2 on Kop 1 on Standaard); a chain of thousands (a crafted file) overflowed the stack */
const MAX_CHAIN = 64;

function attr(source: string, name: string): string | null {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(source);
  return m ? m[1]! : null;
}

function element(body: string, tag: string): string | null {
  const m = new RegExp(`<${tag}\\b([^>]*?)/?>`).exec(body);
  return m ? m[1]! : null;
}

/** w:b, w:caps: present without w:val, or w:val true/1/on, means on. */
function toggle(body: string, tag: string): boolean | null {
  const a = element(body, tag);
  if (a === null) return null;
  const v = attr(a, 'w:val');
  return v === null || v === 'true' || v === '1' || v === 'on';
}

function halfPoints(body: string): number | null {
  const a = element(body, 'w:sz');
  const v = a === null ? null : attr(a, 'w:val');
  return v && /^\d+$/.test(v) ? parseInt(v, 10) / 2 : null;
}

export function headingLevelFromName(name: string): number | null {
  const m = /^(?:heading|kop|titre|überschrift|ueberschrift)\s*([1-6])$/i.exec(name.trim());
  if (m) return parseInt(m[1]!, 10);
  return /^(?:title|titel)$/i.test(name.trim()) ? 1 : null;
}

export function readStyles(xml: string | null): StyleSheet {
  const raw = new Map<string, StyleInfo>();
  let defaultFontSize: number | null = null;
  if (xml) {
    const defaults = /<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(xml);
    if (defaults) defaultFontSize = halfPoints(defaults[1]!);
    STYLE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = STYLE.exec(xml))) {
      const id = attr(m[1]!, 'w:styleId');
      if (!id) continue;
      const body = m[2]!;
      const nameEl = element(body, 'w:name');
      const basedOnEl = element(body, 'w:basedOn');
      const outlineEl = element(body, 'w:outlineLvl');
      const outline = outlineEl === null ? null : Number(attr(outlineEl, 'w:val'));
      raw.set(id, {
        id,
        name: (nameEl && attr(nameEl, 'w:val')) ?? id,
        basedOn: basedOnEl && attr(basedOnEl, 'w:val'),
        // outline level 9 means "body text" in Word
        outlineLevel: outline !== null && Number.isInteger(outline) && outline < 9 ? outline : null,
        bold: toggle(body, 'w:b'),
        fontSize: halfPoints(body),
        caps: toggle(body, 'w:caps'),
      });
    }
  }
  const cache = new Map<string, ResolvedStyle>();
  function resolve(id: string, seen: Set<string>): ResolvedStyle | null {
    const hit = cache.get(id);
    if (hit) return hit;
    const s = raw.get(id);
    if (!s || seen.has(id) || seen.size >= MAX_CHAIN) return null;
    seen.add(id);
    const parent = s.basedOn ? resolve(s.basedOn, seen) : null;
    const own = headingLevelFromName(s.name) ?? (s.outlineLevel !== null ? s.outlineLevel + 1 : null);
    const resolved: ResolvedStyle = {
      name: s.name,
      headingLevel: own ?? parent?.headingLevel ?? null,
      bold: s.bold ?? parent?.bold ?? false,
      fontSize: s.fontSize ?? parent?.fontSize ?? null,
      caps: s.caps ?? parent?.caps ?? false,
    };
    cache.set(id, resolved);
    return resolved;
  }
  return {
    get: (id) => (id ? resolve(id, new Set()) : null),
    defaultFontSize,
  };
}
