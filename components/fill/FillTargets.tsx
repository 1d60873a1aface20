// Invullen: a web form in a tab, or the organisation's own Word template. The toolbar's request to fill a page
// opens the web form.
import { useEffect, useState } from 'preact/hooks';
import type { Strings } from '../i18n';
import type { Workspace } from '../useWorkspace';
import type { PageAccess } from '../adapters/page-access';
import type { TemplateWork } from '../adapters/template-protocol';
import { FillView } from './FillView';
import { TemplateView } from './TemplateView';

type Target = 'form' | 'template';

export interface FillTargetsProps {
  ws: Workspace;
  t: Strings;
  pages: PageAccess;
  work: TemplateWork;
  requested: number | null;
}

export function FillTargets({ ws, t, pages, work, requested }: FillTargetsProps) {
  const [target, setTarget] = useState<Target>('form');
  useEffect(() => {
    if (requested !== null) setTarget('form');
  }, [requested]);
  return (
    <>
      <fieldset class="segmented" data-testid="fill-target-kind">
        <legend class="visually-hidden">{t.fillTarget.legend}</legend>
        {(['form', 'template'] as const).map((key) => (
          <label class={target === key ? 'selected' : ''}>
            <input
              type="radio"
              name="fill-target"
              value={key}
              checked={target === key}
              onChange={() => setTarget(key)}
              data-testid={`fill-target-${key}`}
            />
            {t.fillTarget[key]}
          </label>
        ))}
      </fieldset>
      {target === 'form' ? (
        <FillView ws={ws} t={t} pages={pages} requested={requested} />
      ) : (
        <TemplateView ws={ws} t={t} work={work} />
      )}
    </>
  );
}
