import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { watchStorage, type StorageState } from '../../components/adapters/watch-storage';
import { KkfzDb } from '../../lib/storage/db';

describe('watchStorage', () => {
  it('says so while another page holds an older database open, and clears it once the upgrade went through', async () => {
    const name = `blocked-${crypto.randomUUID()}`;
    // an old panel: version 1 (IndexedDB version 10), which does not close on versionchange
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 10);
      req.onupgradeneeded = () => {
        for (const t of ['reports', 'drafts']) req.result.createObjectStore(t, { keyPath: 'id' });
        req.result.createObjectStore('settings', { keyPath: 'key' });
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('open failed'));
    });
    const db = new KkfzDb(name);
    const seen: StorageState[] = [];
    watchStorage(db, { persist: async () => false }, (s) => seen.push({ ...s }));
    const opening = db.open();
    await expect.poll(() => seen.some((s) => s.notice?.code === 'blocked')).toBe(true);
    old.close();
    await opening;
    // upgraded past version 1: the tables of later versions are there
    expect(db.verno).toBeGreaterThan(1);
    expect(db.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['corrections', 'notes']));
    await expect.poll(() => seen.at(-1)).toEqual({ notice: null, persisted: false });
    db.close();
    await Dexie.delete(name);
  });
});
