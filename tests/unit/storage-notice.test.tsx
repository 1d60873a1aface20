// @vitest-environment happy-dom
// The notice that the browser may clear the stored data: only when persistent storage was refused (persisted()
// false after the request), and once dismissed it stays away, also in the next panel.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../components/App';
import type { Analyse } from '../../components/adapters/analyse-protocol';
import { browserNoticeMemory, watchStorage, type StorageState } from '../../components/adapters/watch-storage';
import { analyseDocx } from '../../lib/analyse';
import { KkfzDb } from '../../lib/storage/db';
import { templateInProcess } from '../../components/adapters/template-in-process';

const analyse: Analyse = (bytes, options, onStage) => analyseDocx(bytes, { ...options, onStage });
const NOTICE = /De browser mag deze gegevens opruimen/;

let db: KkfzDb;
let n = 0;
beforeEach(() => {
  fakeBrowser.reset();
  db = new KkfzDb(`notice-test-${n++}`);
});
afterEach(async () => {
  cleanup();
  db.close();
  await db.delete();
});

describe('watchStorage and persistent storage', () => {
  async function persistedAfter(persist: () => Promise<boolean>, persisted?: () => Promise<boolean>): Promise<boolean> {
    const seen: StorageState[] = [];
    watchStorage(db, { persist, ...(persisted && { persisted }) }, (s) => seen.push({ ...s }));
    await new Promise((r) => setTimeout(r, 20));
    return seen.every((s) => s.persisted);
  }

  it('reports non-persistent storage only when persisted() is still false after the request', async () => {
    expect(
      await persistedAfter(
        async () => true,
        async () => true,
      ),
    ).toBe(true);
    // persist() said no, but the data is persistent all the same (granted before)
    expect(
      await persistedAfter(
        async () => false,
        async () => true,
      ),
    ).toBe(true);
    expect(
      await persistedAfter(
        async () => false,
        async () => false,
      ),
    ).toBe(false);
    // a browser without persisted(): the answer of persist() counts
    expect(await persistedAfter(async () => false)).toBe(false);
    // a failing request says nothing
    expect(await persistedAfter(() => Promise.reject(new Error('no')))).toBe(true);
  });
});

describe('the notice in the side panel', () => {
  it('is not there when storage is persistent', async () => {
    render(<App db={db} analyse={analyse} templates={templateInProcess} persisted={true} />);
    await screen.findByRole('tab', { name: 'Importeren' });
    expect(screen.queryByText(NOTICE)).toBeNull();
  });

  it('shows when storage was refused, is dismissed with a button, and stays dismissed in the next panel', async () => {
    const first = render(<App db={db} analyse={analyse} templates={templateInProcess} persisted={false} />);
    await screen.findByText(NOTICE);
    const dismiss = screen.getByRole('button', { name: 'Niet meer tonen' });
    dismiss.focus();
    fireEvent.click(dismiss);
    await waitFor(() => expect(screen.queryByText(NOTICE)).toBeNull());
    // the keyboard user stays in the panel: focus moves to the open tab
    expect(document.activeElement?.getAttribute('role')).toBe('tab');
    await waitFor(async () => expect(await browserNoticeMemory.dismissed()).toBe(true));
    first.unmount();

    render(<App db={db} analyse={analyse} templates={templateInProcess} persisted={false} />);
    await screen.findByRole('tab', { name: 'Importeren' });
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByText(NOTICE)).toBeNull();
  });
});
