// The keyboard shortcut (Alt+Shift+K) opens the side panel in Chrome; the toolbar button shows the popup.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  const sidePanel = (browser as unknown as { sidePanel?: { open(o: { windowId: number }): Promise<void> } }).sidePanel;
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === 'open-workspace' && sidePanel && tab?.windowId !== undefined)
      sidePanel.open({ windowId: tab.windowId }).catch(() => undefined);
  });
});
