// A tokenizer for mammoth's HTML output only: mammoth writes well-formed, escaped HTML with a small
// tag set, so a full HTML parser (and a DOM in Node) is not needed to split it into blocks.

export type HtmlToken =
  | { type: 'open'; tag: string; raw: string; selfClosing: boolean }
  | { type: 'close'; tag: string; raw: string }
  | { type: 'text'; text: string; raw: string };

const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g;

export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(html))) {
    if (m[5] !== undefined) tokens.push({ type: 'text', text: decodeEntities(m[5]), raw: m[5] });
    else if (m[1]) tokens.push({ type: 'close', tag: m[2]!.toLowerCase(), raw: m[0] });
    else
      tokens.push({
        type: 'open',
        tag: m[2]!.toLowerCase(),
        raw: m[0],
        selfClosing: m[4] === '/' || VOID.has(m[2]!.toLowerCase()),
      });
  }
  return tokens;
}

const VOID = new Set(['br', 'img', 'hr']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      // a reference beyond Unicode (&#x110000;) is no character: shown as the replacement character, never thrown
      return code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
    }
    return ENTITIES[name] ?? all;
  });
}
