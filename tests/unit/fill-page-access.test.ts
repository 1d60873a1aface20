// The browser edge of filling, on WXT's fake browser: which tabs are offered, the toolbar's request, and a page
// the extension may not read turning into a message instead of an exception.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserPages, requestFill } from '../../components/adapters/page-access';

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('browserPages', () => {
  it('offers only web pages whose address the extension may see', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      {
        id: 1,
        url: 'https://portaal.example.nl/formulier',
        title: 'Formulier',
        index: 0,
        windowId: 1,
        active: true,
        pinned: false,
        highlighted: false,
        incognito: false,
      },
      { id: 2, index: 1, windowId: 1, active: false, pinned: false, highlighted: false, incognito: false },
      {
        id: 3,
        url: 'chrome-extension://abc/sidepanel.html',
        title: 'Werkruimte',
        index: 2,
        windowId: 1,
        active: false,
        pinned: false,
        highlighted: false,
        incognito: false,
      },
    ] as never);
    expect(await browserPages.tabs()).toEqual([
      { id: 1, title: 'Formulier', url: 'https://portaal.example.nl/formulier' },
    ]);
  });

  it('hands the tab the toolbar asked to fill over once, and tells an open workspace', async () => {
    const heard = vi.fn();
    const stop = browserPages.onRequest(heard);
    expect(await browserPages.takeRequest()).toBeNull();
    await requestFill(42);
    expect(heard).toHaveBeenCalledOnce();
    expect(await browserPages.takeRequest()).toBe(42);
    expect(await browserPages.takeRequest()).toBeNull();
    stop();
    await requestFill(43);
    expect(heard).toHaveBeenCalledOnce();
  });

  it('says what to do when the page may not be read, and when it does not answer', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page'));
    const refused = await browserPages.collect(5);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.nl).toMatch(/KKFZ-knop in de werkbalk/);

    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ nonsense: true });
    const garbled = await browserPages.collect(5);
    expect(garbled.ok).toBe(false);
    if (!garbled.ok) expect(garbled.error.nl).toMatch(/antwoordt niet/);
  });

  it('passes the page’s answer on when it is what the protocol says', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ outcomes: [{ key: 'f0', status: 'filled' }] });
    expect(await browserPages.fill(5, [{ key: 'f0', text: 'x', overwrite: false }])).toEqual({
      ok: true,
      value: { outcomes: [{ key: 'f0', status: 'filled' }] },
      messages: [],
    });
  });
});
