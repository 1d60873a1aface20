// The browser side of filling a form (the edge): which tabs the extension may read, injecting the fill script
// on demand, and the messages to it. Everything that decides something lives in lib/fill/.
import { browser } from 'wxt/browser';
import { CollectReply, FillReply, UndoReply, type FillRequest } from '@/lib/fill/protocol';
import type { FillEntry } from '@/lib/fill/execute';
import { fail, ok, type Result } from '@/lib/result';
import type { Localised } from '@/lib/text/localised';

export interface PageTab {
  id: number;
  title: string;
  url: string;
}

/** What the fill view needs from the browser; tests pass their own. */
export interface PageAccess {
  /** tabs the extension may read now: granted by a toolbar click (activeTab) or a remembered portal */
  tabs(): Promise<PageTab[]>;
  /** the tab the user asked to fill from the toolbar, if any; taking it clears the request */
  takeRequest(): Promise<number | null>;
  /** calls back when the toolbar asks to fill a tab while the workspace is open; returns the unsubscribe */
  onRequest(callback: () => void): () => void;
  collect(tabId: number): Promise<Result<CollectReply>>;
  fill(tabId: number, entries: FillEntry[]): Promise<Result<FillReply>>;
  undo(tabId: number): Promise<Result<UndoReply>>;
  /** asks the browser's own permission prompt; call it straight from a click */
  remember(origin: string): Promise<boolean>;
  forget(origin: string): Promise<void>;
  remembered(): Promise<string[]>;
}

export const FILL_TAB_KEY = 'fillTabId';

const NO_ACCESS: Localised = {
  nl: 'De extensie mag deze pagina niet lezen. Klik op die pagina op de KKFZ-knop in de werkbalk en kies “Formulier op deze pagina invullen”, of laat de extensie deze portal onthouden.',
  en: 'The extension may not read this page. On that page, click the KKFZ button in the toolbar and choose “Fill the form on this page”, or let the extension remember this portal.',
};
const NO_ANSWER: Localised = {
  nl: 'De pagina antwoordt niet (meer). Laad het formulier opnieuw en lees het nog eens.',
  en: 'The page does not answer (any more). Reload the form and read it again.',
};

const originPattern = (origin: string) => `${origin}/*`;

async function send<T>(
  tabId: number,
  message: FillRequest,
  parse: { safeParse(x: unknown): { success: true; data: T } | { success: false } },
): Promise<Result<T>> {
  try {
    const parsed = parse.safeParse(await browser.tabs.sendMessage(tabId, message));
    return parsed.success ? ok(parsed.data) : fail(NO_ANSWER);
  } catch {
    return fail(NO_ANSWER);
  }
}

export const browserPages: PageAccess = {
  async tabs() {
    const all = await browser.tabs.query({});
    // without the "tabs" permission, a tab shows its address only when the extension may read it
    return all
      .filter((t) => t.id !== undefined && /^https?:/.test(t.url ?? ''))
      .map((t) => ({ id: t.id!, title: t.title ?? t.url!, url: t.url! }));
  },
  async takeRequest() {
    const got = await browser.storage.session.get(FILL_TAB_KEY);
    const id = got[FILL_TAB_KEY];
    if (id === undefined) return null;
    await browser.storage.session.remove(FILL_TAB_KEY);
    return typeof id === 'number' ? id : null;
  },
  onRequest(callback) {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && typeof changes[FILL_TAB_KEY]?.newValue === 'number') callback();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
  async collect(tabId) {
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: ['/fill-form.js'] });
    } catch {
      return fail(NO_ACCESS);
    }
    return send(tabId, { type: 'kkfz-fill:collect' }, CollectReply);
  },
  fill: (tabId, entries) => send(tabId, { type: 'kkfz-fill:fill', entries }, FillReply),
  undo: (tabId) => send(tabId, { type: 'kkfz-fill:undo' }, UndoReply),
  remember: (origin) => browser.permissions.request({ origins: [originPattern(origin)] }),
  async forget(origin) {
    await browser.permissions.remove({ origins: [originPattern(origin)] });
  },
  async remembered() {
    const { origins = [] } = await browser.permissions.getAll();
    // a grant for every site is no portal of its own
    return origins.filter((o) => !/^https?:\/\/\*\//.test(o)).map((o) => o.replace(/\/\*$/, ''));
  },
};

/** From the toolbar popup (which holds the activeTab grant): remember the tab to fill. */
export async function requestFill(tabId: number): Promise<void> {
  await browser.storage.session.set({ [FILL_TAB_KEY]: tabId });
}
