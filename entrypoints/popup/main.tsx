import { render } from 'preact';
import { Popup } from '@/components/Popup';
import { KkfzDb } from '@/lib/storage/db';
import '@/components/styles.css';

// Chrome opens the side panel, Firefox the sidebar; both only from a user gesture, which the click is.
type PanelApis = {
  sidePanel?: { open(o: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
};
async function openWorkspace() {
  const apis = browser as unknown as PanelApis;
  if (apis.sidebarAction) return apis.sidebarAction.open();
  const win = await browser.windows.getCurrent();
  if (apis.sidePanel && win.id !== undefined) return apis.sidePanel.open({ windowId: win.id });
  await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
}

render(<Popup db={new KkfzDb()} openWorkspace={openWorkspace} openOptions={() => browser.runtime.openOptionsPage()} />, document.getElementById('app')!);
