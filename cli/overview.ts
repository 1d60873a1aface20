// `kkfz overview <verslag.docx> --out overzicht.html|overzicht.docx [--year N] [--focus …]`: the overview DJI
// reads, theme by theme with the focus themes first, as printable HTML or as .docx by the extension of --out.
// Exit 0, or 2.
import { writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { djiOverview } from '../lib/overview/dji';
import { djiOverviewDocx } from '../lib/overview/dji-docx';
import { djiOverviewHtml } from '../lib/overview/dji-html';
import { analyseInvocation, fail, type Invocation } from './common';

const FORMATS = { '.html': 'html', '.docx': 'docx' } as const;

export async function overview(inv: Invocation): Promise<number> {
  const out = inv.out;
  if (out === undefined)
    return fail(
      inv,
      '--out ontbreekt: geef overzicht.html of overzicht.docx',
      '--out is missing: give overzicht.html or overzicht.docx',
    );
  const ext = extname(out).toLowerCase();
  // before reading the report: a wrong name should not wait for the analysis
  if (!Object.hasOwn(FORMATS, ext))
    return fail(
      inv,
      `--out moet eindigen op .html of .docx (kreeg "${out}")`,
      `--out must end in .html or .docx (got "${out}")`,
    );
  const format = FORMATS[ext as keyof typeof FORMATS];

  const read = await analyseInvocation(inv);
  if (!read.ok) return read.error;
  const { analysis, file } = read.value;
  const model = djiOverview({ analysis, title: analysis.document.title ?? basename(file), organisation: '' });
  try {
    await writeFile(out, format === 'html' ? djiOverviewHtml(model) : await djiOverviewDocx(model));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return fail(inv, `Kan ${out} niet schrijven: ${why}`, `Cannot write ${out}: ${why}`, 'write-failed', file);
  }
  const themes = model.focus.themes.join(', ') || (inv.lang === 'en' ? 'none' : 'geen');
  inv.io.stdout(
    inv.lang === 'en'
      ? `Written: ${out} (overview for DJI, ${format}, focus themes: ${themes})\n`
      : `Geschreven: ${out} (overzicht voor DJI, ${format}, focusthema's: ${themes})\n`,
  );
  return 0;
}
