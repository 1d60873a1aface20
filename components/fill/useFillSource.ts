// What a form or a template is filled from: the open report, or one of its carried-forward drafts (without what the
// draft drops, with its flags for the template's comments). Both fill views offer the same choice.
import { useMemo, useState } from 'preact/hooks';
import type { CarryDraft } from '@/lib/schema';
import { carryDraftsOf } from '@/lib/storage/repository';
import { loadCorrectedAnalysis } from '@/lib/workspace/corrected-analysis';
import { draftSource, reportSource, type TemplateSource } from '@/lib/template/source';
import { useLive } from '../useLive';
import type { Workspace } from '../useWorkspace';

export interface FillSourceChoice {
  /** 'report', or the id of a carried-forward draft */
  id: string;
  choose(id: string): void;
  drafts: CarryDraft[];
  /** null while a draft's report is being read */
  source: TemplateSource | null;
}

export function useFillSource(ws: Workspace): FillSourceChoice {
  const [id, choose] = useState('report');
  const carried = useLive(
    async () => (ws.draft ? carryDraftsOf(ws.db, ws.draft.reportId) : []),
    [ws.db, ws.draft?.reportId],
  );
  const drafts = carried.state === 'ready' ? carried.value : [];
  const carry = drafts.find((d) => d.id === id) ?? null;
  // a draft carried forward from another import of the report: that import's analysis, as the user corrected it
  const other = useLive(async () => {
    if (!carry || carry.sourceDraftId === ws.draft?.id) return null;
    const draft = await ws.db.drafts.get(carry.sourceDraftId);
    return draft ? loadCorrectedAnalysis(ws.db, draft, ws.settings) : null;
  }, [ws.db, carry?.id, ws.draft?.id]);
  const source = useMemo(() => {
    const base =
      carry && carry.sourceDraftId !== ws.draft?.id ? (other.state === 'ready' ? other.value : null) : ws.analysis;
    if (!base) return null;
    return carry ? draftSource(base, carry) : reportSource(base);
  }, [ws.analysis, carry, other]);
  return { id, choose, drafts, source };
}
