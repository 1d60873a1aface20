// One place of a fill plan as the user checks it, the same for a web form's field and a Word template's place: tick
// it or not, the item it is matched to (changeable), how sure, why, and the proposed text to read in full or edit.
// What only one kind of place has (a field's existing text, a template's placeholder) comes in as children.
import type { ComponentChildren } from 'preact';
import type { ChecklistVerdict } from '@/lib/schema';
import type { PlanEntry } from '@/lib/fill/plan';
import { isPillarItem, isThemeItem } from '@/lib/knowledge/shape';
import type { Strings } from '../i18n';

/** What the user changed of a planned place. */
export type Choice = { selected?: boolean; overwrite?: boolean; text?: string; showFull?: boolean };

export const withChoice = <E extends PlanEntry>(e: E, c: Choice | undefined): E => ({ ...e, ...c });

type ItemGroup = 'pillars' | 'themes' | 'other';

/** The checklist's items for the select: the pillars, the themes, then the rest, each in the checklist's order. */
function groups(items: readonly ChecklistVerdict[]): [ItemGroup, ChecklistVerdict[]][] {
  const of = (id: string): ItemGroup => (isPillarItem(id) ? 'pillars' : isThemeItem(id) ? 'themes' : 'other');
  return (['pillars', 'themes', 'other'] as const)
    .map((g): [ItemGroup, ChecklistVerdict[]] => [g, items.filter((c) => of(c.id) === g)])
    .filter(([, list]) => list.length > 0);
}

export interface PlanRowProps {
  /** the planned entry with the user's choices applied */
  entry: PlanEntry & Choice;
  items: readonly ChecklistVerdict[];
  t: Strings;
  /** 'fill' or 'template': the row's ids and test ids */
  kind: string;
  /** what the place takes, as the view words it */
  takes(kind: string, limit: number | null): string;
  /** the place's name when it has none */
  unnamed: string;
  choose(c: Choice): void;
  retarget(target: string | null): void;
  children?: ComponentChildren;
}

export function PlanRow({ entry: e, items, t, kind, takes, unnamed, choose, retarget, children }: PlanRowProps) {
  const f = t.fill;
  const id = `${kind}-${e.key}`;
  const label = e.label || unnamed;
  return (
    <li
      data-testid={`${kind}-row`}
      data-key={e.key}
      data-target={e.target ?? 'none'}
      data-selected={String(e.selected)}
      data-fit={e.fit}
      data-shortened={String(e.shortened)}
      class={e.target ? 'matched' : 'unmatched'}
    >
      <div class="fill-head">
        <input
          type="checkbox"
          id={`${id}-on`}
          checked={e.selected}
          disabled={!e.text}
          onChange={(ev) => choose({ selected: ev.currentTarget.checked })}
          data-testid={`${kind}-on`}
        />
        <label for={`${id}-on`} class="fill-label">
          {label}
        </label>
        <select
          aria-label={f.targetFor(label)}
          value={e.target ?? ''}
          onChange={(ev) => retarget(ev.currentTarget.value || null)}
          data-testid={`${kind}-target`}
        >
          <option value="">{f.skip}</option>
          {groups(items).map(([group, list]) => (
            <optgroup label={f.itemGroups[group]}>
              {list.map((c) => (
                <option value={c.id}>{c.label}</option>
              ))}
            </optgroup>
          ))}
        </select>
        {e.target && <span class={`tag ${e.score >= 0.6 ? 'sure' : 'unsure'}`}>{f.score(e.score)}</span>}
      </div>
      <small class="fill-why">{t.dutch.reason(e.evidence)}</small>
      {e.target && <small class="fill-takes">{takes(f.kinds[e.fit], e.limit)}</small>}
      {e.source && <small class="fill-source">{f.origin(e.source)}</small>}
      {e.note && <small class="fill-note">{t.dutch.note(e.note)}</small>}
      {e.shortened && (
        <div class="fill-full">
          <button
            type="button"
            class="link"
            aria-expanded={Boolean(e.showFull)}
            aria-controls={`${id}-full`}
            onClick={() => choose({ showFull: !e.showFull })}
            data-testid={`${kind}-show-full`}
          >
            {e.showFull ? f.hideFull : f.showFull(e.full.length)}
          </button>
          <div
            id={`${id}-full`}
            role="region"
            aria-label={f.fullFor(label)}
            class="fill-full-text"
            hidden={!e.showFull}
            data-testid={`${kind}-full`}
          >
            {e.full}
          </div>
        </div>
      )}
      {children}
      {e.text && (
        <details>
          <summary>{f.proposal(e.text.length)}</summary>
          <textarea
            aria-label={f.textFor(label)}
            rows={5}
            value={e.text}
            onInput={(ev) => choose({ text: ev.currentTarget.value })}
            data-testid={`${kind}-text`}
          />
        </details>
      )}
    </li>
  );
}
