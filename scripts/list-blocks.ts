// Lists the blocks of a .docx by the corpus block-splitting rule (see the shared corpus README), written
// independently of the product's importer so that gold labels made with it are a held-out check:
// plain `mammoth.convertToHtml` (default style map), then a walk over the HTML in document order.
//
//   npx tsx scripts/list-blocks.ts some.docx        → one JSON line per block: {i, kind, text}
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { Window } from 'happy-dom';

export interface ListedBlock {
  i: number;
  kind: 'heading' | 'paragraph' | 'list-item' | 'table';
  /** the full whitespace-normalised text (the gold keeps its first 100 characters) */
  text: string;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const BOUNDARY = new Set(['P', 'LI', 'TD', 'TH', 'BR', 'TR']);

/** Text content with a space at every p/li/br/cell boundary; `skipLists` leaves out nested ul/ol. */
function textOf(node: Node, skipLists = false): string {
  if (node.nodeType === 3) return (node as Text).data;
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  if (skipLists && (el.tagName === 'UL' || el.tagName === 'OL')) return '';
  if (el.tagName === 'BR') return ' ';
  let out = '';
  for (const c of Array.from(el.childNodes)) out += textOf(c, skipLists);
  return BOUNDARY.has(el.tagName) ? ` ${out} ` : out;
}

export function splitHtml(html: string): ListedBlock[] {
  const window = new Window();
  const doc = window.document;
  doc.body.innerHTML = html;
  const blocks: ListedBlock[] = [];
  const push = (kind: ListedBlock['kind'], raw: string) => {
    const text = norm(raw);
    if (text) blocks.push({ i: blocks.length, kind, text });
  };
  const walk = (el: Element) => {
    for (const child of Array.from(el.children)) {
      const tag = child.tagName;
      if (/^H[1-6]$/.test(tag)) push('heading', textOf(child));
      else if (tag === 'P') push('paragraph', textOf(child));
      else if (tag === 'LI') {
        push('list-item', textOf(child, true));
        walk(child); // nested lists, after their parent item
      } else if (tag === 'TABLE') {
        const rows = Array.from(child.querySelectorAll('tr')) as unknown as Element[];
        const text = rows
          .map((tr) =>
            Array.from(tr.children)
              .filter((c) => c.tagName === 'TD' || c.tagName === 'TH')
              .map((c) => norm(textOf(c as unknown as Node)))
              .join(' | '),
          )
          .join(' / ');
        push('table', text);
      } else walk(child); // ul, ol and anything else: look inside
    }
  };
  walk(doc.body as unknown as Element);
  window.close();
  return blocks;
}

export async function listBlocks(bytes: Uint8Array): Promise<{ blocks: ListedBlock[]; messages: string[] }> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return { blocks: splitHtml(result.value), messages: result.messages.map((m) => `${m.type}: ${m.message}`) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npx tsx scripts/list-blocks.ts <file.docx>');
    process.exit(2);
  }
  const { blocks, messages } = await listBlocks(new Uint8Array(readFileSync(file)));
  for (const b of blocks) console.log(JSON.stringify({ i: b.i, kind: b.kind, text: b.text.slice(0, 100) }));
  for (const m of messages) console.error(m);
}
