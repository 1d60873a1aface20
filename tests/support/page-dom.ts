// The fill test pages (tests/pages) in jsdom, as a browser would have them: their bundles run (React renders,
// Quill builds its editors), their styles apply (hidden parts stay hidden), their same-origin frames load.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
// @ts-expect-error plain .mjs without types
import { buildPages, PAGES_DIR } from '../pages/build.mjs';

const inline = (html: string) =>
  html
    .replace(
      /<script src="([^":]+\.js)"><\/script>/g,
      (_m, src: string) =>
        `<script>${readFileSync(join(PAGES_DIR as string, src), 'utf8').replace(/<\/script>/g, '<\\/script>')}</script>`,
    )
    .replace(
      /<link rel="stylesheet" href="([^"]+)">/g,
      (_m, href: string) => `<style>${readFileSync(join(PAGES_DIR as string, href), 'utf8')}</style>`,
    );

/** Loads a page; resolves once its scripts ran and its frames are filled. */
export async function loadPage(name: string): Promise<JSDOM> {
  await buildPages();
  const dom = new JSDOM(inline(readFileSync(join(PAGES_DIR as string, name), 'utf8')), {
    runScripts: 'dangerously',
    pretendToBeVisual: true,
    url: `http://localhost/${name}`,
  });
  const doc = dom.window.document;
  // jsdom does not fetch frames: write each same-origin frame's page into it
  for (const frame of Array.from(doc.querySelectorAll<HTMLIFrameElement>('iframe[src]'))) {
    const inner = frame.contentDocument!;
    inner.open();
    inner.write(inline(readFileSync(join(PAGES_DIR as string, frame.getAttribute('src')!), 'utf8')));
    inner.close();
  }
  // a framework renders a moment later (React schedules its first commit): wait until the page reports state
  const state = () => (dom.window as unknown as { __pageState?: () => object }).__pageState?.() ?? {};
  for (let waited = 0; Object.keys(state()).length === 0 && waited < 5000; waited += 25)
    await new Promise((r) => setTimeout(r, 25));
  return dom;
}

/** What a careful person matched the field to (the page's data-expect), 'none' for nothing. */
export const expected = (el: Element) => el.closest('[data-expect]')?.getAttribute('data-expect') ?? '(no data-expect)';
