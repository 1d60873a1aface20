// WAI-ARIA tabs: arrow keys, Home and End move between tabs; only the selected tab is in the tab order.
import type { ComponentChildren } from 'preact';

export interface TabsProps<K extends string> {
  label: string;
  tabs: { key: K; label: string }[];
  selected: K;
  onSelect(key: K): void;
  children: ComponentChildren;
}

export function Tabs<K extends string>({ label, tabs, selected, onSelect, children }: TabsProps<K>) {
  const onKeyDown = (e: KeyboardEvent) => {
    const at = tabs.findIndex((t) => t.key === selected);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const key = tabs[(next + tabs.length) % tabs.length]!.key;
    onSelect(key);
    (e.currentTarget as HTMLElement).querySelector<HTMLElement>(`#tab-${key}`)?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label={label} class="tabs" onKeyDown={onKeyDown}>
        {tabs.map((t) => (
          <button
            type="button"
            role="tab"
            id={`tab-${t.key}`}
            aria-selected={t.key === selected}
            aria-controls={`panel-${t.key}`}
            tabIndex={t.key === selected ? 0 : -1}
            onClick={() => onSelect(t.key)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${selected}`} aria-labelledby={`tab-${selected}`} class="panel">
        {children}
      </div>
    </>
  );
}
