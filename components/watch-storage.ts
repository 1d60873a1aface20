// What the panel must tell about storage before any action: an upgrade that waits for another open panel,
// and whether the browser granted persistent storage.
import type { KkfzDb } from '@/lib/storage/db';
import { BLOCKED, type StorageProblem } from '@/lib/storage/errors';

export interface StorageState {
  notice: StorageProblem | null;
  persisted: boolean;
}

export function watchStorage(db: KkfzDb, storage: Pick<StorageManager, 'persist'> | undefined, onChange: (state: StorageState) => void): void {
  const state: StorageState = { notice: null, persisted: true };
  db.on('blocked', () => onChange(Object.assign(state, { notice: BLOCKED })));
  db.on('ready', () => {
    if (state.notice === BLOCKED) onChange(Object.assign(state, { notice: null }));
  });
  // unlimitedStorage keeps the data from eviction in Chrome; persist() asks the same of other browsers
  storage?.persist().then(
    (persisted) => onChange(Object.assign(state, { persisted })),
    () => undefined,
  );
}
