// What the panel must tell about storage before any action: an upgrade that waits for another open panel,
// and whether the browser refused persistent storage (then a notice, until the user dismisses it for good).
import { browser } from 'wxt/browser';
import type { KkfzDb } from '@/lib/storage/db';
import { BLOCKED, type StorageProblem } from '@/lib/storage/errors';

export interface StorageState {
  notice: StorageProblem | null;
  persisted: boolean;
}

export function watchStorage(
  db: KkfzDb,
  storage: (Pick<StorageManager, 'persist'> & Partial<Pick<StorageManager, 'persisted'>>) | undefined,
  onChange: (state: StorageState) => void,
): void {
  const state: StorageState = { notice: null, persisted: true };
  db.on('blocked', () => onChange(Object.assign(state, { notice: BLOCKED })));
  db.on('ready', () => {
    if (state.notice === BLOCKED) onChange(Object.assign(state, { notice: null }));
  });
  // unlimitedStorage keeps the data from eviction in Chrome; persist() asks the same of other browsers
  // persist() can say no while the data is persistent all the same (granted before): what counts is persisted() after
  storage?.persist().then(
    async (granted) => {
      const persisted = storage.persisted ? await storage.persisted().catch(() => granted) : granted;
      if (!persisted) onChange(Object.assign(state, { persisted }));
    },
    () => undefined,
  );
}

const DISMISSED_KEY = 'storageNoticeDismissed';

/** Whether the user dismissed the notice about non-persistent storage; kept in the extension's own storage. */
export interface NoticeMemory {
  dismissed(): Promise<boolean>;
  dismiss(): Promise<void>;
}

export const browserNoticeMemory: NoticeMemory = {
  async dismissed() {
    try {
      return (await browser.storage.local.get(DISMISSED_KEY))[DISMISSED_KEY] === true;
    } catch {
      return false;
    }
  },
  async dismiss() {
    await browser.storage.local.set({ [DISMISSED_KEY]: true });
  },
};
