// A stored draft (DraftRecord) from a compact outline, through the real splitter and mapper: for repository tests.
import { analyseDocument } from '../../lib/analyse';
import type { DraftRecord } from '../../lib/schema';
import { blocksOf, type Line } from './blocks';

export function draftRecord(
  id: string,
  reportId: string,
  lines: Line[],
  importedAt = '2026-01-10T09:00:00.000Z',
): DraftRecord {
  const analysis = analyseDocument({ blocks: blocksOf(lines), images: [], title: null }, []);
  return { id, reportId, fileName: `${id}.docx`, sizeBytes: 1000, importedAt, analysis };
}
