import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openWorkspace } from '../../components/adapters/open-workspace';

afterEach(() => fakeBrowser.reset());
// WXT's fake browser declares every API (Firefox's sidebarAction too); Chrome has no sidebarAction.
const chromeLike = (extra: object) => Object.assign(Object.create(fakeBrowser), { sidebarAction: undefined }, extra);

describe('openWorkspace', () => {
  it('opens Chrome’s side panel in the current window', async () => {
    const open = vi.fn(async () => undefined);
    const api = chromeLike({ sidePanel: { open }, windows: { getCurrent: async () => ({ id: 7 }) } });
    expect(await openWorkspace(api)).toBe('side-panel');
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
  });

  it('opens Firefox’s sidebar when there is one', async () => {
    const open = vi.fn(async () => undefined);
    const api = Object.assign(Object.create(fakeBrowser), { sidebarAction: { open } });
    expect(await openWorkspace(api)).toBe('sidebar');
    expect(open).toHaveBeenCalledOnce();
  });

  it('falls back to a tab with the workspace page', async () => {
    await fakeBrowser.windows.create({});
    expect(await openWorkspace(chromeLike({}))).toBe('tab');
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(fakeBrowser.runtime.getURL('/sidepanel.html'));
  });
});
