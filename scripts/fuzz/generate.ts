// The fuzz suite's inputs: mutated and crafted .docx files made from real reports, each a pure function of
// (seed, index, sources), so `--seed 1` gives the same files on every machine and a failure can be rebuilt
// from its name. The classes are the ways a file has hung or crashed the import (issue 15): damaged bytes,
// missing and cut parts, hostile XML (entity expansion, external entities, deep nesting, broken UTF-8), huge
// documents at moderate size, lying zip headers, escaping names, UTF-16 parts, bad references.
import { strFromU8, strToU8, zipSync } from 'fflate';
import {
  lieAboutSize,
  nestedTables,
  para,
  partsOf,
  picture,
  renameInPlace,
  text,
  utf16,
  withBody,
  withPart,
  zipParts,
  type Parts,
} from './craft';

export interface Source {
  name: string;
  bytes: Uint8Array;
}

export interface FuzzCase {
  /** `<index>-<class>.docx`: unique within a run */
  name: string;
  kind: string;
  /** what exactly was done, for the failure table */
  note: string;
  bytes: Uint8Array;
}

/** A small seeded generator (mulberry32): the same seed gives the same files, and no Math.random. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** an integer in [min, max] */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }
}

/** One case's own seed, from the run's seed and its index, so any case can be made alone. */
const caseSeed = (seed: number, index: number) =>
  Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);

type Made = { note: string; bytes: Uint8Array };
type Mutation = (r: Rng, src: Source) => Made;

const DOC = 'word/document.xml';
const textParts = (parts: Parts) => Object.keys(parts).filter((n) => /\.(xml|rels)$/.test(n));
const withDocument = (src: Source, body: string, level: 0 | 1 | 6 = 6) =>
  withPart(src.bytes, DOC, withBody(text(partsOf(src.bytes), DOC), body), level);
const words = [
  'zorg',
  'veiligheid',
  'cliënt',
  'risicotaxatie',
  'behandeling',
  'medewerkers',
  'kwaliteit',
  'incidenten',
  'verslag',
  'pijler',
];
const sentence = (r: Rng, n: number) => Array.from({ length: n }, () => r.pick(words)).join(' ');
/** XML text in the document's first text run (or at the start of the body). */
function intoFirstRun(xml: string, inserted: string): string {
  const at = xml.indexOf('<w:t');
  if (at < 0) return withBody(xml, para(inserted));
  const end = xml.indexOf('>', at) + 1;
  return xml.slice(0, end) + inserted + xml.slice(end);
}
/** The document with a DOCTYPE declared before its root element. */
const withDoctype = (xml: string, doctype: string) => xml.replace(/(<\?xml[^>]*\?>)?/, (decl) => `${decl}${doctype}`);

const MUTATIONS: Record<string, Mutation> = {
  'byte-flip': (r, src) => {
    const out = src.bytes.slice();
    const n = r.int(1, 16);
    for (let k = 0; k < n; k++) {
      const at = r.int(0, out.length - 1);
      out[at] = out[at]! ^ r.int(1, 255);
    }
    return { note: `${n} bytes flipped`, bytes: out };
  },
  'truncate-file': (r, src) => {
    const at = r.int(1, src.bytes.length - 1);
    return { note: `cut at ${at} of ${src.bytes.length}`, bytes: src.bytes.slice(0, at) };
  },
  'remove-part': (r, src) => {
    const parts = partsOf(src.bytes);
    const name = r.pick(Object.keys(parts));
    delete parts[name];
    return { note: `without ${name}`, bytes: zipParts(parts) };
  },
  'truncate-part': (r, src) => {
    const parts = partsOf(src.bytes);
    const name = r.pick(textParts(parts));
    const at = r.int(0, parts[name]!.length - 1);
    parts[name] = parts[name]!.slice(0, at);
    return { note: `${name} cut at ${at}`, bytes: zipParts(parts) };
  },
  'xml-flip': (r, src) => {
    const parts = partsOf(src.bytes);
    const name = r.pick(textParts(parts));
    const data = parts[name]!.slice();
    const n = r.int(1, 8);
    for (let k = 0; k < n; k++)
      data[r.int(0, data.length - 1)] = r.pick([0x3c, 0x3e, 0x26, 0x22, 0x2f, 0x00, 0xff, 0x80]);
    parts[name] = data;
    return { note: `${n} characters of ${name} replaced`, bytes: zipParts(parts) };
  },
  'billion-laughs': (r, src) => {
    const name = r.pick([DOC, 'word/styles.xml', 'docProps/core.xml']);
    const levels = r.int(5, 10);
    let dtd = '<!ENTITY lol0 "lol">';
    for (let k = 1; k < levels; k++) dtd += `<!ENTITY lol${k} "${`&lol${k - 1};`.repeat(10)}">`;
    const root = name === DOC ? 'w:document' : name.endsWith('core.xml') ? 'cp:coreProperties' : 'w:styles';
    let xml = withDoctype(text(partsOf(src.bytes), name), `<!DOCTYPE ${root} [${dtd}]>`);
    xml =
      name === DOC
        ? intoFirstRun(xml, `&lol${levels - 1};`)
        : xml.replace(/<dc:title>|(<\/w:styles>)/, (m) => (m.startsWith('</') ? m : `${m}&lol${levels - 1};`));
    return { note: `${name}: 10^${levels - 1} expansion`, bytes: withPart(src.bytes, name, xml) };
  },
  'external-entity': (r, src) => {
    const target = r.pick(['file:///etc/passwd', 'http://127.0.0.1:9/x.xml', '/dev/zero', '../../../../etc/hostname']);
    const xml = withDoctype(text(partsOf(src.bytes), DOC), `<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "${target}">]>`);
    return { note: `entity to ${target}`, bytes: withPart(src.bytes, DOC, intoFirstRun(xml, '&xxe;')) };
  },
  'deep-nesting': (r, src) => {
    const how = r.pick(['tables', 'unclosed-styles', 'closed-elements'] as const);
    if (how === 'tables') {
      const depth = r.int(20, 120);
      return { note: `tables ${depth} deep`, bytes: withDocument(src, nestedTables(depth)) };
    }
    const depth = r.int(1_000, 100_000);
    if (how === 'unclosed-styles') {
      const xml = text(partsOf(src.bytes), 'word/styles.xml').replace(
        '</w:styles>',
        `${'<w:style>'.repeat(depth)}</w:styles>`,
      );
      return { note: `styles.xml with ${depth} unclosed elements`, bytes: withPart(src.bytes, 'word/styles.xml', xml) };
    }
    return {
      note: `${depth} nested elements in a paragraph`,
      bytes: withDocument(
        src,
        `<w:p>${'<w:sdt><w:sdtContent>'.repeat(depth)}<w:r><w:t>diep</w:t></w:r>${'</w:sdtContent></w:sdt>'.repeat(depth)}</w:p>`,
      ),
    };
  },
  'broken-utf8': (r, src) => {
    const bad = r.pick([
      [0xc3, 0x28],
      [0xff],
      [0xed, 0xa0, 0x80],
      [0xc0, 0xaf],
      [0xf8, 0x88, 0x80, 0x80, 0x80],
      [0xe2, 0x82],
    ]);
    const xml = partsOf(src.bytes)[DOC]!;
    // the byte offset just inside the first plain text run
    const doc = strFromU8(xml);
    const run = /<w:t(?:\s[^>]*)?>/.exec(doc);
    const at = strToU8(doc.slice(0, run ? run.index + run[0].length : 0)).length;
    const out = new Uint8Array(xml.length + bad.length * 3);
    out.set(xml.subarray(0, at));
    for (let k = 0; k < 3; k++) out.set(bad, at + k * bad.length);
    out.set(xml.subarray(at), at + bad.length * 3);
    return {
      note: `bytes ${bad.map((b) => b.toString(16)).join(' ')} in the first run`,
      bytes: withPart(src.bytes, DOC, out),
    };
  },
  'many-paragraphs': (r, src) => {
    const n = r.int(1_000, 4_000);
    const how = r.pick(['headings', 'numbers', 'dots', 'distinct'] as const);
    const body = Array.from({ length: n }, (_, k) =>
      how === 'headings'
        ? k % 5
          ? para(sentence(r, 8))
          : `<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>Thema ${k}</w:t></w:r></w:p>`
        : how === 'numbers'
          ? para(String(r.int(1, 99999)))
          : how === 'dots'
            ? para('.'.repeat(r.int(20, 200)))
            : para(`${k} ${sentence(r, 12)}`),
    ).join('');
    return { note: `${n} paragraphs (${how})`, bytes: withDocument(src, body) };
  },
  'long-paragraph': (r, src) => {
    const runs = r.int(2_000, 40_000);
    return {
      note: `one paragraph of ${runs} runs`,
      bytes: withDocument(src, `<w:p>${'<w:r><w:t xml:space="preserve">woord </w:t></w:r>'.repeat(runs)}</w:p>`),
    };
  },
  'long-text': (r, src) => {
    const chars = r.int(50_000, 500_000);
    const how = r.pick(['words', 'dots', 'digits', 'spaces'] as const);
    const unit = how === 'words' ? `${sentence(r, 20)} ` : how === 'dots' ? '.' : how === 'digits' ? '7' : ' x';
    return {
      note: `one run of ${chars} characters (${how})`,
      bytes: withDocument(src, para(unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars))),
    };
  },
  'big-table': (r, src) => {
    const rows = r.int(300, 2_000);
    const row = () =>
      `<w:tr>${Array.from({ length: 4 }, () => `<w:tc>${para(sentence(r, 3))}</w:tc>`).join('')}</w:tr>`;
    return {
      note: `a table of ${rows} rows`,
      bytes: withDocument(src, `<w:tbl>${Array.from({ length: rows }, row).join('')}</w:tbl>`),
    };
  },
  'over-limit': (r, src) => {
    const how = r.pick(['paragraphs', 'elements', 'text', 'depth'] as const);
    if (how === 'paragraphs')
      return { note: '60,000 empty paragraphs', bytes: withDocument(src, '<w:p/>'.repeat(60_000)) };
    if (how === 'elements')
      return {
        note: '800,000 line breaks in one run',
        bytes: withDocument(src, `<w:p><w:r>${'<w:br/>'.repeat(800_000)}</w:r></w:p>`),
      };
    if (how === 'depth') return { note: 'tables 100 deep', bytes: withDocument(src, nestedTables(100)) };
    // stored, so the file stays near its text's size: 33 MB of words, refused on the declared size
    const chunk = para(sentence(r, 200_000));
    return {
      note: '33 MB of text, stored',
      bytes: withDocument(src, chunk.repeat(Math.ceil((33 * 1024 * 1024) / chunk.length)), 0),
    };
  },
  'lying-header': (r, src) => {
    const parts = partsOf(src.bytes);
    const name = r.pick([DOC, 'word/styles.xml', r.pick(textParts(parts))]);
    const part = parts[name];
    if (!part) return MUTATIONS['lying-header']!(r, src);
    const real = part.length;
    const size = r.pick([64, Math.floor(real / 2), real + 100, 0xfffffff0, 0xffffffff, 500 * 1024 * 1024]);
    return { note: `${name}: ${real} bytes, declared ${size}`, bytes: lieAboutSize(src.bytes, name, size) };
  },
  'small-claim-bomb': (r, src) => {
    // a part that inflates to many MB while its header claims a few bytes, or claims the truth past the ratio limit
    const mb = r.int(12, 30);
    const honest = r.next() < 0.5;
    const zip = withPart(src.bytes, 'word/styles.xml', strToU8(`<w:styles>${' '.repeat(mb * 1024 * 1024)}</w:styles>`));
    return {
      note: `styles.xml of ${mb} MB, ${honest ? 'declared' : 'claiming 2,000 bytes'}`,
      bytes: honest ? zip : lieAboutSize(zip, 'word/styles.xml', 2_000),
    };
  },
  'path-traversal': (r, src) => {
    const how = r.pick(['extra-entries', 'escaping-main-part', 'renamed-part'] as const);
    if (how === 'renamed-part') {
      const to = r.pick(['../../styles.xm', '/tmp/styles.xml', 'C:\\word\\styl.xm']);
      return { note: `word/styles.xml renamed ${to}`, bytes: renameInPlace(src.bytes, 'word/styles.xml', to) };
    }
    const parts = partsOf(src.bytes);
    if (how === 'escaping-main-part') {
      parts['_rels/.rels'] = strToU8(
        text(parts, '_rels/.rels').replace(/Target="\/?word\/document\.xml"/, 'Target="../../../../word/document.xml"'),
      );
      return { note: 'main document at ../../../../word/document.xml', bytes: zipParts(parts) };
    }
    for (const name of [
      '../../../../tmp/kkfz-fuzz-escape.xml',
      '/etc/kkfz-fuzz.xml',
      'word/../../escape.rels',
      'word\\..\\..\\escape.xml',
    ])
      parts[name] = strToU8('<x/>');
    return { note: 'entries named ../ and / and \\', bytes: zipParts(parts) };
  },
  'utf16-part': (r, src) => {
    const name = r.pick([DOC, DOC, 'word/styles.xml', 'docProps/core.xml', 'word/numbering.xml']);
    const xml = text(partsOf(src.bytes), name);
    if (!xml) return MUTATIONS['utf16-part']!(r, src);
    const order = r.pick(['le', 'be'] as const);
    const bom = r.next() < 0.7;
    return {
      note: `${name} as UTF-16${order.toUpperCase()}${bom ? ' with BOM' : ''}`,
      bytes: withPart(src.bytes, name, utf16(xml.replace(/encoding="UTF-8"/i, 'encoding="UTF-16"'), order, bom)),
    };
  },
  'bad-numbering': (r, src) => {
    const parts = partsOf(src.bytes);
    const how = r.pick(['no-abstract', 'missing-num', 'deep-level', 'no-val'] as const);
    const numbering = text(parts, 'word/numbering.xml');
    if (how === 'no-abstract' && numbering)
      parts['word/numbering.xml'] = strToU8(numbering.replace(/<w:abstractNum\b[\s\S]*?<\/w:abstractNum>/g, ''));
    const list = `<w:p><w:pPr><w:numPr><w:ilvl w:val="${how === 'deep-level' ? 12 : 0}"/><w:numId ${how === 'no-val' ? '' : `w:val="${how === 'missing-num' ? 9999 : 1}"`}/></w:numPr></w:pPr><w:r><w:t>opsomming</w:t></w:r></w:p>`;
    parts[DOC] = strToU8(withBody(text(parts, DOC), list.repeat(5) + para(sentence(r, 10))));
    return { note: `numbering: ${how}`, bytes: zipParts(parts) };
  },
  'bad-image-ref': (r, src) => {
    const parts = partsOf(src.bytes);
    const how = r.pick(['missing-file', 'missing-rel', 'external', 'empty-id', 'escaping'] as const);
    const id = how === 'missing-rel' ? 'rIdNergens' : how === 'empty-id' ? '' : 'rIdFuzzImg';
    const target =
      how === 'external'
        ? 'http://127.0.0.1:9/x.png" TargetMode="External'
        : how === 'escaping'
          ? '../../../../etc/passwd'
          : 'media/fuzz.png';
    if (how !== 'missing-file' && how !== 'escaping' && how !== 'external')
      parts['word/media/fuzz.png'] = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    parts['word/_rels/document.xml.rels'] = strToU8(
      text(parts, 'word/_rels/document.xml.rels').replace(
        '</Relationships>',
        `<Relationship Id="rIdFuzzImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${target}"/></Relationships>`,
      ),
    );
    parts[DOC] = strToU8(withBody(text(parts, DOC), picture(id) + para(sentence(r, 10))));
    return { note: `image: ${how}`, bytes: zipParts(parts) };
  },
  'bad-char-ref': (r, src) => {
    const ref = r.pick(['&#x110000;', '&#0;', '&#xFFFE;', '&#xD800;', '&#99999999999;', '&#x1;']);
    const parts = partsOf(src.bytes);
    const where = r.pick(['title', 'text'] as const);
    if (where === 'title') {
      const core = text(parts, 'docProps/core.xml');
      parts['docProps/core.xml'] = strToU8(
        /<dc:title>/.test(core)
          ? core.replace('<dc:title>', `<dc:title>${ref}`)
          : core.replace('</cp:coreProperties>', `<dc:title>${ref}</dc:title></cp:coreProperties>`),
      );
    } else parts[DOC] = strToU8(intoFirstRun(text(parts, DOC), ref));
    return { note: `${ref} in the ${where}`, bytes: zipParts(parts) };
  },
  'duplicate-name': (r, src) => {
    // word/settings.xml has the length of word/document.xml: renamed in place, the package holds two of them
    if (!partsOf(src.bytes)['word/settings.xml']) return MUTATIONS['byte-flip']!(r, src);
    return { note: 'two entries named word/document.xml', bytes: renameInPlace(src.bytes, 'word/settings.xml', DOC) };
  },
  'not-a-docx': (r) => {
    const how = r.pick(['random', 'empty-zip', 'only-content-types', 'text'] as const);
    if (how === 'random')
      return {
        note: 'random bytes after a zip signature',
        bytes: new Uint8Array([
          0x50,
          0x4b,
          0x03,
          0x04,
          ...Array.from({ length: r.int(10, 5000) }, () => r.int(0, 255)),
        ]),
      };
    if (how === 'empty-zip') return { note: 'an empty zip', bytes: zipSync({}) };
    if (how === 'only-content-types')
      return {
        note: 'a zip of [Content_Types].xml alone',
        bytes: zipSync({ '[Content_Types].xml': strToU8('<Types/>') }),
      };
    return { note: 'plain text', bytes: strToU8(sentence(r, 50)) };
  },
};

export const KINDS = Object.keys(MUTATIONS);

/** Case `index` of a run: the classes in turn (so any 23 consecutive cases hold each once), the source by the seed. */
export function generateCase(seed: number, index: number, sources: Source[]): FuzzCase {
  const r = new Rng(caseSeed(seed, index));
  const kind = KINDS[index % KINDS.length]!;
  const src = r.pick(sources);
  const made = MUTATIONS[kind]!(r, src);
  return {
    name: `${String(index).padStart(4, '0')}-${kind}.docx`,
    kind,
    note: `${src.name}: ${made.note}`,
    bytes: made.bytes,
  };
}
