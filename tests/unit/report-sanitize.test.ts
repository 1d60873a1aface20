// @vitest-environment jsdom
// A hostile .docx through the real import and the Verslag view's sanitiser. jsdom, not happy-dom: DOMPurify
// relies on DOM details happy-dom gets wrong (it let a javascript: link through there). The e2e test
// repeats this in Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, ImageRun, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { sanitizeReportHtml } from '../../components/report/sanitize';
import { analyseDocx } from '../../lib/analyse';
import { makeCraftedDocx, MARKUP_TEXT, REMOTE_IMAGE } from '../support/make-crafted-docx';

async function renderCrafted(): Promise<HTMLElement> {
  const r = await analyseDocx(await makeCraftedDocx(), { keepImages: true });
  if (!r.ok) throw new Error(r.error.en);
  const root = document.createElement('article');
  // as the Verslag view does: only a picture whose bytes were read is stored, and only a stored one gets a URL
  const stored = new Set(r.value.document.images.filter((i) => i.data).map((i) => i.id));
  root.innerHTML = r.value.document.blocks
    .map((b) => sanitizeReportHtml(b.html, (id) => (stored.has(id) ? `blob:kkfz/${id}` : null)))
    .join('');
  return root;
}

describe('sanitizeReportHtml on a crafted report', () => {
  it('keeps no script, event handler, or link other than http(s)', async () => {
    const root = await renderCrafted();
    expect(root.querySelectorAll('script, iframe, object, embed, style, [onerror], [onclick], [onload]')).toHaveLength(
      0,
    );
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.filter((h) => h !== null && !/^https?:/.test(h))).toEqual([]);
    expect(hrefs).toContain('https://www.example.org/beleid');
    for (const a of root.querySelectorAll('a[href]')) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    // the link texts survive: only the dangerous target is gone
    expect(root.textContent).toContain('Klik hier voor het veiligheidsbeleid.');
  });

  it('shows markup typed as text as text', async () => {
    const root = await renderCrafted();
    expect(root.textContent).toContain(MARKUP_TEXT);
    expect(root.querySelectorAll('img[src="x"]')).toHaveLength(0);
  });

  it('shows only the pictures inside the package, through the given URL; nothing remote', async () => {
    const root = await renderCrafted();
    const srcs = [...root.querySelectorAll('img')].map((i) => i.getAttribute('src'));
    // the remote and the escaping picture stay as broken pictures (no bytes, no src), as Word shows them
    expect(srcs.filter((s) => s !== null)).toHaveLength(1);
    expect(srcs.filter((s) => s !== null)[0]).toMatch(/^blob:kkfz\/afbeelding-\d+$/);
    expect(root.innerHTML).not.toContain(REMOTE_IMAGE);
    expect(root.innerHTML).not.toContain('passwd');
  });

  it('drops images it cannot resolve and any src that is not ours', () => {
    const html = sanitizeReportHtml(
      '<p><img src="https://tracker.example/x.png" alt="a"><img src="kkfz-image:nope" alt="b"><img src="kkfz-image:ok" alt="c"></p>',
      (id) => (id === 'ok' ? 'blob:kkfz/ok' : null),
    );
    const root = document.createElement('div');
    root.innerHTML = html;
    expect([...root.querySelectorAll('img')].map((i) => [i.getAttribute('alt'), i.getAttribute('src')])).toEqual([
      ['a', null],
      ['b', null],
      ['c', 'blob:kkfz/ok'],
    ]);
  });
});

describe("sanitizeReportHtml and the pictures' alt text", () => {
  /** a real .docx: a picture with a description in Word, one with only a title, one with neither */
  async function renderPictures(): Promise<{ root: HTMLElement; images: { id: string; altText?: string }[] }> {
    const png = readFileSync(join(import.meta.dirname, '../fixtures/pixel.png'));
    const picture = (altText?: { name: string; description: string; title: string }) =>
      new Paragraph({
        children: [
          new ImageRun({
            type: 'png',
            data: png,
            transformation: { width: 10, height: 10 },
            ...(altText && { altText }),
          }),
        ],
      });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('Organisatie'),
            picture({ name: 'Afbeelding 1', description: 'Organogram van de kliniek', title: '' }),
            picture({ name: 'Afbeelding 2', description: '', title: 'Logo' }),
            picture(),
          ],
        },
      ],
    });
    const r = await analyseDocx(new Uint8Array(await Packer.toBuffer(doc)), { keepImages: true });
    if (!r.ok) throw new Error(r.error.en);
    const root = document.createElement('article');
    // as the Verslag view does: only a picture whose bytes were read is stored, and only a stored one gets a URL
    const stored = new Set(r.value.document.images.filter((i) => i.data).map((i) => i.id));
    root.innerHTML = r.value.document.blocks
      .map((b) => sanitizeReportHtml(b.html, (id) => (stored.has(id) ? `blob:kkfz/${id}` : null)))
      .join('');
    return { root, images: r.value.document.images };
  }

  it('shows the alt text from the .docx, and marks a picture without one as decoration', async () => {
    const { root, images } = await renderPictures();
    expect(images.map((i) => i.altText ?? null)).toEqual(['Organogram van de kliniek', 'Logo', null]);
    const shown = [...root.querySelectorAll('img')].map((i) => [
      i.getAttribute('src'),
      i.getAttribute('alt'),
      i.getAttribute('role'),
    ]);
    expect(shown).toEqual([
      ['blob:kkfz/afbeelding-1', 'Organogram van de kliniek', null],
      ['blob:kkfz/afbeelding-2', 'Logo', null],
      ['blob:kkfz/afbeelding-3', '', 'presentation'],
    ]);
  });

  it('gives every picture an alt attribute, also when the HTML has none or only spaces', () => {
    const root = document.createElement('div');
    root.innerHTML = sanitizeReportHtml(
      '<p><img src="kkfz-image:a"><img src="kkfz-image:b" alt="  "><img src="kkfz-image:c" alt=" Grafiek "><img src="kkfz-image:d" role="button" alt="x"></p>',
      (id) => `blob:kkfz/${id}`,
    );
    expect([...root.querySelectorAll('img')].map((i) => [i.getAttribute('alt'), i.getAttribute('role')])).toEqual([
      ['', 'presentation'],
      ['', 'presentation'],
      ['Grafiek', null],
      ['x', null], // a role from the document itself is not kept
    ]);
  });
});
