// Dexie's liveQuery as a Preact hook: the view follows the database, also when another extension page
// (the options page, a second panel) writes to it.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export type Live<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; error: unknown };

export function useLive<T>(query: () => Promise<T> | T, deps: unknown[]): Live<T> {
  const [live, setLive] = useState<Live<T>>({ state: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setLive({ state: 'ready', value }),
      error: (error) => setLive({ state: 'error', error }),
    });
    return () => subscription.unsubscribe();
    // `query` is a new closure on every render: the caller's deps say when it asks something else
  }, deps);
  return live;
}
