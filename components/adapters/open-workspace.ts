// Opens the workspace from a user gesture: Chrome's side panel, Firefox's sidebar, else a tab.
import { browser } from 'wxt/browser';

type PanelApis = {
  sidePanel?: { open(o: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
};

export async function openWorkspace(api: typeof browser = browser): Promise<'sidebar' | 'side-panel' | 'tab'> {
  const apis = api as unknown as PanelApis;
  if (apis.sidebarAction) {
    await apis.sidebarAction.open();
    return 'sidebar';
  }
  const win = await api.windows.getCurrent();
  if (apis.sidePanel && win?.id !== undefined) {
    await apis.sidePanel.open({ windowId: win.id });
    return 'side-panel';
  }
  await api.tabs.create({ url: api.runtime.getURL('/sidepanel.html') });
  return 'tab';
}
